package org.kundenportal.account.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kundenportal.db.Tables.APP_USER;
import static org.kundenportal.db.Tables.AUDIT_LOG;

import java.time.Instant;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kundenportal.SpringTest;
import org.kundenportal.account.TestAccounts;
import org.kundenportal.account.domain.SecondFactorLogin.Outcome;
import org.kundenportal.account.domain.SecondFactorLogin.Result;
import org.kundenportal.base.security.PendingLogin;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The code step after the password: the pending state, wrong codes, expiry, recovery codes. */
class SecondFactorLoginTest extends SpringTest {

    @Autowired
    SecondFactorLogin step;
    @Autowired
    TwoFactorService twoFactor;
    @Autowired
    DSLContext db;
    @Autowired
    ApplicationContext context;
    private TestAccounts.Account user;
    private String secret;
    private List<String> recoveryCodes;

    @BeforeEach
    void userWithTwoFactor() {
        user = new TestAccounts(context).customer("code-step");
        secret = twoFactor.enrollment(user.userId()).secret();
        recoveryCodes = twoFactor.enable(user.userId(), secret, TestAccounts.currentCode(secret));
    }

    private PendingLogin pending(Instant passwordAt) {
        return PendingLogin.start(user.userId(), passwordAt, "/invoices");
    }

    @Test
    void theRightCodeLogsTheUserIn() {
        Instant now = Instant.now();

        Outcome outcome = step.submit(pending(now), TestAccounts.nextCode(secret), now);

        assertThat(outcome.result()).isEqualTo(Result.LOGGED_IN);
        assertThat(outcome.user().id()).isEqualTo(user.userId());
        assertThat(outcome.next()).as("the pending login is over").isNull();
    }

    @Test
    void wrongCodesCountAndTheFifthEndsThePendingLogin() {
        Instant now = Instant.now();
        PendingLogin pending = pending(now);
        for (int left = PendingLogin.MAX_WRONG_CODES - 1; left > 0; left--) {
            Outcome outcome = step.submit(pending, "999999x", now);
            assertThat(outcome.result()).isEqualTo(Result.WRONG_CODE);
            assertThat(outcome.next().codesLeft()).isEqualTo(left);
            pending = outcome.next();
        }

        Outcome fifth = step.submit(pending, "999999x", now);

        assertThat(fifth.result()).isEqualTo(Result.TOO_MANY_WRONG_CODES);
        assertThat(fifth.next()).isNull();
        assertThat(db.fetchCount(AUDIT_LOG, AUDIT_LOG.ACTION.eq("LOGIN_FAILED").and(AUDIT_LOG.TARGET_ID.eq(user.userId()))
                .and(AUDIT_LOG.ACTOR_EMAIL.eq(user.email())))).isEqualTo(PendingLogin.MAX_WRONG_CODES);
    }

    @Test
    void aReplayedCodeIsRefusedAndCounted() {
        Instant now = Instant.now();
        String code = TestAccounts.nextCode(secret);
        assertThat(step.submit(pending(now), code, now).result()).isEqualTo(Result.LOGGED_IN);

        Outcome again = step.submit(pending(now), code, now);

        assertThat(again.result()).isEqualTo(Result.CODE_ALREADY_USED);
        assertThat(again.next().wrongCodes()).isEqualTo(1);
    }

    @Test
    void afterFiveMinutesEvenTheRightCodeStartsOver() {
        Instant passwordAt = Instant.now().minus(PendingLogin.LIFETIME).minusSeconds(1);

        Outcome outcome = step.submit(pending(passwordAt), TestAccounts.nextCode(secret), Instant.now());

        assertThat(outcome.result()).isEqualTo(Result.EXPIRED);
        assertThat(outcome.next()).isNull();
    }

    @Test
    void aRecoveryCodeLogsInOnceOnly() {
        Instant now = Instant.now();

        assertThat(step.submit(pending(now), recoveryCodes.get(5), now).result()).isEqualTo(Result.LOGGED_IN);
        Outcome again = step.submit(pending(now), recoveryCodes.get(5), now);
        assertThat(again.result()).isEqualTo(Result.RECOVERY_CODE_ALREADY_USED);
        assertThat(again.next().wrongCodes()).as("counted like a wrong code").isEqualTo(1);
        assertThat(step.submit(pending(now), "zzzzz-zzzzz", now).result()).as("never a code of this user")
                .isEqualTo(Result.WRONG_CODE);
        assertThat(db.fetchExists(AUDIT_LOG, AUDIT_LOG.ACTION.eq("RECOVERY_CODE_USED")
                .and(AUDIT_LOG.ACTOR_USER_ID.eq(user.userId())))).isTrue();
    }

    @Test
    void anAccountDisabledMeanwhileCannotFinishTheLogin() {
        db.update(APP_USER).set(APP_USER.ENABLED, false).where(APP_USER.ID.eq(user.userId())).execute();
        Instant now = Instant.now();

        assertThat(step.submit(pending(now), TestAccounts.nextCode(secret), now).result()).isEqualTo(Result.NOT_POSSIBLE);
    }
}
