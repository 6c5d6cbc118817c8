package org.kundenportal.account;

import static org.kundenportal.db.Tables.APP_USER;
import static org.kundenportal.db.Tables.USER_ROLE;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jooq.DSLContext;
import org.kundenportal.TestWorld;
import org.kundenportal.account.domain.Base32;
import org.kundenportal.account.domain.Totp;
import org.kundenportal.account.domain.TwoFactorService;
import org.kundenportal.base.security.AreaPermission;
import org.kundenportal.base.security.Role;
import org.kundenportal.base.security.UserKind;
import org.kundenportal.contacts.domain.ContactRepository;
import org.kundenportal.contacts.domain.NewContact;
import org.kundenportal.users.domain.NewUser;
import org.kundenportal.users.domain.UserRepository;
import org.springframework.context.ApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Users of the account tests' own, with unique emails and the test world's password, so no test touches another's. */
public final class TestAccounts {

    /** A created user; {@code companyId} is null for internal users. */
    public record Account(long userId, String email, Long contactId, Long companyId) {
    }

    private static String passwordHash;

    private static final Pattern CONFIRM_LINK = Pattern.compile("http\\S+/account/confirm-email/([A-Za-z0-9_-]+)");

    private final ContactRepository contacts;
    private final DSLContext db;
    private final UserRepository users;
    private final TwoFactorService twoFactor;

    public TestAccounts(ApplicationContext context) {
        this.contacts = context.getBean(ContactRepository.class);
        this.db = context.getBean(DSLContext.class);
        this.users = context.getBean(UserRepository.class);
        this.twoFactor = context.getBean(TwoFactorService.class);
        if (passwordHash == null) {
            passwordHash = context.getBean(PasswordEncoder.class).encode(TestWorld.PASSWORD);
        }
    }

    public static String uniqueEmail(String prefix) {
        return prefix + "-" + System.nanoTime() + "@testwelt.example";
    }

    /** A customer person under a company of its own, with address and VAT id. */
    public Account customer(String prefix) {
        String email = uniqueEmail(prefix);
        long company = contacts.create(NewContact.company("Testfirma " + System.nanoTime() + " GmbH", "Teststraße 1",
                "10115", "Berlin", "DE123456789"));
        long person = contacts.create(NewContact.person(company, "Tina Test", email, "+49 30 123456", "de"));
        long user = users.create(new NewUser(email, "Tina Test", UserKind.PORTAL, person, passwordHash, "de",
                EnumSet.of(Role.CUSTOMER), EnumSet.of(AreaPermission.INVOICES)));
        return new Account(user, email, person, company);
    }

    public Account internal(String prefix, Role... roles) {
        String email = uniqueEmail(prefix);
        long user = users.create(new NewUser(email, "Ina Intern", UserKind.INTERNAL, null, passwordHash, "de",
                Set.of(roles), Set.of()));
        return new Account(user, email, null, null);
    }

    /** Turns two-factor authentication on as the setup dialog would; returns the secret (Base32). */
    public String enableTwoFactor(long userId) {
        String secret = twoFactor.enrollment(userId).secret();
        twoFactor.enable(userId, secret, currentCode(secret));
        return secret;
    }

    public static String currentCode(String secret) {
        return Totp.code(Base32.decode(secret), Totp.stepAt(java.time.Instant.now()));
    }

    /** The code of the next time step: still accepted now, and not yet used. */
    public static String nextCode(String secret) {
        return Totp.code(Base32.decode(secret), Totp.stepAt(java.time.Instant.now()) + 1);
    }

    /** Disables every other enabled admin so that the given one is the last; returns them for {@link #enableAgain}. */
    public List<Long> makeLastAdmin(long adminId) {
        List<Long> others = db.select(USER_ROLE.USER_ID).from(USER_ROLE).join(APP_USER).on(APP_USER.ID.eq(USER_ROLE.USER_ID))
                .where(USER_ROLE.ROLE.eq(Role.ADMIN).and(APP_USER.ENABLED.isTrue()).and(USER_ROLE.USER_ID.ne(adminId)))
                .fetch(USER_ROLE.USER_ID);
        db.update(APP_USER).set(APP_USER.ENABLED, false).where(APP_USER.ID.in(others)).execute();
        return others;
    }

    public void enableAgain(List<Long> userIds) {
        db.update(APP_USER).set(APP_USER.ENABLED, true).where(APP_USER.ID.in(userIds)).execute();
    }

    /** The link of the newest email change mail to the address, as received by the embedded SMTP server. */
    public static Matcher emailChangeLink(GreenMail smtp, String recipient) {
        Matcher link = CONFIRM_LINK.matcher(GreenMailUtil.getBody(newestMailTo(smtp, recipient)).replace("=\r\n", ""));
        if (!link.find()) {
            throw new AssertionError("No confirmation link in the mail to " + recipient);
        }
        return link;
    }

    public static MimeMessage newestMailTo(GreenMail smtp, String recipient) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(message -> {
            try {
                return message.getAllRecipients()[0].toString().equals(recipient);
            } catch (MessagingException e) {
                return false;
            }
        }).reduce((first, second) -> second).orElseThrow();
    }
}
