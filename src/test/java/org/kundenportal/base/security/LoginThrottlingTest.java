package org.kundenportal.base.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.kundenportal.db.Tables.APP_USER;
import static org.kundenportal.db.Tables.AUDIT_LOG;
import static org.kundenportal.db.Tables.LOGIN_ATTEMPT;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.kundenportal.SpringTest;
import org.kundenportal.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** The brute-force protection behind every login, per account and per client address. */
class LoginThrottlingTest extends SpringTest {

    @Autowired
    AuthenticationManager authenticationManager;
    @Autowired
    TestAccounts accounts;
    @Autowired
    DSLContext db;

    private Authentication login(String email, String password, String address) {
        UsernamePasswordAuthenticationToken attempt = UsernamePasswordAuthenticationToken.unauthenticated(email, password);
        attempt.setDetails(new WebAuthenticationDetails(address, null));
        return authenticationManager.authenticate(attempt);
    }

    private void failTimes(int times, String email, String address) {
        for (int i = 0; i < times; i++) {
            assertThatThrownBy(() -> login(email, "wrong-password", address)).isInstanceOf(BadCredentialsException.class);
        }
    }

    private static String address() {
        return "198.51.100." + System.nanoTime();
    }

    private Instant lockedUntil(long userId) {
        return db.select(APP_USER.LOCKED_UNTIL).from(APP_USER).where(APP_USER.ID.eq(userId)).fetchOne(APP_USER.LOCKED_UNTIL);
    }

    private void endLock(long userId) {
        db.update(APP_USER).set(APP_USER.LOCKED_UNTIL, Instant.now().minusSeconds(1)).where(APP_USER.ID.eq(userId)).execute();
    }

    @Test
    void fiveFailuresLockTheAccountEvenForTheRightPassword() {
        String email = TestAccounts.uniqueEmail("throttle");
        long id = accounts.customer(email, "de");

        failTimes(5, email, address());

        assertThat(lockedUntil(id)).isCloseTo(Instant.now().plus(Duration.ofMinutes(1)), within(5, ChronoUnit.SECONDS));
        assertThatThrownBy(() -> login(email, TestAccounts.PASSWORD, address()))
                .isInstanceOfSatisfying(LoginThrottledException.class, refused -> assertThat(refused.minutesLeft()).isEqualTo(1));
        assertThat(db.fetchExists(AUDIT_LOG, AUDIT_LOG.ACTION.eq("LOGIN_THROTTLED").and(AUDIT_LOG.TARGET_ID.eq(id)))).isTrue();
        assertThat(db.fetchExists(LOGIN_ATTEMPT, LOGIN_ATTEMPT.EMAIL.eq(email).and(LOGIN_ATTEMPT.THROTTLED.isTrue()))).isTrue();
    }

    @Test
    void theLockEndsOnTimeAndASuccessResetsTheCount() {
        String email = TestAccounts.uniqueEmail("throttle-reset");
        long id = accounts.customer(email, "de");
        failTimes(5, email, address());
        endLock(id);

        assertThat(login(email, TestAccounts.PASSWORD, address()).isAuthenticated()).isTrue();
        failTimes(4, email, address());

        assertThat(login(email, TestAccounts.PASSWORD, address()).isAuthenticated()).isTrue();
        assertThat(db.select(APP_USER.FAILED_LOGINS).from(APP_USER).where(APP_USER.ID.eq(id)).fetchOne(APP_USER.FAILED_LOGINS))
                .isZero();
    }

    @Test
    void repeatedLocksGrowLonger() {
        String email = TestAccounts.uniqueEmail("throttle-grow");
        long id = accounts.customer(email, "en");
        failTimes(5, email, address());
        endLock(id);

        failTimes(5, email, address());

        assertThat(lockedUntil(id)).isCloseTo(Instant.now().plus(Duration.ofMinutes(5)), within(5, ChronoUnit.SECONDS));
        assertThat(LoginThrottling.lockAfter(15)).isEqualTo(Duration.ofMinutes(15));
        assertThat(LoginThrottling.lockAfter(20)).isEqualTo(Duration.ofMinutes(60));
        assertThat(LoginThrottling.lockAfter(100)).isEqualTo(Duration.ofMinutes(60));
    }

    @Test
    void refusedAttemptsDoNotProlongTheLock() {
        String email = TestAccounts.uniqueEmail("throttle-refused");
        long id = accounts.customer(email, "de");
        failTimes(5, email, address());
        Instant until = lockedUntil(id);

        for (int i = 0; i < 10; i++) {
            assertThatThrownBy(() -> login(email, "wrong-password", address())).isInstanceOf(LoginThrottledException.class);
        }

        assertThat(lockedUntil(id)).isEqualTo(until);
    }

    @Test
    void unknownEmailIsLockedExactlyLikeAnAccountSoItsExistenceDoesNotShow() {
        String unknown = TestAccounts.uniqueEmail("nobody");

        failTimes(5, unknown, address());

        assertThatThrownBy(() -> login(unknown, "another-guess", address()))
                .isInstanceOfSatisfying(LoginThrottledException.class, refused -> assertThat(refused.minutesLeft()).isEqualTo(1));
    }

    @Test
    void anAddressWithTwentyFailuresIsRefusedEvenWithTheRightPassword() {
        String address = address();
        String email = TestAccounts.uniqueEmail("victim-of-neighbour");
        accounts.customer(email, "de");
        for (int i = 0; i < LoginThrottling.ADDRESS_FAILURES; i++) {
            failTimes(1, TestAccounts.uniqueEmail("spray"), address);
        }

        assertThatThrownBy(() -> login(email, TestAccounts.PASSWORD, address))
                .isInstanceOfSatisfying(LoginThrottledException.class, refused -> assertThat(refused.minutesLeft()).isEqualTo(15));
        assertThat(login(email, TestAccounts.PASSWORD, address()).isAuthenticated()).isTrue();

        db.update(LOGIN_ATTEMPT).set(LOGIN_ATTEMPT.ATTEMPTED_AT, Instant.now().minus(Duration.ofMinutes(16)))
                .where(LOGIN_ATTEMPT.CLIENT_ADDRESS.eq(address)).execute();
        assertThat(login(email, TestAccounts.PASSWORD, address).isAuthenticated()).isTrue();
    }

    @Test
    void aLockStaffSetIsNeverShortenedAndNotReportedAsThrottling() {
        String email = TestAccounts.uniqueEmail("staff-locked");
        long id = accounts.customer(email, "de");
        Instant staffLock = Instant.now().plus(Duration.ofDays(365)).truncatedTo(ChronoUnit.MILLIS);
        db.update(APP_USER).set(APP_USER.LOCKED_UNTIL, staffLock).where(APP_USER.ID.eq(id)).execute();

        // the password is checked before the account's state (the same work for every account, see PasswordCheck)
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> login(email, "wrong-password", address())).isInstanceOf(BadCredentialsException.class);
        }

        assertThat(lockedUntil(id)).isEqualTo(staffLock);
        assertThatThrownBy(() -> login(email, TestAccounts.PASSWORD, address())).isInstanceOf(LockedException.class);
    }

    @Test
    void everyAttemptIsRecordedWithItsAddress() {
        String email = TestAccounts.uniqueEmail("recorded");
        accounts.customer(email, "de");
        String address = address();

        failTimes(1, email, address);
        login(email, TestAccounts.PASSWORD, address);

        assertThat(db.select(LOGIN_ATTEMPT.SUCCEEDED).from(LOGIN_ATTEMPT)
                .where(LOGIN_ATTEMPT.EMAIL.eq(email).and(LOGIN_ATTEMPT.CLIENT_ADDRESS.eq(address)))
                .orderBy(LOGIN_ATTEMPT.ID).fetch(LOGIN_ATTEMPT.SUCCEEDED)).containsExactly(false, true);
    }
}
