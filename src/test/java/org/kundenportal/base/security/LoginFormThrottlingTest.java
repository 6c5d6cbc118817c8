package org.kundenportal.base.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kundenportal.db.Tables.LOGIN_ATTEMPT;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.kundenportal.FormLoginClient;
import org.kundenportal.SpringTest;
import org.kundenportal.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/** The lock holds on the path browsers take: the login form posted to Spring Security. */
class LoginFormThrottlingTest extends SpringTest {

    /**
     * Every test's browser and HTTP client logs in from the loopback address: failures recorded here must not
     * count towards that address's block in tests that run later.
     */
    @org.junit.jupiter.api.AfterEach
    void forgetTheLoopbackFailures() {
        db.deleteFrom(org.kundenportal.db.Tables.LOGIN_ATTEMPT)
                .where(org.kundenportal.db.Tables.LOGIN_ATTEMPT.CLIENT_ADDRESS.in("127.0.0.1", "0:0:0:0:0:0:0:1", "::1"))
                .execute();
    }

    @Value("${local.server.port}")
    int port;
    @Autowired
    TestAccounts accounts;
    @Autowired
    DSLContext db;

    @Test
    void formLoginIsLockedAfterFiveFailuresAndTheLoginPageIsToldForHowLong() {
        String email = TestAccounts.uniqueEmail("form-throttle");
        accounts.customer(email, "de");
        FormLoginClient browser = new FormLoginClient(port);

        for (int i = 0; i < LoginThrottling.FAILURES_PER_LOCK; i++) {
            assertThat(browser.logIn(email, "wrong-password")).isEqualTo("/login?error");
        }

        assertThat(browser.logIn(email, TestAccounts.PASSWORD)).isEqualTo("/login?throttled=1");
        assertThat(browser.isLoggedIn()).isFalse();
    }

    @Test
    void formLoginWithTheRightPasswordLogsIn() {
        String email = TestAccounts.uniqueEmail("form-login");
        accounts.customer(email, "de");
        FormLoginClient browser = new FormLoginClient(port);

        assertThat(browser.logIn(email, TestAccounts.PASSWORD)).isEqualTo("/");
        assertThat(browser.isLoggedIn()).isTrue();
        assertThat(db.select(LOGIN_ATTEMPT.CLIENT_ADDRESS).from(LOGIN_ATTEMPT).where(LOGIN_ATTEMPT.EMAIL.eq(email))
                .fetchSingle(LOGIN_ATTEMPT.CLIENT_ADDRESS)).isEqualTo("127.0.0.1");
    }
}
