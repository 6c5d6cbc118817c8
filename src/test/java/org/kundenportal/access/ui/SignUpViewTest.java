package org.kundenportal.access.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.kundenportal.db.Tables.AUDIT_LOG;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.textfield.PasswordField;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kundenportal.KaribuTest;
import org.kundenportal.access.AccessFixtures;
import org.kundenportal.base.security.PortalUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

class SignUpViewTest extends KaribuTest {

    private static final String PASSWORD = "Wattenmeer-Sylt-1999";

    @Autowired
    DSLContext db;
    @Autowired
    AuthenticationManager authenticationManager;

    AccessFixtures fixtures;
    String email;
    long userId;

    @BeforeEach
    void invitedEnglishSpeaker() {
        fixtures = new AccessFixtures(context);
        email = AccessFixtures.uniqueEmail("view");
        long company = fixtures.customerCompany(AccessFixtures.uniqueName("Sign GmbH"));
        userId = fixtures.grant(fixtures.person(company, "Ella Englisch", email, "en"));
    }

    private PasswordField password(String label) {
        return _get(PasswordField.class, spec -> spec.withLabel(label));
    }

    private void submit(String first, String second) {
        _setValue(password("New password"), first);
        _setValue(password("Repeat the password"), second);
        _click(_get(Button.class, spec -> spec.withText("Save password and log in")));
    }

    @Test
    void passwordRulesShowOnTheFieldInTheUsersLanguage() {
        navigate(fixtures.latestSignUpPath(email));

        submit("short", "short");

        assertThat(password("New password").isInvalid()).isTrue();
        assertThat(password("New password").getErrorMessage()).contains("At least 10 characters, please.");
        assertThat(fixtures.users.account(userId).orElseThrow().registered()).isFalse();

        submit("password123", "password123");
        assertThat(password("New password").getErrorMessage()).contains("too common");
    }

    @Test
    void differingRepetitionIsShownOnTheSecondField() {
        navigate(fixtures.latestSignUpPath(email));

        submit(PASSWORD, PASSWORD + "x");

        assertThat(password("Repeat the password").isInvalid()).isTrue();
        assertThat(password("Repeat the password").getErrorMessage()).isEqualTo("The two passwords differ.");
        assertThat(fixtures.users.account(userId).orElseThrow().registered()).isFalse();
    }

    @Test
    void successfulSignUpLogsTheUserIn() {
        String path = fixtures.latestSignUpPath(email);
        navigate(path);

        submit(PASSWORD, PASSWORD);

        var authentication = SecurityContextHolder.getContext().getAuthentication();
        assertThat(authentication.getPrincipal()).isInstanceOfSatisfying(PortalUser.class,
                user -> assertThat(user.email()).isEqualTo(email));
        assertThat(db.fetchExists(AUDIT_LOG, AUDIT_LOG.ACTION.eq("SIGNED_UP").and(AUDIT_LOG.TARGET_ID.eq(userId)))).isTrue();
        assertThat(db.fetchExists(AUDIT_LOG, AUDIT_LOG.ACTION.eq("LOGIN_SUCCEEDED").and(AUDIT_LOG.ACTOR_USER_ID.eq(userId)))).isTrue();
        assertThat(authenticationManager.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(email, PASSWORD)).isAuthenticated()).isTrue();

        navigate(path);
        assertThat(_get(H1.class).getText()).isEqualTo(_get(SignUpView.class).getTranslation("signup.invalid.title"));
    }

    @Test
    void anUnknownLinkShowsThatItIsNoLongerValid() {
        navigate("signup/not-a-real-token");

        assertThat(_get(H1.class).getText()).isEqualTo(_get(SignUpView.class).getTranslation("signup.invalid.title"));
        assertThat(_get(SignUpView.class).getTranslation("signup.invalid.title"))
                .isIn("Dieser Link ist nicht mehr gültig", "This link is no longer valid");
    }
}
