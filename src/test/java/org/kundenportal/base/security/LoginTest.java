package org.kundenportal.base.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kundenportal.db.Tables.APP_USER;
import static org.kundenportal.db.Tables.AUDIT_LOG;

import java.time.Instant;
import java.util.Set;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kundenportal.SpringTest;
import org.kundenportal.TestWorld;
import org.kundenportal.users.domain.NewUser;
import org.kundenportal.users.domain.UserRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

class LoginTest extends SpringTest {

    @Autowired
    AuthenticationManager authenticationManager;
    @Autowired
    UserRepository users;
    @Autowired
    DSLContext db;

    private Authentication login(String email, String password) {
        return authenticationManager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, password));
    }

    @ParameterizedTest
    @CsvSource({
            TestWorld.CUSTOMER + ", ROLE_CUSTOMER",
            TestWorld.CUSTOMER2 + ", ROLE_CUSTOMER",
            TestWorld.PARTNER + ", ROLE_PARTNER",
            TestWorld.SUPPLIER + ", ROLE_SUPPLIER",
            TestWorld.STAFF + ", ROLE_STAFF",
            TestWorld.ADMIN + ", ROLE_ADMIN"})
    void everyWorldLoginAuthenticatesWithItsRole(String email, String role) {
        Authentication authentication = login(email, TestWorld.PASSWORD);

        assertThat(authentication.isAuthenticated()).isTrue();
        assertThat(authentication.getAuthorities()).extracting(GrantedAuthority::getAuthority).contains(role);
        assertThat(((PortalUser) authentication.getPrincipal()).email()).isEqualTo(email);
    }

    @Test
    void emailIsMatchedCaseInsensitively() {
        assertThat(login("  Clara.Kunde@TestWelt.EXAMPLE ", TestWorld.PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void wrongPasswordIsRejectedAndAudited() {
        assertThatThrownBy(() -> login(TestWorld.CUSTOMER2, "not-the-password"))
                .isInstanceOf(BadCredentialsException.class);

        assertThat(db.fetchExists(AUDIT_LOG, AUDIT_LOG.ACTION.eq("LOGIN_FAILED")
                .and(AUDIT_LOG.ACTOR_EMAIL.eq(TestWorld.CUSTOMER2)))).isTrue();
    }

    @Test
    void unknownEmailIsRejectedLikeAWrongPassword() {
        assertThatThrownBy(() -> login("nobody@testwelt.example", TestWorld.PASSWORD))
                .isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void invitedUserWithoutPasswordCannotLogIn() {
        String email = "invited-" + System.nanoTime() + "@testwelt.example";
        users.create(new NewUser(email, "Invited Person", UserKind.PORTAL, null, null, "de", Set.of(Role.CUSTOMER), Set.of()));

        assertThatThrownBy(() -> login(email, "")).isInstanceOf(DisabledException.class);
    }

    @Test
    void lockedUserCannotLogInUntilTheLockEnds() {
        String email = "locked-" + System.nanoTime() + "@testwelt.example";
        String hash = db.select(APP_USER.PASSWORD_HASH).from(APP_USER).where(APP_USER.EMAIL.eq(TestWorld.STAFF))
                .fetchOne(APP_USER.PASSWORD_HASH);
        long id = users.create(new NewUser(email, "Locked Person", UserKind.INTERNAL, null, hash, "de",
                Set.of(Role.STAFF), Set.of()));
        db.update(APP_USER).set(APP_USER.LOCKED_UNTIL, Instant.now().plusSeconds(600)).where(APP_USER.ID.eq(id)).execute();

        assertThatThrownBy(() -> login(email, TestWorld.PASSWORD)).isInstanceOf(LockedException.class);

        db.update(APP_USER).set(APP_USER.LOCKED_UNTIL, Instant.now().minusSeconds(1)).where(APP_USER.ID.eq(id)).execute();
        assertThat(login(email, TestWorld.PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void successfulLoginRecordsTheLastLoginAndAnAuditEntry() {
        Instant before = Instant.now().minusSeconds(1);

        PortalUser user = (PortalUser) login(TestWorld.SUPPLIER, TestWorld.PASSWORD).getPrincipal();

        Instant lastLogin = db.select(APP_USER.LAST_LOGIN_AT).from(APP_USER).where(APP_USER.ID.eq(user.id()))
                .fetchOne(APP_USER.LAST_LOGIN_AT);
        assertThat(lastLogin).isAfter(before);
        assertThat(db.fetchExists(AUDIT_LOG, AUDIT_LOG.ACTION.eq("LOGIN_SUCCEEDED")
                .and(AUDIT_LOG.ACTOR_USER_ID.eq(user.id())))).isTrue();
    }

    @Test
    void passwordsAreStoredAsBcryptHashes() {
        String hash = db.select(APP_USER.PASSWORD_HASH).from(APP_USER).where(APP_USER.EMAIL.eq(TestWorld.CUSTOMER))
                .fetchOne(APP_USER.PASSWORD_HASH);
        assertThat(hash).startsWith("{bcrypt}").doesNotContain(TestWorld.PASSWORD);
    }
}
