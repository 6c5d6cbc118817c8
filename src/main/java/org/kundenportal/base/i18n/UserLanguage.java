package org.kundenportal.base.i18n;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import java.util.Optional;
import org.kundenportal.base.audit.AuditAction;
import org.kundenportal.base.audit.AuditLog;
import org.kundenportal.base.security.CurrentUser;
import org.kundenportal.base.security.PortalUser;
import org.kundenportal.base.security.UserDirectory;
import org.springframework.stereotype.Component;

/**
 * The UI language: the user's saved choice once logged in, the browser's before that (Vaadin matches it
 * against {@link TranslationProvider#getProvidedLocales()}).
 */
@Component
public class UserLanguage implements VaadinServiceInitListener {

    private final CurrentUser currentUser;
    private final UserDirectory users;
    private final TranslationProvider translations;
    private final AuditLog audit;

    public UserLanguage(CurrentUser currentUser, UserDirectory users, TranslationProvider translations, AuditLog audit) {
        this.currentUser = currentUser;
        this.users = users;
        this.translations = translations;
        this.audit = audit;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            savedLanguage().ifPresent(locale -> apply(init.getUI(), locale));
            connectionTexts(init.getUI());
        });
        // Vaadin writes <html lang> from the browser's languages when it serves the page, before any UI exists; screen
        // readers and the browser's own texts follow it, so it names the user's saved language instead. A switch
        // reloads the page, which serves it anew.
        event.addIndexHtmlRequestListener(page -> savedLanguage().ifPresent(locale ->
                page.getDocument().getElementsByTag("html").attr("lang", locale.getLanguage())));
    }

    private Optional<Locale> savedLanguage() {
        return currentUser.get()
                .flatMap(user -> users.language(user.id()))
                .map(Locale::forLanguageTag)
                .map(translations::supported);
    }

    /** Switches the language now and, for a logged-in user, for every later session. */
    public void switchTo(Locale locale) {
        Locale supported = translations.supported(locale);
        currentUser.get().map(PortalUser::id).ifPresent(id -> {
            users.setLanguage(id, supported.getLanguage());
            audit.record(AuditAction.LANGUAGE_CHANGED, "user", id, supported.getLanguage());
        });
        UI ui = UI.getCurrent();
        apply(ui, supported);
        ui.getPage().reload();
    }

    /** Vaadin's notice when the server cannot be reached, English by default. */
    private void connectionTexts(UI ui) {
        Locale locale = translations.supported(ui.getLocale());
        ui.getReconnectDialogConfiguration().setDialogText(translations.getTranslation("connection.reconnecting", locale));
        ui.getReconnectDialogConfiguration().setDialogTextGaveUp(translations.getTranslation("connection.lost", locale));
    }

    private static void apply(UI ui, Locale locale) {
        VaadinSession session = ui.getSession();
        if (session != null) {
            session.setLocale(locale);
        }
        ui.setLocale(locale);
    }
}
