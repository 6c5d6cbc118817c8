package org.kundenportal.passwordreset.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kundenportal.RestoreSettings;
import org.kundenportal.KaribuTest;
import org.kundenportal.TestAccounts;
import org.kundenportal.base.security.AuthTokens;
import org.kundenportal.base.security.TokenPurpose;
import org.kundenportal.base.settings.SettingKey;
import org.kundenportal.base.settings.Settings;
import org.kundenportal.base.ui.LoginView;
import org.springframework.beans.factory.annotation.Autowired;

@ExtendWith(RestoreSettings.class)
class ResetPasswordViewTest extends KaribuTest {

    private static final String NEW_PASSWORD = "Leuchtturm-bei-Nacht-8";

    @Autowired
    Settings settings;
    @Autowired
    TestAccounts accounts;
    @Autowired
    AuthTokens tokens;

    @BeforeEach
    void enablePasswordReset() {
        settings.put(SettingKey.PASSWORD_RESET_ENABLED, "true", null);
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    private String link(String email) {
        long id = accounts.customer(email, "en");
        return tokens.issue(id, TokenPurpose.PASSWORD_RESET, Duration.ofHours(2), null);
    }

    private void enter(String password, String repeat) {
        _setValue(_get(PasswordField.class, spec -> spec.withId("reset-password-new")), password);
        _setValue(_get(PasswordField.class, spec -> spec.withId("reset-password-repeat")), repeat);
        _click(_get(Button.class, spec -> spec.withId("reset-password-save")));
    }

    @Test
    void aNewPasswordFromTheLinkLeadsToTheLoginWithASuccessMessage() {
        String email = TestAccounts.uniqueEmail("reset-view");
        String token = link(email);
        navigate("reset-password/" + token);
        assertThat(_get(Paragraph.class, spec -> spec.withText("For the account " + email + "."))).isNotNull();

        enter(NEW_PASSWORD, NEW_PASSWORD);

        assertThat(_find(LoginView.class)).hasSize(1);
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("login-notice")).getText())
                .isEqualTo("Your password has been changed. Log in with your new password.");
        assertThat(login(email, NEW_PASSWORD).isEnabled()).isTrue();
    }

    @Test
    void weakOrMismatchedPasswordsAreExplainedAndTheLinkStaysUsable() {
        String email = TestAccounts.uniqueEmail("reset-view-weak");
        String token = link(email);
        navigate("reset-password/" + token);

        enter("short", "shorter");

        PasswordField password = _get(PasswordField.class, spec -> spec.withId("reset-password-new"));
        PasswordField repeat = _get(PasswordField.class, spec -> spec.withId("reset-password-repeat"));
        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).contains("At least 10 characters, please.");
        assertThat(repeat.getErrorMessage()).isEqualTo("The two passwords do not match.");

        enter(NEW_PASSWORD, NEW_PASSWORD);
        assertThat(_find(LoginView.class)).hasSize(1);
    }

    @Test
    void aUsedOrUnknownLinkShowsAClearPage() {
        String token = link(TestAccounts.uniqueEmail("reset-view-used"));
        navigate("reset-password/" + token);
        enter(NEW_PASSWORD, NEW_PASSWORD);

        navigate("reset-password/" + token);

        assertThat(_get(H2.class, spec -> spec.withId("reset-password-invalid")).getText())
                .isEqualTo("This link can no longer be used");
        assertThat(_find(PasswordField.class)).isEmpty();

        navigate("reset-password/not-a-real-token");
        assertThat(_find(H2.class, spec -> spec.withId("reset-password-invalid"))).hasSize(1);
    }

    @Test
    void thePageRefusesWhileResetIsOff() {
        String token = link(TestAccounts.uniqueEmail("reset-view-off"));
        settings.put(SettingKey.PASSWORD_RESET_ENABLED, "false", null);

        navigate("reset-password/" + token);

        assertThat(_find(H2.class, spec -> spec.withId("password-reset-unavailable"))).hasSize(1);
        assertThat(_find(PasswordField.class)).isEmpty();
    }
}
