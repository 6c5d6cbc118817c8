package org.kundenportal.access.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kundenportal.db.Tables.APP_USER;
import static org.kundenportal.db.Tables.AUDIT_LOG;
import static org.kundenportal.db.Tables.RECOVERY_CODE;

import java.time.Instant;
import java.util.Set;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kundenportal.SpringTest;
import org.kundenportal.TestWorld;
import org.kundenportal.access.AccessFixtures;
import org.kundenportal.base.security.Role;
import org.kundenportal.base.security.UserKind;
import org.kundenportal.base.validation.RefusedException;
import org.kundenportal.users.domain.NewUser;
import org.kundenportal.users.domain.UserAccount;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.crypto.password.PasswordEncoder;

class UserAdministrationTest extends SpringTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    UserAdministration administration;
    @Autowired
    SignUpService signUp;
    @Autowired
    AuthenticationManager authenticationManager;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    DSLContext db;

    AccessFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new AccessFixtures(context);
    }

    private long staffUserWithPassword(String email) {
        return fixtures.users.create(new NewUser(email, "Tom Test", UserKind.INTERNAL, null,
                encoder.encode(TestWorld.PASSWORD), "de", Set.of(Role.STAFF), Set.of()));
    }

    private boolean logsIn(String email) {
        return authenticationManager.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(email, TestWorld.PASSWORD)).isAuthenticated();
    }

    @Test
    void adminCreatesAStaffUserWhoSignsUpThroughTheInvitation() throws Exception {
        String email = AccessFixtures.uniqueEmail("colleague");

        long userId = administration.createStaffUser(fixtures.admin(), "Clara Kollegin", email, true, "en");

        UserAccount user = fixtures.users.account(userId).orElseThrow();
        assertThat(user.kind()).isEqualTo(UserKind.INTERNAL);
        assertThat(user.registered()).isFalse();
        assertThat(fixtures.users.roles(userId)).containsExactlyInAnyOrder(Role.STAFF, Role.ADMIN);
        assertThat(fixtures.mailsTo(email).getLast().getSubject()).startsWith("Your access");
        assertThat(db.fetchExists(AUDIT_LOG, AUDIT_LOG.ACTION.eq("USER_CREATED").and(AUDIT_LOG.TARGET_ID.eq(userId)))).isTrue();

        signUp.signUp(fixtures.latestToken(email), "Kollegin-Passwort-1");
        assertThat(authenticationManager.authenticate(UsernamePasswordAuthenticationToken
                .unauthenticated(email, "Kollegin-Passwort-1")).isAuthenticated()).isTrue();
    }

    @Test
    void staffUserCreationRefusesBadInput() {
        assertThatThrownBy(() -> administration.createStaffUser(fixtures.admin(), " ", AccessFixtures.uniqueEmail("x"), false, "de"))
                .isInstanceOf(RefusedException.class);
        assertThatThrownBy(() -> administration.createStaffUser(fixtures.admin(), "X", "no-address", false, "de"))
                .isInstanceOf(RefusedException.class);
        assertThatThrownBy(() -> administration.createStaffUser(fixtures.admin(), "X", TestWorld.STAFF, false, "de"))
                .isInstanceOf(RefusedException.class)
                .extracting(e -> ((RefusedException) e).messageKey()).isEqualTo("users.error.email-taken");
    }

    @Test
    void lockKeepsTheUserOutUntilUnlocked() {
        String email = AccessFixtures.uniqueEmail("lock");
        long userId = staffUserWithPassword(email);
        db.update(APP_USER).set(APP_USER.FAILED_LOGINS, 4).where(APP_USER.ID.eq(userId)).execute();

        administration.lock(fixtures.admin(), userId);

        assertThat(fixtures.users.account(userId).orElseThrow().isLocked(Instant.now().plusSeconds(365L * 24 * 3600))).isTrue();
        assertThatThrownBy(() -> logsIn(email)).isInstanceOf(LockedException.class);

        administration.unlock(fixtures.admin(), userId);

        assertThat(db.select(APP_USER.FAILED_LOGINS).from(APP_USER).where(APP_USER.ID.eq(userId)).fetchOne(APP_USER.FAILED_LOGINS)).isZero();
        assertThat(logsIn(email)).isTrue();
        assertThat(db.fetchCount(AUDIT_LOG, AUDIT_LOG.TARGET_ID.eq(userId)
                .and(AUDIT_LOG.ACTION.in("USER_LOCKED", "USER_UNLOCKED")))).isEqualTo(2);
    }

    @Test
    void adminsCannotLockThemselvesOut() {
        assertThatThrownBy(() -> administration.lock(fixtures.admin(), fixtures.admin().id()))
                .isInstanceOf(RefusedException.class);
    }

    @Test
    void resetTwoFactorClearsTheSecretAndTheRecoveryCodes() {
        long userId = staffUserWithPassword(AccessFixtures.uniqueEmail("totp"));
        db.update(APP_USER).set(APP_USER.TOTP_SECRET, "JBSWY3DPEHPK3PXP").set(APP_USER.TOTP_ENABLED_AT, Instant.now())
                .set(APP_USER.TOTP_LAST_STEP, 123L).where(APP_USER.ID.eq(userId)).execute();
        db.insertInto(RECOVERY_CODE).set(RECOVERY_CODE.USER_ID, userId).set(RECOVERY_CODE.CODE_HASH, "a".repeat(64)).execute();

        administration.resetTwoFactor(fixtures.admin(), userId);

        var user = db.selectFrom(APP_USER).where(APP_USER.ID.eq(userId)).fetchOne();
        assertThat(user.getTotpSecret()).isNull();
        assertThat(user.getTotpEnabledAt()).isNull();
        assertThat(user.getTotpLastStep()).isNull();
        assertThat(db.fetchExists(RECOVERY_CODE, RECOVERY_CODE.USER_ID.eq(userId))).isFalse();
        assertThat(db.fetchExists(AUDIT_LOG, AUDIT_LOG.ACTION.eq("TWO_FACTOR_RESET").and(AUDIT_LOG.TARGET_ID.eq(userId)))).isTrue();
        assertThatThrownBy(() -> administration.resetTwoFactor(fixtures.admin(), userId)).isInstanceOf(RefusedException.class);
    }

    @Test
    void staffWithoutTheAdminRoleCannotAdministerUsers() {
        String email = AccessFixtures.uniqueEmail("target");
        long userId = staffUserWithPassword(email);

        assertThatThrownBy(() -> administration.createStaffUser(fixtures.staff(), "X", AccessFixtures.uniqueEmail("y"), true, "de"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> administration.lock(fixtures.staff(), userId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> administration.unlock(fixtures.staff(), userId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> administration.resetTwoFactor(fixtures.staff(), userId)).isInstanceOf(AccessDeniedException.class);
        assertThat(logsIn(email)).isTrue();
    }
}
