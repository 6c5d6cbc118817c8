package org.kundenportal.access.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kundenportal.db.Tables.APP_USER;
import static org.kundenportal.db.Tables.AUTH_TOKEN;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kundenportal.SpringTest;
import org.kundenportal.access.AccessFixtures;
import org.kundenportal.base.security.PasswordPolicy;
import org.kundenportal.base.security.PortalUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Invitation links: they expire, work once (also when two requests race) and take only a good password. */
class SignUpServiceTest extends SpringTest {

    private static final String PASSWORD = "Leuchtturm-Kiel-2024";

    @Autowired
    ApplicationContext context;
    @Autowired
    SignUpService signUp;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    DSLContext db;

    AccessFixtures fixtures;
    String email;
    long userId;

    @BeforeEach
    void invitedUser() {
        fixtures = new AccessFixtures(context);
        email = AccessFixtures.uniqueEmail("signup");
        long company = fixtures.customerCompany(AccessFixtures.uniqueName("Signup GmbH"));
        userId = fixtures.grant(fixtures.person(company, "Sina Neu", email, "de"));
    }

    private String passwordHash() {
        return db.select(APP_USER.PASSWORD_HASH).from(APP_USER).where(APP_USER.ID.eq(userId)).fetchOne(APP_USER.PASSWORD_HASH);
    }

    @Test
    void signUpSetsThePasswordAndReturnsTheUserToLogIn() {
        PortalUser user = signUp.signUp(fixtures.latestToken(email), PASSWORD);

        assertThat(user.id()).isEqualTo(userId);
        assertThat(user.isEnabled()).isTrue();
        assertThat(user.getPassword()).isNull();
        assertThat(encoder.matches(PASSWORD, passwordHash())).isTrue();
        assertThat(fixtures.users.account(userId).orElseThrow().portalStatus().name()).isEqualTo("ACTIVE");
    }

    @Test
    void theLinkWorksOnlyOnce() {
        String token = fixtures.latestToken(email);
        signUp.signUp(token, PASSWORD);

        assertThat(signUp.invitation(token)).isEmpty();
        assertThatThrownBy(() -> signUp.signUp(token, "Andere-Passphrase-99"))
                .isInstanceOf(SignUpService.InvalidLinkException.class);
        assertThat(encoder.matches(PASSWORD, passwordHash())).isTrue();
    }

    @Test
    void anExpiredLinkChangesNothing() {
        String token = fixtures.latestToken(email);
        db.update(AUTH_TOKEN).set(AUTH_TOKEN.EXPIRES_AT, Instant.now().minusSeconds(60))
                .where(AUTH_TOKEN.USER_ID.eq(userId)).execute();

        assertThat(signUp.invitation(token)).isEmpty();
        assertThatThrownBy(() -> signUp.signUp(token, PASSWORD)).isInstanceOf(SignUpService.InvalidLinkException.class);
        assertThat(passwordHash()).isNull();
    }

    @Test
    void theLinkLivesAsLongAsTheSettingSays() {
        Instant expires = signUp.invitation(fixtures.latestToken(email)).orElseThrow().expiresAt();

        // INVITATION_LINK_HOURS defaults to 72
        assertThat(expires).isBetween(Instant.now().plusSeconds(72 * 3600 - 120), Instant.now().plusSeconds(72 * 3600 + 1));
    }

    @Test
    void aWeakPasswordIsRejectedAndTheLinkStillWorks() {
        String token = fixtures.latestToken(email);

        assertThatThrownBy(() -> signUp.signUp(token, "kurz"))
                .isInstanceOfSatisfying(SignUpService.PasswordRejectedException.class, rejected ->
                        assertThat(rejected.problems()).contains(PasswordPolicy.Problem.TOO_SHORT));
        assertThatThrownBy(() -> signUp.signUp(token, email + "-2024"))
                .isInstanceOfSatisfying(SignUpService.PasswordRejectedException.class, rejected ->
                        assertThat(rejected.problems()).contains(PasswordPolicy.Problem.CONTAINS_EMAIL));

        assertThat(passwordHash()).isNull();
        assertThat(signUp.invitation(token)).isPresent();
    }

    @Test
    void twoRacingSignUpsWithOneLinkLetOnlyOneThrough() throws Exception {
        String token = fixtures.latestToken(email);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (String password : List.of(PASSWORD, "Zweites-Passwort-77")) {
                Callable<Boolean> attempt = () -> {
                    start.await();
                    try {
                        signUp.signUp(token, password);
                        return true;
                    } catch (SignUpService.InvalidLinkException dead) {
                        return false;
                    }
                };
                results.add(pool.submit(attempt));
            }
            start.countDown();
            long succeeded = 0;
            for (Future<Boolean> result : results) {
                succeeded += result.get() ? 1 : 0;
            }
            assertThat(succeeded).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }
}
