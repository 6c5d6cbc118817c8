package org.kundenportal.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.AbstractLogin;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kundenportal.RestoreSettings;
import org.kundenportal.KaribuTest;
import org.kundenportal.base.settings.SettingKey;
import org.kundenportal.base.settings.Settings;
import org.kundenportal.passwordreset.ui.ForgotPasswordView;
import org.springframework.beans.factory.annotation.Autowired;

/** What the login page says after a throttled attempt or a password reset, and its "forgot password" link. */
@ExtendWith(RestoreSettings.class)
class LoginViewMessagesTest extends KaribuTest {

    @Autowired
    Settings settings;

    /** The form's texts as the browser receives them. */
    private static String errorTexts(LoginForm form) {
        return String.valueOf(form.getElement().getPropertyRaw("i18n"));
    }

    @Test
    void throttledAttemptShowsHowLongToWaitNotTheWrongPasswordMessage() {
        UI.getCurrent().setLocale(java.util.Locale.GERMAN);
        UI.getCurrent().navigate("login", QueryParameters.of("throttled", "5"));

        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(errorTexts(form)).contains("\"Zu viele Fehlversuche\"")
                .contains("Zu viele Fehlversuche. Versuchen Sie es in 5 Minuten erneut.");
    }

    @Test
    void throttledMessageSpeaksTheUsersLanguage() {
        UI.getCurrent().setLocale(java.util.Locale.ENGLISH);
        UI.getCurrent().navigate("login", QueryParameters.of("throttled", "1"));

        assertThat(errorTexts(_get(LoginForm.class))).contains("Too many failed attempts. Try again in one minute.");
    }

    @Test
    void aLoginFormWithoutValidTokenAsksToSignInAgainInBothLanguages() {
        UI.getCurrent().setLocale(java.util.Locale.GERMAN);
        UI.getCurrent().navigate("login", QueryParameters.of("expired", ""));

        assertThat(_get(LoginForm.class).isError()).isTrue();
        assertThat(errorTexts(_get(LoginForm.class))).contains("Bitte erneut anmelden")
                .contains("Die Anmeldeseite war abgelaufen.");

        UI.getCurrent().setLocale(java.util.Locale.ENGLISH);
        UI.getCurrent().navigate("login", QueryParameters.of("expired", "x"));
        assertThat(errorTexts(_get(LoginForm.class))).contains("The login page had expired.");
    }

    @Test
    void wrongPasswordKeepsTheUsualMessage() {
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));

        assertThat(errorTexts(_get(LoginForm.class))).contains(UI.getCurrent().getTranslation("login.error.text"))
                .doesNotContain(UI.getCurrent().getTranslation("login.throttled.title"));
    }

    @Test
    void afterAPasswordResetTheLoginSaysSo() {
        UI.getCurrent().navigate("login", QueryParameters.of(LoginView.PASSWORD_RESET_PARAMETER, ""));

        assertThat(_get(Paragraph.class, spec -> spec.withClasses("login-notice")).getText())
                .isEqualTo(UI.getCurrent().getTranslation("login.password-reset-done"));
        assertThat(_get(LoginForm.class).isError()).isFalse();
    }

    @Test
    void forgotPasswordLeadsToTheRequestPageWhenResetIsOn() {
        settings.put(SettingKey.PASSWORD_RESET_ENABLED, "true", null);
        navigate("login");

        LoginForm form = _get(LoginForm.class);
        assertThat(form.isForgotPasswordButtonVisible()).isTrue();
        com.vaadin.flow.component.ComponentUtil.fireEvent(form, new AbstractLogin.ForgotPasswordEvent(form, true));

        assertThat(_find(ForgotPasswordView.class)).hasSize(1);
    }

    @Test
    void forgotPasswordIsAbsentWhenResetIsOff() {
        settings.put(SettingKey.PASSWORD_RESET_ENABLED, "false", null);
        navigate("login");

        assertThat(_get(LoginForm.class).isForgotPasswordButtonVisible()).isFalse();
    }
}
