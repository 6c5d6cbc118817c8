package org.kundenportal.base.ui;

import com.vaadin.flow.component.html.Anchor;
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
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.kundenportal.base.i18n.TranslationProvider;
import org.kundenportal.base.i18n.UserLanguage;
import org.kundenportal.base.security.CurrentUser;
import org.kundenportal.base.security.LoginFormExpired;
import org.kundenportal.base.security.LoginThrottledException;
import org.kundenportal.base.settings.SettingKey;
import org.kundenportal.base.settings.Settings;

/**
 * The login page, in the browser's language with a switch; the form posts to Spring Security, which comes back
 * here with {@code ?error}, or {@code ?throttled=<minutes>} when the brute-force protection refused the attempt, or
 * {@code ?expired} when the form came without a valid CSRF token.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    /** Query parameter after a successful password reset. */
    public static final String PASSWORD_RESET_PARAMETER = "password-reset";

    private final LoginForm form = new LoginForm();
    private final Paragraph notice = new Paragraph();
    private final CurrentUser currentUser;
    private final Settings settings;

    public LoginView(Settings settings, CurrentUser currentUser, UserLanguage language) {
        this.currentUser = currentUser;
        this.settings = settings;
        addClassName("login-view");
        String companyName = settings.companyProfile().name();

        Image logo = BrandLogo.create(settings, companyName, "login-logo");
        H1 heading = new H1(companyName);
        Paragraph intro = new Paragraph(getTranslation("login.intro"));

        form.setAction("login");
        form.addForgotPasswordListener(click -> UI.getCurrent().navigate("forgot-password"));
        form.setI18n(i18n(getTranslation("login.error.title"), getTranslation("login.error.text")));
        // LoginI18n has no text for the reveal button of the password field the form renders itself (see
        // LocalizedPasswordField); the field exists once the form has rendered
        form.getElement().executeJs("customElements.whenDefined('vaadin-login-form').then(() => this.updateComplete)"
                + ".then(() => { this.querySelector('vaadin-password-field').i18n = {reveal: $0}; })",
                getTranslation("password-field.reveal"));
        notice.addClassName("login-notice");
        notice.setVisible(false);

        Div languages = new Div();
        languages.addClassName("login-languages");
        for (Locale locale : List.of(TranslationProvider.GERMAN, TranslationProvider.ENGLISH)) {
            Button button = new Button(getTranslation("language." + locale.getLanguage()), click -> language.switchTo(locale));
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            button.setEnabled(!locale.getLanguage().equals(getLocale().getLanguage()));
            languages.add(button);
        }

        Anchor support = new Anchor("support/new", getTranslation("login.support-request"));
        support.setId("login-support-request");
        support.addClassName("login-support-link");

        Div card = new Div(logo, heading, intro, notice, form, support, languages);
        card.addClassName("login-card");
        add(card, new Span(getTranslation("login.footer", companyName)));
    }

    private LoginI18n i18n(String errorTitle, String errorText) {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form texts = i18n.getForm();
        texts.setTitle(getTranslation("login.title"));
        texts.setUsername(getTranslation("login.email"));
        texts.setPassword(getTranslation("login.password"));
        texts.setSubmit(getTranslation("login.submit"));
        texts.setForgotPassword(getTranslation("login.forgot-password"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(errorTitle);
        error.setMessage(errorText);
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
        form.setForgotPasswordButtonVisible(settings.getBoolean(SettingKey.PASSWORD_RESET_ENABLED));
        QueryParameters parameters = event.getLocation().getQueryParameters();
        Optional<Long> throttledMinutes = parameters.getSingleParameter(LoginThrottledException.LOGIN_PAGE_PARAMETER)
                .flatMap(LoginView::positiveNumber);
        boolean expired = parameters.getParameters().containsKey(LoginFormExpired.LOGIN_PAGE_PARAMETER);
        if (throttledMinutes.isPresent()) {
            form.setI18n(i18n(getTranslation("login.throttled.title"),
                    getTranslation("login.throttled.text", throttledMinutes.get())));
        } else if (expired) {
            form.setI18n(i18n(getTranslation("login.expired.title"), getTranslation("login.expired.text")));
        }
        form.setError(throttledMinutes.isPresent() || expired || parameters.getParameters().containsKey("error"));
        boolean passwordReset = parameters.getParameters().containsKey(PASSWORD_RESET_PARAMETER);
        notice.setText(passwordReset ? getTranslation("login.password-reset-done") : "");
        notice.setVisible(passwordReset);
    }

    private static Optional<Long> positiveNumber(String text) {
        try {
            long number = Long.parseLong(text);
            return number > 0 ? Optional.of(number) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title");
    }
}
