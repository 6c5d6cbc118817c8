package org.kundenportal.access.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kundenportal.db.Tables.AUDIT_LOG;

import jakarta.mail.internet.MimeMessage;
import jakarta.servlet.http.HttpSessionEvent;
import java.time.Duration;
import java.util.Set;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kundenportal.SpringTest;
import org.kundenportal.TestWorld;
import org.kundenportal.access.AccessFixtures;
import org.kundenportal.base.mail.MailDeliveryException;
import org.kundenportal.base.security.AreaPermission;
import org.kundenportal.base.security.AuthTokens;
import org.kundenportal.base.security.PortalUser;
import org.kundenportal.base.security.Role;
import org.kundenportal.base.security.TokenPurpose;
import org.kundenportal.base.security.UserKind;
import org.kundenportal.base.security.UserSessions;
import org.kundenportal.base.validation.RefusedException;
import org.kundenportal.users.domain.UserAccount;
import org.kundenportal.users.domain.UserAccount.PortalStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

class PortalAccessServiceTest extends SpringTest {

    private static final String PASSWORD = "Sonnenblume-Taxi-42";

    @Autowired
    ApplicationContext context;
    @Autowired
    PortalAccessService access;
    @Autowired
    SignUpService signUp;
    @Autowired
    UserSessions sessions;
    @Autowired
    AuthTokens tokens;
    @Autowired
    AuthenticationManager authenticationManager;
    @Autowired
    JavaMailSender mailSender;
    @Autowired
    DSLContext db;

    AccessFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new AccessFixtures(context);
    }

    private long newPerson(String email, String language) {
        long company = fixtures.customerCompany(AccessFixtures.uniqueName("Access GmbH"));
        return fixtures.person(company, "Petra Probe", email, language);
    }

    private boolean audited(String action, long userId) {
        return db.fetchExists(AUDIT_LOG, AUDIT_LOG.ACTION.eq(action).and(AUDIT_LOG.TARGET_ID.eq(userId)));
    }

    @Test
    void grantCreatesAnInvitedPortalUserAndMailsTheSignUpLink() throws Exception {
        String email = AccessFixtures.uniqueEmail("grant");
        long contact = newPerson(email, "en");

        long userId = access.grant(fixtures.staff(), contact, Set.of(Role.CUSTOMER), Set.of(AreaPermission.QUOTES));

        UserAccount user = fixtures.users.account(userId).orElseThrow();
        assertThat(user.kind()).isEqualTo(UserKind.PORTAL);
        assertThat(user.contactId()).isEqualTo(contact);
        assertThat(user.displayName()).isEqualTo("Petra Probe");
        assertThat(user.language()).isEqualTo("en");
        assertThat(user.registered()).isFalse();
        assertThat(user.invitedAt()).isNotNull();
        assertThat(user.portalStatus()).isEqualTo(PortalStatus.INVITED);
        assertThat(fixtures.users.roles(userId)).containsExactly(Role.CUSTOMER);
        assertThat(fixtures.users.areaPermissions(userId)).containsExactly(AreaPermission.QUOTES);
        assertThat(audited("ACCESS_GRANTED", userId)).isTrue();

        MimeMessage mail = fixtures.mailsTo(email).getLast();
        assertThat(mail.getSubject()).isEqualTo("Your access to the customer portal of " + TestWorld.SELLER);
        assertThat(fixtures.body(mail)).contains("Hello Petra Probe").contains("/signup/").contains("valid until");
        assertThat(signUp.invitation(fixtures.latestToken(email))).get()
                .extracting(SignUpService.Invitation::userId).isEqualTo(userId);
    }

    @Test
    void grantRefusesAMissingEmail() {
        long contact = newPerson(null, "de");

        assertThatThrownBy(() -> fixtures.grant(contact)).isInstanceOf(RefusedException.class)
                .extracting(e -> ((RefusedException) e).messageKey()).isEqualTo("access.error.email-missing");
        assertThat(fixtures.users.accountOfContact(contact)).isEmpty();
    }

    @Test
    void grantRefusesAnInvalidEmail() {
        long contact = newPerson("not-an-address", "de");

        assertThatThrownBy(() -> fixtures.grant(contact)).isInstanceOf(RefusedException.class)
                .extracting(e -> ((RefusedException) e).messageKey()).isEqualTo("access.error.email-invalid");
        assertThat(fixtures.users.accountOfContact(contact)).isEmpty();
    }

    @Test
    void grantRefusesAnEmailAnotherUserLogsInWith() {
        long contact = newPerson("Clara.Kunde@TestWelt.EXAMPLE", "de");

        assertThatThrownBy(() -> fixtures.grant(contact)).isInstanceOf(RefusedException.class)
                .extracting(e -> ((RefusedException) e).messageKey()).isEqualTo("access.error.email-taken");
        assertThat(fixtures.users.accountOfContact(contact)).isEmpty();
    }

    @Test
    void grantRefusesAContactThatHasAccessAlready() {
        long contact = newPerson(AccessFixtures.uniqueEmail("twice"), "de");
        fixtures.grant(contact);

        assertThatThrownBy(() -> fixtures.grant(contact)).isInstanceOf(RefusedException.class)
                .extracting(e -> ((RefusedException) e).messageKey()).isEqualTo("access.error.already-granted");
    }

    @Test
    void onlyStaffGrantAccess() {
        long contact = newPerson(AccessFixtures.uniqueEmail("nostaff"), "de");
        PortalUser customer = fixtures.principal(TestWorld.CUSTOMER);

        assertThatThrownBy(() -> access.grant(customer, contact, Set.of(Role.CUSTOMER), Set.of()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(fixtures.users.accountOfContact(contact)).isEmpty();
    }

    @Test
    void aMailFailureLeavesNoUserBehind() {
        String email = AccessFixtures.uniqueEmail("mailfail");
        long contact = newPerson(email, "de");
        JavaMailSenderImpl sender = (JavaMailSenderImpl) mailSender;
        int port = sender.getPort();
        sender.setPort(1);
        try {
            assertThatThrownBy(() -> fixtures.grant(contact, AreaPermission.INVOICES))
                    .isInstanceOf(MailDeliveryException.class);
        } finally {
            sender.setPort(port);
        }
        assertThat(fixtures.users.accountOfContact(contact)).isEmpty();
        assertThat(fixtures.users.accountByEmail(email)).isEmpty();
    }

    @Test
    void reinviteKillsTheEarlierLink() throws Exception {
        String email = AccessFixtures.uniqueEmail("reinvite");
        long userId = fixtures.grant(newPerson(email, "de"));
        String first = fixtures.latestToken(email);

        access.reinvite(fixtures.staff(), userId);

        String second = fixtures.latestToken(email);
        assertThat(second).isNotEqualTo(first);
        assertThat(signUp.invitation(first)).isEmpty();
        assertThat(signUp.invitation(second)).isPresent();
        assertThat(fixtures.mailsTo(email).getLast().getSubject()).startsWith("Ihr Zugang zum Kundenportal");
        assertThat(audited("ACCESS_REINVITED", userId)).isTrue();
    }

    @Test
    void reinviteIsRefusedOnceTheUserSignedUp() {
        String email = AccessFixtures.uniqueEmail("active");
        long userId = fixtures.grant(newPerson(email, "de"));
        signUp.signUp(fixtures.latestToken(email), PASSWORD);

        assertThatThrownBy(() -> access.reinvite(fixtures.staff(), userId)).isInstanceOf(RefusedException.class);
    }

    @Test
    void revokedUserIsLockedOutAtOnceAndItsLinksDie() {
        String email = AccessFixtures.uniqueEmail("revoke");
        long userId = fixtures.grant(newPerson(email, "de"));
        signUp.signUp(fixtures.latestToken(email), PASSWORD);
        assertThat(authenticationManager.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(email, PASSWORD)).isAuthenticated()).isTrue();
        MockHttpSession liveSession = sessionOf(fixtures.principal(email));
        String openLink = tokens.issue(userId, TokenPurpose.PASSWORD_RESET, Duration.ofHours(2), null);

        access.revoke(fixtures.staff(), userId);

        assertThat(liveSession.isInvalid()).isTrue();
        assertThatThrownBy(() -> authenticationManager.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(email, PASSWORD))).isInstanceOf(DisabledException.class);
        assertThat(tokens.peek(openLink, TokenPurpose.PASSWORD_RESET)).isEmpty();
        UserAccount user = fixtures.users.account(userId).orElseThrow();
        assertThat(user.portalStatus()).isEqualTo(PortalStatus.REVOKED);
        assertThat(user.accessRevokedAt()).isNotNull();
        assertThat(audited("ACCESS_REVOKED", userId)).isTrue();
    }

    @Test
    void revokingAnInvitedUserKillsTheInvitationLink() {
        String email = AccessFixtures.uniqueEmail("revoke-invited");
        long userId = fixtures.grant(newPerson(email, "de"));
        String link = fixtures.latestToken(email);

        access.revoke(fixtures.staff(), userId);

        assertThat(signUp.invitation(link)).isEmpty();
        assertThatThrownBy(() -> signUp.signUp(link, PASSWORD)).isInstanceOf(SignUpService.InvalidLinkException.class);
        assertThatThrownBy(() -> access.revoke(fixtures.staff(), userId)).isInstanceOf(RefusedException.class);
    }

    @Test
    void grantingARevokedUserAgainReenablesAndInvites() {
        String email = AccessFixtures.uniqueEmail("regrant");
        long contact = newPerson(email, "de");
        long userId = fixtures.grant(contact);
        access.revoke(fixtures.staff(), userId);
        int mailsBefore = fixtures.mailsTo(email).size();

        long again = access.grant(fixtures.staff(), contact, Set.of(Role.CUSTOMER, Role.SUPPLIER), Set.of(AreaPermission.ORDERS));

        assertThat(again).isEqualTo(userId);
        UserAccount user = fixtures.users.account(userId).orElseThrow();
        assertThat(user.enabled()).isTrue();
        assertThat(user.accessRevokedAt()).isNull();
        assertThat(user.portalStatus()).isEqualTo(PortalStatus.INVITED);
        assertThat(fixtures.users.roles(userId)).containsExactlyInAnyOrder(Role.CUSTOMER, Role.SUPPLIER);
        assertThat(fixtures.users.areaPermissions(userId)).containsExactly(AreaPermission.ORDERS);
        assertThat(fixtures.mailsTo(email)).hasSize(mailsBefore + 1);
        assertThat(signUp.invitation(fixtures.latestToken(email))).isPresent();
    }

    @Test
    void aPartnerCompanysPeopleGetThePartnerRole() {
        String email = AccessFixtures.uniqueEmail("reseller");
        long partner = fixtures.partnerCompany(AccessFixtures.uniqueName("Reseller GmbH"));
        long person = fixtures.person(partner, "Rita Reseller", email, "de");

        long userId = access.grant(fixtures.staff(), person, Set.of(), Set.of());

        assertThat(fixtures.users.roles(userId)).containsExactly(Role.PARTNER);
    }

    @Test
    void rolesChangeAndAtLeastOneRoleIsRequired() {
        long userId = fixtures.grant(newPerson(AccessFixtures.uniqueEmail("roles"), "de"));

        assertThat(access.changeRoles(fixtures.staff(), userId, Set.of(Role.SUPPLIER))).isTrue();

        assertThat(fixtures.users.roles(userId)).containsExactly(Role.SUPPLIER);
        assertThat(audited("ROLES_CHANGED", userId)).isTrue();
        assertThatThrownBy(() -> access.changeRoles(fixtures.staff(), userId, Set.of()))
                .isInstanceOf(RefusedException.class);
        assertThat(fixtures.users.roles(userId)).containsExactly(Role.SUPPLIER);
    }

    @Test
    void staffSetAreaPermissionsOfOrdinaryCustomers() {
        long userId = fixtures.grant(newPerson(AccessFixtures.uniqueEmail("areas"), "de"), AreaPermission.QUOTES);

        access.changeAreaPermissions(fixtures.staff(), userId, Set.of(AreaPermission.INVOICES, AreaPermission.SUBSCRIPTIONS));

        assertThat(fixtures.users.areaPermissions(userId))
                .containsExactlyInAnyOrder(AreaPermission.INVOICES, AreaPermission.SUBSCRIPTIONS);
        assertThat(audited("PERMISSIONS_CHANGED", userId)).isTrue();
    }

    @Test
    void staffCannotSetAreaPermissionsOfAPartnerSoldCustomersUser() {
        long partner = fixtures.partnerCompany(AccessFixtures.uniqueName("Partner GmbH"));
        long customer = fixtures.customerSoldBy(AccessFixtures.uniqueName("Partnerkunde"), partner);
        long person = fixtures.person(customer, "Paula Kundin", AccessFixtures.uniqueEmail("sold"), "de");

        assertThatThrownBy(() -> fixtures.grant(person, AreaPermission.QUOTES)).isInstanceOf(RefusedException.class)
                .extracting(e -> ((RefusedException) e).messageKey()).isEqualTo("access.error.partner-manages");
        long userId = fixtures.grant(person);

        assertThatThrownBy(() -> access.changeAreaPermissions(fixtures.staff(), userId, Set.of(AreaPermission.QUOTES)))
                .isInstanceOf(RefusedException.class)
                .extracting(e -> ((RefusedException) e).messageKey()).isEqualTo("access.error.partner-manages");
        assertThat(fixtures.users.areaPermissions(userId)).isEmpty();
        assertThat(access.overview(customer).permissionsManagedByPartner()).isTrue();
    }

    @Test
    void overviewListsTheCompanyAndItsPersons() {
        long company = fixtures.customerCompany(AccessFixtures.uniqueName("Overview GmbH"));
        fixtures.person(company, "Anton Zweiter", AccessFixtures.uniqueEmail("b"), "de");
        long first = fixtures.person(company, "Anna Erste", AccessFixtures.uniqueEmail("a"), "de");
        long userId = fixtures.grant(first);

        AccessOverview overview = access.overview(company);

        assertThat(overview.entries()).extracting(AccessEntry::name).containsExactly(overview.contactName(),
                "Anna Erste", "Anton Zweiter");
        assertThat(overview.entries()).extracting(AccessEntry::status)
                .containsExactly(PortalStatus.NO_ACCESS, PortalStatus.INVITED, PortalStatus.NO_ACCESS);
        assertThat(overview.entries().get(1).user().id()).isEqualTo(userId);
    }

    private MockHttpSession sessionOf(PortalUser user) {
        MockHttpSession session = new MockHttpSession();
        SecurityContext securityContext = SecurityContextHolder.createEmptyContext();
        securityContext.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, securityContext);
        sessions.sessionCreated(new HttpSessionEvent(session));
        return session;
    }
}
