package org.kundenportal.passwordreset.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.kundenportal.db.Tables.PASSWORD_RESET_REQUEST;

import com.icegreen.greenmail.util.GreenMail;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import java.util.Locale;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kundenportal.RestoreSettings;
import org.kundenportal.KaribuTest;
import org.kundenportal.Mails;
import org.kundenportal.TestAccounts;
import org.kundenportal.base.settings.SettingKey;
import org.kundenportal.base.settings.Settings;
import org.kundenportal.passwordreset.domain.PasswordResets;
import org.springframework.beans.factory.annotation.Autowired;

/** Karibu requests all come from one address: these tests stay well below its limit of requests per hour. */
@ExtendWith(RestoreSettings.class)
class ForgotPasswordViewTest extends KaribuTest {

    @Autowired
    Settings settings;
    @Autowired
    TestAccounts accounts;
    @Autowired
    PasswordResets resets;
    @Autowired
    GreenMail smtp;
    @Autowired
    DSLContext db;

    @BeforeEach
    void enablePasswordReset() {
        settings.put(SettingKey.PASSWORD_RESET_ENABLED, "true", null);
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    private String ask(String email) {
        navigate("forgot-password");
        _setValue(_get(EmailField.class, spec -> spec.withId("forgot-password-email")), email);
        _click(_get(Button.class, spec -> spec.withId("forgot-password-send")));
        return _get(Paragraph.class, spec -> spec.withId("forgot-password-sent")).getText();
    }

    @Test
    void knownAndUnknownAddressesGetTheSameAnswerAndOnlyTheKnownAMail() {
        String known = TestAccounts.uniqueEmail("forgot-known");
        accounts.customer(known, "en");
        String unknown = TestAccounts.uniqueEmail("forgot-unknown");

        String answerForUnknown = ask(unknown);
        String answerForKnown = ask(known);

        assertThat(answerForKnown.replace(known, "@")).isEqualTo(answerForUnknown.replace(unknown, "@"))
                .isEqualTo("If an account exists for @, we have sent a link to choose a new password to that address.");
        assertThat(Mails.subject(Mails.awaitMailTo(smtp, known))).startsWith("Reset your password");
        assertThat(Mails.to(smtp, unknown)).isEmpty();
    }

    @Test
    void anIncompleteAddressIsExplainedAndNotSent() {
        navigate("forgot-password");
        EmailField email = _get(EmailField.class, spec -> spec.withId("forgot-password-email"));

        _setValue(email, "anna.example.com");
        _click(_get(Button.class, spec -> spec.withId("forgot-password-send")));

        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).isEqualTo("Please enter a complete email address, such as name@example.com.");
        assertThat(db.fetchExists(PASSWORD_RESET_REQUEST, PASSWORD_RESET_REQUEST.EMAIL.eq("anna.example.com"))).isFalse();
    }

    @Test
    void tooManyRequestsForOneAddressAreRefusedWithTheTimeToWait() {
        String email = TestAccounts.uniqueEmail("forgot-flood");
        for (int i = 0; i < PasswordResets.REQUESTS_PER_EMAIL; i++) {
            resets.request(email, "203.0.113." + i, "en");
        }
        navigate("forgot-password");
        EmailField field = _get(EmailField.class, spec -> spec.withId("forgot-password-email"));

        _setValue(field, email);
        _click(_get(Button.class, spec -> spec.withId("forgot-password-send")));

        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).startsWith("Too many requests for a new password. Please try again in");
        assertThat(_find(Paragraph.class, spec -> spec.withId("forgot-password-sent"))).isEmpty();
    }

    @Test
    void thePageRefusesWhileResetIsOff() {
        settings.put(SettingKey.PASSWORD_RESET_ENABLED, "false", null);

        navigate("forgot-password");

        assertThat(_get(H2.class, spec -> spec.withId("password-reset-unavailable")).getText())
                .isEqualTo("Password reset is not available");
        assertThat(_find(EmailField.class)).isEmpty();
    }
}
