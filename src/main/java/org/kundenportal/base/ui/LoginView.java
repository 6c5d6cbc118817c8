package org.kundenportal.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Locale;
import org.kundenportal.base.i18n.TranslationProvider;
import org.kundenportal.base.i18n.UserLanguage;
import org.kundenportal.base.security.CurrentUser;
import org.kundenportal.base.settings.Settings;

/** The login page, in the browser's language with a switch; the form posts to Spring Security. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();
    private final CurrentUser currentUser;

    public LoginView(Settings settings, CurrentUser currentUser, UserLanguage language) {
        this.currentUser = currentUser;
        addClassName("login-view");
        String companyName = settings.companyProfile().name();

        Image logo = new Image("icons/icon.png", "");
        logo.addClassName("login-logo");
        H1 heading = new H1(companyName);
        Paragraph intro = new Paragraph(getTranslation("login.intro"));

        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(i18n());

        Div languages = new Div();
        languages.addClassName("login-languages");
        for (Locale locale : List.of(TranslationProvider.GERMAN, TranslationProvider.ENGLISH)) {
            Button button = new Button(getTranslation("language." + locale.getLanguage()), click -> language.switchTo(locale));
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            button.setEnabled(!locale.getLanguage().equals(getLocale().getLanguage()));
            languages.add(button);
        }

        Div card = new Div(logo, heading, intro, form, languages);
        card.addClassName("login-card");
        add(card, new Span(getTranslation("login.footer", companyName)));
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form texts = i18n.getForm();
        texts.setTitle(getTranslation("login.title"));
        texts.setUsername(getTranslation("login.email"));
        texts.setPassword(getTranslation("login.password"));
        texts.setSubmit(getTranslation("login.submit"));
        texts.setForgotPassword(getTranslation("login.forgot-password"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation("login.error.text"));
        error.setUsername(getTranslation("login.error.email-required"));
        error.setPassword(getTranslation("login.error.password-required"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (currentUser.get().isPresent()) {
            event.forwardTo("");
            return;
        }
        form.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title");
    }
}
