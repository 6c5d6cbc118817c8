package org.kundenportal.account.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kundenportal.db.Tables.APP_USER;
import static org.kundenportal.db.Tables.AUDIT_LOG;
import static org.kundenportal.db.Tables.AUTH_TOKEN;
import static org.kundenportal.db.Tables.CONTACT;
import static org.kundenportal.db.Tables.RECOVERY_CODE;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.servlet.http.HttpSessionEvent;
import java.util.List;
import java.util.regex.Matcher;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kundenportal.SpringTest;
import org.kundenportal.TestWorld;
import org.kundenportal.account.TestAccounts;
import org.kundenportal.account.domain.AccountException.Reason;
import org.kundenportal.account.domain.AccountService.EmailConfirmation;
import org.kundenportal.base.audit.AuditLog;
import org.kundenportal.base.events.Outbox;
import org.kundenportal.base.mail.MailService;
import org.kundenportal.base.mail.PortalLinks;
import org.kundenportal.base.security.AuthTokens;
import org.kundenportal.base.security.PasswordPolicy;
import org.kundenportal.base.security.PortalUser;
import org.kundenportal.base.security.Role;
import org.kundenportal.base.security.UserSessions;
import org.kundenportal.db.tables.records.ContactRecord;
import org.kundenportal.users.domain.UserRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

class AccountServiceTest extends SpringTest {

    @Autowired
    AccountService accounts;
    @Autowired
    DSLContext db;
    @Autowired
    GreenMail smtp;
    @Autowired
    ApplicationContext context;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    UserSessions sessions;
    private TestAccounts testAccounts;
    private TestAccounts.Account user;

    @BeforeEach
    void createUser() {
        testAccounts = new TestAccounts(context);
        user = testAccounts.customer("account-service");
    }

    private static DetailsChange change(String name, String city, String language, String companyName, String vatId) {
        return new DetailsChange(name, "+49 30 999", "Neue Straße 5", "10117", city, "DE", language, companyName, vatId);
    }

    @Test
    void detailsAreSavedOnTheUserAndItsContactAndAudited() {
        AccountDetails before = accounts.details(user.userId());

        accounts.updateDetails(user.userId(), change("  Tina Neu ", "Potsdam", "en", before.company().legalName(), "de 123 456 789"));

        AccountDetails after = accounts.details(user.userId());
        assertThat(after.name()).isEqualTo("Tina Neu");
        assertThat(after.city()).isEqualTo("Potsdam");
        assertThat(after.language()).isEqualTo("en");
        assertThat(after.company().vatId()).isEqualTo("DE123456789");
        assertThat(db.select(APP_USER.DISPLAY_NAME).from(APP_USER).where(APP_USER.ID.eq(user.userId())).fetchOne(APP_USER.DISPLAY_NAME))
                .isEqualTo("Tina Neu");
        ContactRecord contact = db.selectFrom(CONTACT).where(CONTACT.ID.eq(user.contactId())).fetchOne();
        assertThat(contact.getLanguage()).isEqualTo("en");
        assertThat(contact.getPhone()).isEqualTo("+49 30 999");
        assertThat(db.select(AUDIT_LOG.DETAILS).from(AUDIT_LOG).where(AUDIT_LOG.ACTION.eq("DETAILS_CHANGED")
                .and(AUDIT_LOG.TARGET_ID.eq(user.userId()))).fetchOne(AUDIT_LOG.DETAILS))
                .contains("name", "phone", "address", "language").doesNotContain("VAT");
    }

    @Test
    void invalidDetailsChangeNothing() {
        String company = accounts.details(user.userId()).company().legalName();

        assertThatThrownBy(() -> accounts.updateDetails(user.userId(), change(" ", "Potsdam", "de", company, null)))
                .isInstanceOfSatisfying(AccountException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NAME_REQUIRED));
        assertThatThrownBy(() -> accounts.updateDetails(user.userId(), change("Tina", "Potsdam", "de", company, "123")))
                .isInstanceOfSatisfying(AccountException.class, e -> assertThat(e.reason()).isEqualTo(Reason.INVALID_INPUT));
        assertThatThrownBy(() -> accounts.updateDetails(user.userId(), change("Tina", "Potsdam", "fr", company, null)))
                .isInstanceOf(AccountException.class);

        assertThat(accounts.details(user.userId()).city()).isEqualTo(null);
    }

    @Test
    void theCompanyIsLockedOnceDocumentsExist() {
        AccountService withDocuments = new AccountService(context.getBean(AccountRepository.class),
                context.getBean(UserRepository.class), context.getBean(AuthTokens.class), context.getBean(MailService.class),
                context.getBean(AuditLog.class), context.getBean(PasswordPolicy.class), passwordEncoder,
                context.getBean(CurrentPassword.class), context.getBean(UserSessions.class),
                List.of(companyId -> companyId == user.companyId()), new PortalLinks("http://portal.test/"),
                context.getBean(Outbox.class));
        AccountDetails details = withDocuments.details(user.userId());
        assertThat(details.company().editable()).isFalse();

        assertThatThrownBy(() -> withDocuments.updateDetails(user.userId(),
                change("Tina", "Köln", "de", "Other Name GmbH", details.company().vatId())))
                .isInstanceOfSatisfying(AccountException.class, e -> assertThat(e.reason()).isEqualTo(Reason.COMPANY_LOCKED));

        withDocuments.updateDetails(user.userId(), change("Tina", "Köln", "de", details.company().legalName(), "DE 123456789"));
        assertThat(withDocuments.details(user.userId()).city()).isEqualTo("Köln");
        assertThat(accounts.details(user.userId()).company().editable()).as("without documents").isTrue();
    }

    @Test
    void theEmailChangesOnlyWhenTheLinkSentToTheNewAddressIsOpenedOnce() throws Exception {
        String newEmail = TestAccounts.uniqueEmail("new-address");

        accounts.requestEmailChange(user.userId(), " " + newEmail.toUpperCase() + " ");

        assertThat(accounts.details(user.userId()).email()).as("the old address stays").isEqualTo(user.email());
        assertThat(accounts.details(user.userId()).pendingEmailChange().newEmail()).isEqualTo(newEmail);
        assertThat(TestAccounts.newestMailTo(smtp, newEmail).getSubject()).contains("Neue E-Mail-Adresse bestätigen");
        Matcher link = TestAccounts.emailChangeLink(smtp, newEmail);
        assertThat(link.group()).startsWith(baseUrl + "/account/confirm-email/");

        AccountService.ConfirmedEmail confirmed = accounts.confirmEmailChange(link.group(1));

        assertThat(confirmed.result()).isEqualTo(EmailConfirmation.CONFIRMED);
        assertThat(accounts.details(user.userId()).email()).isEqualTo(newEmail);
        assertThat(db.select(CONTACT.EMAIL).from(CONTACT).where(CONTACT.ID.eq(user.contactId())).fetchOne(CONTACT.EMAIL))
                .isEqualTo(newEmail);
        assertThat(accounts.details(user.userId()).pendingEmailChange()).isNull();
        assertThat(accounts.confirmEmailChange(link.group(1)).result()).isEqualTo(EmailConfirmation.INVALID_LINK);
        assertThat(db.fetchExists(AUDIT_LOG, AUDIT_LOG.ACTION.eq("EMAIL_CHANGED").and(AUDIT_LOG.TARGET_ID.eq(user.userId()))))
                .isTrue();
    }

    @Value("${kundenportal.base-url}")
    String baseUrl;

    @Test
    void anAddressTakenMeanwhileIsRefusedAtConfirmation() {
        String contested = TestAccounts.uniqueEmail("contested");
        accounts.requestEmailChange(user.userId(), contested);
        Matcher link = TestAccounts.emailChangeLink(smtp, contested);
        TestAccounts.Account other = testAccounts.customer("other");
        db.update(APP_USER).set(APP_USER.EMAIL, contested).where(APP_USER.ID.eq(other.userId())).execute();

        assertThat(accounts.confirmEmailChange(link.group(1)).result()).isEqualTo(EmailConfirmation.TAKEN);
        assertThat(accounts.details(user.userId()).email()).isEqualTo(user.email());
    }

    @Test
    void anEmailOfAnotherAccountOrAnInvalidOneIsRefusedAtOnce() {
        assertThatThrownBy(() -> accounts.requestEmailChange(user.userId(), TestWorld.CUSTOMER2))
                .isInstanceOfSatisfying(AccountException.class, e -> assertThat(e.reason()).isEqualTo(Reason.EMAIL_TAKEN));
        assertThatThrownBy(() -> accounts.requestEmailChange(user.userId(), "no-at-sign.example.com"))
                .isInstanceOfSatisfying(AccountException.class, e -> assertThat(e.reason()).isEqualTo(Reason.EMAIL_INVALID));
        assertThat(db.fetchExists(AUTH_TOKEN, AUTH_TOKEN.USER_ID.eq(user.userId()))).isFalse();
    }

    @Test
    void aNewRequestKillsTheEarlierLinkAndCancellingKillsAll() {
        String first = TestAccounts.uniqueEmail("first");
        String second = TestAccounts.uniqueEmail("second");
        accounts.requestEmailChange(user.userId(), first);
        Matcher firstLink = TestAccounts.emailChangeLink(smtp, first);
        accounts.requestEmailChange(user.userId(), second);

        assertThat(accounts.confirmEmailChange(firstLink.group(1)).result()).isEqualTo(EmailConfirmation.INVALID_LINK);
        accounts.cancelEmailChange(user.userId());
        assertThat(accounts.details(user.userId()).pendingEmailChange()).isNull();
        Matcher secondLink = TestAccounts.emailChangeLink(smtp, second);
        assertThat(accounts.confirmEmailChange(secondLink.group(1)).result()).isEqualTo(EmailConfirmation.INVALID_LINK);
    }

    @Test
    void thePasswordChangesOnlyWithTheCurrentOneAndAStrongNewOne() {
        assertThatThrownBy(() -> accounts.changePassword(user.userId(), "not-my-password", "a-much-better-one-42", null))
                .isInstanceOfSatisfying(AccountException.class, e -> assertThat(e.reason()).isEqualTo(Reason.WRONG_PASSWORD));
        assertThatThrownBy(() -> accounts.changePassword(user.userId(), TestWorld.PASSWORD, "short", null))
                .isInstanceOfSatisfying(AccountException.class, e -> assertThat(e.messageKey()).isEqualTo("password.too-short"));
        assertThatThrownBy(() -> accounts.changePassword(user.userId(), TestWorld.PASSWORD, TestWorld.PASSWORD, null))
                .isInstanceOf(AccountException.class);

        accounts.changePassword(user.userId(), TestWorld.PASSWORD, "a-much-better-one-42", null);

        String hash = db.select(APP_USER.PASSWORD_HASH).from(APP_USER).where(APP_USER.ID.eq(user.userId())).fetchOne(APP_USER.PASSWORD_HASH);
        assertThat(passwordEncoder.matches("a-much-better-one-42", hash)).isTrue();
        assertThat(db.fetchExists(AUDIT_LOG, AUDIT_LOG.ACTION.eq("PASSWORD_CHANGED").and(AUDIT_LOG.TARGET_ID.eq(user.userId()))))
                .isTrue();
    }

    @Test
    void changingThePasswordEndsEveryOtherSessionOfTheUser() {
        MockHttpSession current = sessionOf(user.email());
        MockHttpSession elsewhere = sessionOf(user.email());
        MockHttpSession someoneElse = sessionOf(TestWorld.CUSTOMER2);
        try {
            accounts.changePassword(user.userId(), TestWorld.PASSWORD, "a-much-better-one-42", current.getId());

            assertThat(elsewhere.isInvalid()).isTrue();
            assertThat(current.isInvalid()).isFalse();
            assertThat(someoneElse.isInvalid()).isFalse();
        } finally {
            sessions.sessionDestroyed(new HttpSessionEvent(current));
            sessions.sessionDestroyed(new HttpSessionEvent(someoneElse));
        }
    }

    private MockHttpSession sessionOf(String email) {
        MockHttpSession session = new MockHttpSession();
        SecurityContext securityContext = SecurityContextHolder.createEmptyContext();
        PortalUser principal = context.getBean(UserRepository.class).findPrincipal(email).orElseThrow();
        securityContext.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, securityContext);
        sessions.sessionCreated(new HttpSessionEvent(session));
        return session;
    }

    @Test
    void deletingTheAccountDisablesTheLoginAndAnonymisesThePerson() {
        String secret = testAccounts.enableTwoFactor(user.userId());
        accounts.requestEmailChange(user.userId(), TestAccounts.uniqueEmail("pending"));

        assertThatThrownBy(() -> accounts.deleteAccount(user.userId(), "wrong", null))
                .isInstanceOfSatisfying(AccountException.class, e -> assertThat(e.reason()).isEqualTo(Reason.WRONG_PASSWORD));
        MockHttpSession elsewhere = sessionOf(user.email());
        accounts.deleteAccount(user.userId(), TestWorld.PASSWORD, null);

        assertThat(elsewhere.isInvalid()).isTrue();
        var row = db.selectFrom(APP_USER).where(APP_USER.ID.eq(user.userId())).fetchOne();
        assertThat(row.getEnabled()).isFalse();
        assertThat(row.getDeletedAt()).isNotNull();
        assertThat(row.getEmail()).isEqualTo("deleted-user-" + user.userId() + "@deleted.invalid");
        assertThat(row.getDisplayName()).doesNotContain("Tina");
        assertThat(row.getPasswordHash()).isNull();
        assertThat(row.getTotpSecret()).isNull();
        assertThat(secret).isNotNull();
        assertThat(db.fetchCount(RECOVERY_CODE, RECOVERY_CODE.USER_ID.eq(user.userId()))).isZero();
        assertThat(db.fetchExists(AUTH_TOKEN, AUTH_TOKEN.USER_ID.eq(user.userId()).and(AUTH_TOKEN.REVOKED_AT.isNull())
                .and(AUTH_TOKEN.USED_AT.isNull()))).isFalse();
        ContactRecord person = db.selectFrom(CONTACT).where(CONTACT.ID.eq(user.contactId())).fetchOne();
        assertThat(person.getName()).doesNotContain("Tina");
        assertThat(person.getEmail()).isNull();
        assertThat(person.getPhone()).isNull();
        ContactRecord company = db.selectFrom(CONTACT).where(CONTACT.ID.eq(user.companyId())).fetchOne();
        assertThat(company.getVatId()).as("the company is no person's data").isEqualTo("DE123456789");
        assertThat(db.fetchExists(AUDIT_LOG, AUDIT_LOG.ACTION.eq("ACCOUNT_DELETED").and(AUDIT_LOG.TARGET_ID.eq(user.userId()))))
                .isTrue();
        assertThatThrownBy(() -> accounts.details(user.userId())).isInstanceOf(AccountException.class);
    }

    @Test
    void theLastAdminCannotDeleteTheirAccount() {
        TestAccounts.Account admin = testAccounts.internal("last-admin", Role.STAFF, Role.ADMIN);
        List<Long> otherAdmins = testAccounts.makeLastAdmin(admin.userId());
        try {

            assertThatThrownBy(() -> accounts.deleteAccount(admin.userId(), TestWorld.PASSWORD, null))
                    .isInstanceOfSatisfying(AccountException.class, e -> assertThat(e.reason()).isEqualTo(Reason.LAST_ADMIN));
            assertThat(db.select(APP_USER.ENABLED).from(APP_USER).where(APP_USER.ID.eq(admin.userId())).fetchOne(APP_USER.ENABLED))
                    .isTrue();
        } finally {
            testAccounts.enableAgain(otherAdmins);
        }
        accounts.deleteAccount(admin.userId(), TestWorld.PASSWORD, null);
        assertThat(db.select(APP_USER.ENABLED).from(APP_USER).where(APP_USER.ID.eq(admin.userId())).fetchOne(APP_USER.ENABLED))
                .as("with another admin it works").isFalse();
    }
}
