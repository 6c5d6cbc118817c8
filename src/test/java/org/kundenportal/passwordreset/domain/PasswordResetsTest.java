package org.kundenportal.passwordreset.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kundenportal.db.Tables.AUDIT_LOG;
import static org.kundenportal.db.Tables.AUTH_TOKEN;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kundenportal.RestoreSettings;
import org.kundenportal.FormLoginClient;
import org.kundenportal.Mails;
import org.kundenportal.SpringTest;
import org.kundenportal.TestAccounts;
import org.kundenportal.base.audit.AuditLog;
import org.kundenportal.base.mail.MailService;
import org.kundenportal.base.mail.PortalLinks;
import org.kundenportal.base.security.AuthTokens;
import org.kundenportal.base.security.LoginThrottledException;
import org.kundenportal.base.security.LoginThrottling;
import org.kundenportal.base.security.PasswordPolicy;
import org.kundenportal.base.security.Role;
import org.kundenportal.base.security.UserKind;
import org.kundenportal.base.security.UserSessions;
import org.kundenportal.base.settings.SettingKey;
import org.kundenportal.base.settings.Settings;
import org.kundenportal.passwordreset.domain.PasswordResets.RequestStatus;
import org.kundenportal.passwordreset.domain.PasswordResets.ResetStatus;
import org.kundenportal.users.domain.NewUser;
import org.kundenportal.users.domain.UserRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;

@ExtendWith(RestoreSettings.class)
class PasswordResetsTest extends SpringTest {

    private static final String NEW_PASSWORD = "Segelboot-im-Nebel-42";

    @Autowired
    PasswordResets resets;
    @Autowired
    Settings settings;
    @Autowired
    TestAccounts accounts;
    @Autowired
    UserRepository users;
    @Autowired
    GreenMail smtp;
    @Autowired
    DSLContext db;
    @Autowired
    AuthenticationManager authenticationManager;
    @Autowired
    ApplicationContext context;
    @Value("${local.server.port}")
    int port;
    @Value("${kundenportal.base-url}")
    String baseUrl;

    @BeforeEach
    void enablePasswordReset() {
        settings.put(SettingKey.PASSWORD_RESET_ENABLED, "true", null);
    }

    private static String address() {
        return "192.0.2." + System.nanoTime();
    }

    private Authentication login(String email, String password) {
        return authenticationManager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, password));
    }

    /** Asks for a link and returns its token, read from the mail that arrived. */
    private String requestLink(String email) {
        assertThat(resets.request(email, address(), "de").status()).isEqualTo(RequestStatus.ACCEPTED);
        return Mails.tokenOfLink(Mails.awaitMailTo(smtp, email), "/reset-password/");
    }

    @Test
    void answersTheSameForEveryAddressButMailsOnlyAccountsThatMayLogIn() {
        String unknown = TestAccounts.uniqueEmail("unknown");
        String invited = TestAccounts.uniqueEmail("invited");
        users.create(new NewUser(invited, "Invited", UserKind.PORTAL, null, null, "de", Set.of(Role.CUSTOMER), Set.of()));
        String known = TestAccounts.uniqueEmail("known");
        accounts.customer(known, "en");

        assertThat(resets.request(unknown, address(), "de")).isEqualTo(resets.request(known.toUpperCase(), address(), "de"));
        assertThat(resets.request(invited, address(), "de").status()).isEqualTo(RequestStatus.ACCEPTED);

        // mails leave one after the other: once a later one has arrived, earlier ones would have too
        String later = TestAccounts.uniqueEmail("later");
        accounts.customer(later, "de");
        resets.request(later, address(), "de");
        Mails.awaitMailTo(smtp, later);
        MimeMessage mail = Mails.awaitMailTo(smtp, known);
        assertThat(Mails.subject(mail)).startsWith("Reset your password");
        assertThat(Mails.text(mail)).contains(baseUrl + "/reset-password/");
        assertThat(Mails.to(smtp, unknown)).isEmpty();
        assertThat(Mails.to(smtp, invited)).isEmpty();
        assertThat(db.fetchCount(AUDIT_LOG, AUDIT_LOG.ACTION.eq("PASSWORD_RESET_REQUESTED")
                .and(AUDIT_LOG.ACTOR_EMAIL.in(unknown, known, invited)))).isEqualTo(3);
    }

    /**
     * User enumeration by timing, checked without a clock: the request does the same for every address, and
     * everything that depends on the account (looking it up, the link, the mail) waits in the background queue.
     */
    @Test
    void theAnswerDoesTheSameWorkForKnownAndUnknownAddresses() {
        List<Runnable> queued = new ArrayList<>();
        PasswordResets heldBack = new PasswordResets(context.getBean(ResetRequestRepository.class), settings, users, context.getBean(AuthTokens.class),
                context.getBean(PasswordPolicy.class), context.getBean(PasswordEncoder.class),
                context.getBean(UserSessions.class), context.getBean(LoginThrottling.class),
                context.getBean(MailService.class), context.getBean(AuditLog.class), context.getBean(PortalLinks.class),
                queued::add);
        String known = TestAccounts.uniqueEmail("held-back");
        long id = accounts.customer(known, "de");
        String unknown = TestAccounts.uniqueEmail("held-back-unknown");

        assertThat(heldBack.request(known, address(), "de")).isEqualTo(heldBack.request(unknown, address(), "de"));

        assertThat(queued).hasSize(2);
        assertThat(db.fetchCount(AUTH_TOKEN, AUTH_TOKEN.USER_ID.eq(id))).isZero();
        assertThat(db.fetchCount(AUDIT_LOG, AUDIT_LOG.ACTOR_EMAIL.in(known, unknown))).isZero();

        queued.forEach(Runnable::run);

        assertThat(db.fetchCount(AUTH_TOKEN, AUTH_TOKEN.USER_ID.eq(id))).isEqualTo(1);
        assertThat(Mails.subject(Mails.awaitMailTo(smtp, known))).startsWith("Passwort zurücksetzen");
        assertThat(Mails.to(smtp, unknown)).isEmpty();
    }

    @Test
    void theLinkSetsANewPasswordOnceAndIsAudited() {
        String email = TestAccounts.uniqueEmail("reset-once");
        long id = accounts.customer(email, "de");
        String token = requestLink(email);

        assertThat(resets.link(token)).hasValueSatisfying(link -> assertThat(link.userId()).isEqualTo(id));
        assertThat(resets.reset(token, NEW_PASSWORD).status()).isEqualTo(ResetStatus.DONE);

        assertThat(login(email, NEW_PASSWORD).isAuthenticated()).isTrue();
        assertThatThrownBy(() -> login(email, TestAccounts.PASSWORD)).isInstanceOf(BadCredentialsException.class);
        assertThat(resets.link(token)).isEmpty();
        assertThat(resets.reset(token, "Noch-ein-Versuch-99").status()).isEqualTo(ResetStatus.INVALID_LINK);
        assertThat(db.fetchExists(AUDIT_LOG, AUDIT_LOG.ACTION.eq("PASSWORD_RESET").and(AUDIT_LOG.TARGET_ID.eq(id)))).isTrue();
    }

    @Test
    void anExpiredLinkIsRefused() {
        String email = TestAccounts.uniqueEmail("reset-expired");
        long id = accounts.customer(email, "de");
        String token = requestLink(email);

        db.update(AUTH_TOKEN).set(AUTH_TOKEN.EXPIRES_AT, Instant.now().minusSeconds(1)).where(AUTH_TOKEN.USER_ID.eq(id)).execute();

        assertThat(resets.link(token)).isEmpty();
        assertThat(resets.reset(token, NEW_PASSWORD).status()).isEqualTo(ResetStatus.INVALID_LINK);
        assertThat(login(email, TestAccounts.PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void theLinkLivesAsLongAsTheSettingSays() {
        String email = TestAccounts.uniqueEmail("reset-lifetime");
        long id = accounts.customer(email, "de");

        requestLink(email);

        Instant expires = db.select(AUTH_TOKEN.EXPIRES_AT).from(AUTH_TOKEN).where(AUTH_TOKEN.USER_ID.eq(id)).fetchSingle(AUTH_TOKEN.EXPIRES_AT);
        assertThat(expires).isBetween(Instant.now().plusSeconds(2 * 3600 - 60), Instant.now().plusSeconds(2 * 3600));
    }

    @Test
    void aWeakPasswordIsRefusedAndTheLinkStaysUsable() {
        String email = TestAccounts.uniqueEmail("reset-weak");
        accounts.customer(email, "de");
        String token = requestLink(email);

        PasswordResets.ResetOutcome outcome = resets.reset(token, "kurz");

        assertThat(outcome.status()).isEqualTo(ResetStatus.WEAK_PASSWORD);
        assertThat(outcome.problems()).isNotEmpty();
        assertThat(resets.link(token)).isPresent();
    }

    @Test
    void resetEndsEverySessionOfTheUser() {
        String email = TestAccounts.uniqueEmail("reset-sessions");
        accounts.customer(email, "de");
        FormLoginClient laptop = new FormLoginClient(port);
        FormLoginClient phone = new FormLoginClient(port);
        laptop.logIn(email, TestAccounts.PASSWORD);
        phone.logIn(email, TestAccounts.PASSWORD);
        assertThat(laptop.isLoggedIn()).isTrue();
        assertThat(phone.isLoggedIn()).isTrue();

        resets.reset(requestLink(email), NEW_PASSWORD);

        assertThat(laptop.isLoggedIn()).isFalse();
        assertThat(phone.isLoggedIn()).isFalse();
    }

    @Test
    void resetLiftsATemporaryLoginLock() {
        String email = TestAccounts.uniqueEmail("reset-locked");
        accounts.customer(email, "de");
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> login(email, "wrong-password")).isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> login(email, TestAccounts.PASSWORD)).isInstanceOf(LoginThrottledException.class);

        resets.reset(requestLink(email), NEW_PASSWORD);

        assertThat(login(email, NEW_PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void requestsAreLimitedPerEmailAndPerAddressAlikeForUnknownEmails() {
        String unknown = TestAccounts.uniqueEmail("flooded");
        for (int i = 0; i < PasswordResets.REQUESTS_PER_EMAIL; i++) {
            assertThat(resets.request(unknown, address(), "de").status()).isEqualTo(RequestStatus.ACCEPTED);
        }
        PasswordResets.RequestOutcome limited = resets.request(unknown, address(), "de");
        assertThat(limited.status()).isEqualTo(RequestStatus.RATE_LIMITED);
        assertThat(limited.minutesToWait()).isBetween(59L, 60L);

        String address = address();
        for (int i = 0; i < PasswordResets.REQUESTS_PER_ADDRESS; i++) {
            resets.request(TestAccounts.uniqueEmail("sprayed"), address, "de");
        }
        assertThat(resets.request(TestAccounts.uniqueEmail("sprayed"), address, "de").status())
                .isEqualTo(RequestStatus.RATE_LIMITED);
    }

    @Test
    void nothingWorksWhileTheSettingIsOff() {
        String email = TestAccounts.uniqueEmail("reset-off");
        accounts.customer(email, "de");
        String token = requestLink(email);

        settings.put(SettingKey.PASSWORD_RESET_ENABLED, "false", null);

        assertThat(resets.request(email, address(), "de").status()).isEqualTo(RequestStatus.DISABLED);
        assertThat(resets.link(token)).isEmpty();
        assertThat(resets.reset(token, NEW_PASSWORD).status()).isEqualTo(ResetStatus.DISABLED);
        assertThat(login(email, TestAccounts.PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void theMailSpeaksTheAccountsLanguageElseThePages() {
        String german = TestAccounts.uniqueEmail("sprache");
        accounts.customer(german, "de");
        String noLanguage = TestAccounts.uniqueEmail("no-language");
        accounts.customer(noLanguage, null);

        resets.request(german, address(), "en");
        resets.request(noLanguage, address(), "en");

        assertThat(Mails.subject(Mails.awaitMailTo(smtp, german))).startsWith("Passwort zurücksetzen");
        assertThat(Mails.subject(Mails.awaitMailTo(smtp, noLanguage))).startsWith("Reset your password");
    }
}
