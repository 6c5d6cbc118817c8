package org.kundenportal.account.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinSession;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kundenportal.KaribuTest;
import org.kundenportal.account.TestAccounts;
import org.kundenportal.account.domain.TwoFactorService;
import org.kundenportal.base.security.PendingLogin;
import org.kundenportal.base.security.PortalUser;
import org.kundenportal.base.ui.LoginView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/** The code step after a correct password, as the success handler leaves the session (in English: nobody is logged in). */
class LoginCodeViewTest extends KaribuTest {

    @Autowired
    TwoFactorService twoFactor;
    private TestAccounts.Account user;
    private String secret;
    private List<String> recoveryCodes;

    @BeforeEach
    void userWithTwoFactorPassedThePassword() {
        user = new TestAccounts(context).customer("login-code");
        secret = twoFactor.enrollment(user.userId()).secret();
        recoveryCodes = twoFactor.enable(user.userId(), secret, TestAccounts.currentCode(secret));
        passedThePassword(Instant.now());
    }

    private void passedThePassword(Instant at) {
        VaadinSession.getCurrent().getSession()
                .setAttribute(PendingLogin.SESSION_ATTRIBUTE, PendingLogin.start(user.userId(), at, "/account"));
    }

    private static Object pendingLogin() {
        return VaadinSession.getCurrent().getSession().getAttribute(PendingLogin.SESSION_ATTRIBUTE);
    }

    private static void enter(String code) {
        _setValue(_get(TextField.class, spec -> spec.withLabel("Code")), code);
        _click(_get(Button.class, spec -> spec.withText("Log in")));
    }

    private static Long loggedInUserId() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof PortalUser portalUser ? portalUser.id() : null;
    }

    @Test
    void withoutAPendingLoginTheCodeStepSendsToTheLogin() {
        VaadinSession.getCurrent().getSession().removeAttribute(PendingLogin.SESSION_ATTRIBUTE);

        navigate("login/code");

        assertThat(_find(LoginView.class)).hasSize(1);
    }

    @Test
    void theRightCodeLogsTheUserIn() {
        navigate("login/code");
        assertThat(loggedInUserId()).as("the password alone logs nobody in").isNull();

        enter(TestAccounts.nextCode(secret));

        assertThat(loggedInUserId()).isEqualTo(user.userId());
        assertThat(pendingLogin()).isNull();
    }

    @Test
    void aWrongCodeSaysHowManyAttemptsAreLeftAndTheFifthStartsOver() {
        navigate("login/code");

        enter("abcde-fghij");
        assertThat(_get(TextField.class, spec -> spec.withLabel("Code")).getErrorMessage())
                .isEqualTo("This code is not correct. 4 attempts left.");
        for (int i = 0; i < 4; i++) {
            enter("abcde-fghij");
        }

        assertThat(_find(LoginView.class)).hasSize(1);
        assertThat(pendingLogin()).isNull();
        assertThat(AccountViewTest.notifications()).contains("Too many wrong codes. Please log in again.");
        assertThat(loggedInUserId()).isNull();
    }

    @Test
    void aRecoveryCodeLogsInOnce() {
        navigate("login/code");
        enter(recoveryCodes.get(2));
        assertThat(loggedInUserId()).isEqualTo(user.userId());

        // logged out again, then the password once more
        VaadinSession.getCurrent().getSession().removeAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        SecurityContextHolder.clearContext();
        passedThePassword(Instant.now());
        navigate("login/code");
        enter(recoveryCodes.get(2));

        TextField code = _get(TextField.class, spec -> spec.withLabel("Code"));
        assertThat(code.isInvalid()).isTrue();
        assertThat(code.getErrorMessage()).isEqualTo("This recovery code was already used. Please use another one. 4 attempts left.");
    }

    @Test
    void aPendingLoginExpiresAfterFiveMinutes() {
        passedThePassword(Instant.now().minus(PendingLogin.LIFETIME).minusSeconds(1));

        navigate("login/code");

        assertThat(_find(LoginView.class)).hasSize(1);
        assertThat(pendingLogin()).isNull();
        assertThat(AccountViewTest.notifications())
                .contains("The login took too long. Please log in again.");
    }

    @Test
    void backToTheLoginDropsThePendingLogin() {
        navigate("login/code");

        _click(_get(Button.class, spec -> spec.withText("Back to the login")));

        assertThat(_find(LoginView.class)).hasSize(1);
        assertThat(pendingLogin()).isNull();
    }
}
