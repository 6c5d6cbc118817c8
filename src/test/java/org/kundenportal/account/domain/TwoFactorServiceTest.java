package org.kundenportal.account.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kundenportal.db.Tables.AUDIT_LOG;
import static org.kundenportal.db.Tables.RECOVERY_CODE;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kundenportal.SpringTest;
import org.kundenportal.TestWorld;
import org.kundenportal.account.TestAccounts;
import org.kundenportal.account.domain.AccountException.Reason;
import org.kundenportal.account.domain.TwoFactorService.CodeCheck;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

class TwoFactorServiceTest extends SpringTest {

    @Autowired
    TwoFactorService twoFactor;
    @Autowired
    TwoFactorRepository repository;
    @Autowired
    DSLContext db;
    @Autowired
    ApplicationContext context;
    private TestAccounts accounts;
    private TestAccounts.Account user;

    @BeforeEach
    void createUser() {
        accounts = new TestAccounts(context);
        user = accounts.customer("two-factor");
    }

    private static String code(String secret, Instant at) {
        return Totp.code(Base32.decode(secret), Totp.stepAt(at));
    }

    @Test
    void theOtpauthUriNamesTheSellingCompanyAndTheUser() {
        TwoFactorService.Enrollment enrollment = twoFactor.enrollment(user.userId());

        assertThat(enrollment.secret()).matches("[A-Z2-7]{32}");
        assertThat(Base32.decode(enrollment.secret())).hasSize(20);
        assertThat(enrollment.otpauthUri()).isEqualTo("otpauth://totp/Testwelt%20Handel%20GmbH:"
                + user.email().replace("@", "%40") + "?secret=" + enrollment.secret()
                + "&issuer=Testwelt%20Handel%20GmbH&algorithm=SHA1&digits=6&period=30");
        assertThat(enrollment.groupedSecret()).matches("([A-Z2-7]{4} ){7}[A-Z2-7]{4}");
    }

    @Test
    void enablingNeedsACodeFromTheOfferedSecretAndGivesTenRecoveryCodes() {
        String secret = twoFactor.enrollment(user.userId()).secret();

        assertThatThrownBy(() -> twoFactor.enable(user.userId(), secret, "000000"))
                .isInstanceOfSatisfying(AccountException.class, e -> assertThat(e.reason()).isEqualTo(Reason.WRONG_CODE));
        assertThat(twoFactor.status(user.userId()).enabled()).isFalse();

        List<String> codes = twoFactor.enable(user.userId(), secret, TestAccounts.currentCode(secret));

        assertThat(codes).hasSize(10);
        assertThat(twoFactor.status(user.userId())).satisfies(status -> {
            assertThat(status.enabled()).isTrue();
            assertThat(status.unusedRecoveryCodes()).isEqualTo(10);
        });
        assertThat(db.select(RECOVERY_CODE.CODE_HASH).from(RECOVERY_CODE).where(RECOVERY_CODE.USER_ID.eq(user.userId()))
                .fetch(RECOVERY_CODE.CODE_HASH)).doesNotContainAnyElementsOf(codes).contains(RecoveryCodes.hash(codes.getFirst()));
        assertThat(audited("TWO_FACTOR_ENABLED")).isTrue();
        assertThatThrownBy(() -> twoFactor.enable(user.userId(), secret, TestAccounts.nextCode(secret)))
                .isInstanceOfSatisfying(AccountException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.TWO_FACTOR_ALREADY_ON));
    }

    @Test
    void aCodeWorksOnlyOnceAndNeverAfterALaterOne() {
        String secret = accounts.enableTwoFactor(user.userId());
        long confirmedStep = repository.state(user.userId()).orElseThrow().lastStep();
        Instant then = Instant.ofEpochSecond(confirmedStep * Totp.STEP_SECONDS);

        assertThat(twoFactor.checkLoginCode(user.userId(), code(secret, then), then))
                .as("the code that confirmed the setup is used up").isEqualTo(CodeCheck.ALREADY_USED);
        Instant later = then.plusSeconds(Totp.STEP_SECONDS);
        assertThat(twoFactor.checkLoginCode(user.userId(), code(secret, later), later)).isEqualTo(CodeCheck.ACCEPTED);
        assertThat(twoFactor.checkLoginCode(user.userId(), code(secret, later), later)).isEqualTo(CodeCheck.ALREADY_USED);
        assertThat(twoFactor.checkLoginCode(user.userId(), code(secret, then), later)).isEqualTo(CodeCheck.ALREADY_USED);
    }

    @Test
    void aRecoveryCodeWorksOnce() {
        String secret = twoFactor.enrollment(user.userId()).secret();
        List<String> codes = twoFactor.enable(user.userId(), secret, TestAccounts.currentCode(secret));
        Instant now = Instant.now();

        assertThat(twoFactor.checkLoginCode(user.userId(), codes.get(3).toUpperCase(), now))
                .isEqualTo(CodeCheck.RECOVERY_CODE_ACCEPTED);
        assertThat(twoFactor.checkLoginCode(user.userId(), codes.get(3), now)).isEqualTo(CodeCheck.RECOVERY_CODE_ALREADY_USED);
        assertThat(twoFactor.status(user.userId()).unusedRecoveryCodes()).isEqualTo(9);
        assertThat(audited("RECOVERY_CODE_USED")).isTrue();
    }

    @Test
    void tenWrongCodesInARowCloseTheCodeStepForAWhile() {
        String secret = accounts.enableTwoFactor(user.userId());
        Instant now = Instant.now();
        for (int i = 0; i < TwoFactorService.LOCK_AFTER_WRONG_CODES; i++) {
            assertThat(twoFactor.checkLoginCode(user.userId(), "not-a-code", now)).isEqualTo(CodeCheck.WRONG);
        }
        Instant soon = now.plusSeconds(Totp.STEP_SECONDS);
        assertThat(twoFactor.checkLoginCode(user.userId(), code(secret, soon), soon)).isEqualTo(CodeCheck.LOCKED);

        Instant afterLock = now.plus(TwoFactorService.LOCK_DURATION).plusSeconds(1);
        assertThat(twoFactor.checkLoginCode(user.userId(), code(secret, afterLock), afterLock)).isEqualTo(CodeCheck.ACCEPTED);
        Instant next = afterLock.plus(Duration.ofSeconds(Totp.STEP_SECONDS));
        assertThat(twoFactor.checkLoginCode(user.userId(), "not-a-code", next))
                .as("a right code clears the count").isEqualTo(CodeCheck.WRONG);
        assertThat(twoFactor.checkLoginCode(user.userId(), code(secret, next), next)).isEqualTo(CodeCheck.ACCEPTED);
    }

    @Test
    void disablingNeedsThePasswordAndACurrentCode() {
        String secret = accounts.enableTwoFactor(user.userId());

        assertThatThrownBy(() -> twoFactor.disable(user.userId(), "wrong-password", TestAccounts.nextCode(secret)))
                .isInstanceOfSatisfying(AccountException.class, e -> assertThat(e.reason()).isEqualTo(Reason.WRONG_PASSWORD));
        assertThatThrownBy(() -> twoFactor.disable(user.userId(), TestWorld.PASSWORD, "000000"))
                .isInstanceOfSatisfying(AccountException.class,
                        e -> assertThat(e.reason()).isIn(Reason.WRONG_CODE, Reason.CODE_ALREADY_USED));
        assertThat(twoFactor.status(user.userId()).enabled()).isTrue();

        twoFactor.disable(user.userId(), TestWorld.PASSWORD, TestAccounts.nextCode(secret));

        assertThat(twoFactor.status(user.userId()).enabled()).isFalse();
        assertThat(db.fetchCount(RECOVERY_CODE, RECOVERY_CODE.USER_ID.eq(user.userId()))).isZero();
        assertThat(audited("TWO_FACTOR_DISABLED")).isTrue();
    }

    @Test
    void renewedRecoveryCodesReplaceTheOldOnes() {
        String secret = twoFactor.enrollment(user.userId()).secret();
        List<String> old = twoFactor.enable(user.userId(), secret, TestAccounts.currentCode(secret));

        assertThatThrownBy(() -> twoFactor.renewRecoveryCodes(user.userId(), "wrong-password"))
                .isInstanceOf(AccountException.class);
        List<String> renewed = twoFactor.renewRecoveryCodes(user.userId(), TestWorld.PASSWORD);

        Instant now = Instant.now();
        assertThat(twoFactor.checkLoginCode(user.userId(), old.getFirst(), now)).isEqualTo(CodeCheck.WRONG);
        assertThat(twoFactor.checkLoginCode(user.userId(), renewed.getFirst(), now)).isEqualTo(CodeCheck.RECOVERY_CODE_ACCEPTED);
    }

    private boolean audited(String action) {
        return db.fetchExists(AUDIT_LOG, AUDIT_LOG.ACTION.eq(action).and(AUDIT_LOG.TARGET_ID.eq(user.userId())));
    }
}
