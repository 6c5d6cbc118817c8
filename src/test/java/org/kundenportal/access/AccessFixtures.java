package org.kundenportal.access;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kundenportal.TestWorld;
import org.kundenportal.access.domain.PortalAccessService;
import org.kundenportal.base.security.AreaPermission;
import org.kundenportal.base.security.PortalUser;
import org.kundenportal.base.security.Role;
import org.kundenportal.contacts.domain.ContactRepository;
import org.kundenportal.contacts.domain.NewContact;
import org.kundenportal.users.domain.UserRepository;
import org.springframework.context.ApplicationContext;

/** Builds each test's own contacts and users (unique emails) and reads the invitation mails GreenMail received. */
public class AccessFixtures {

    private static final Pattern SIGNUP_LINK = Pattern.compile("/(signup/[A-Za-z0-9_-]+)");

    public final ContactRepository contacts;
    public final UserRepository users;
    public final PortalAccessService access;
    public final GreenMail smtp;

    public AccessFixtures(ApplicationContext context) {
        contacts = context.getBean(ContactRepository.class);
        users = context.getBean(UserRepository.class);
        access = context.getBean(PortalAccessService.class);
        smtp = context.getBean(GreenMail.class);
    }

    public static String uniqueEmail(String prefix) {
        return prefix + "-" + System.nanoTime() + "@example.com";
    }

    public static String uniqueName(String prefix) {
        return prefix + " " + System.nanoTime();
    }

    public long customerCompany(String name) {
        return contacts.create(NewContact.company(name, "Teststraße 1", "10115", "Berlin", null));
    }

    public long partnerCompany(String name) {
        return contacts.create(NewContact.company(name, "Teststraße 2", "10115", "Berlin", null).asPartner());
    }

    public long customerSoldBy(String name, long partnerCompanyId) {
        return contacts.create(NewContact.company(name, "Teststraße 3", "10115", "Berlin", null).soldBy(partnerCompanyId));
    }

    public long person(long companyId, String name, String email, String language) {
        return contacts.create(NewContact.person(companyId, name, email, null, language));
    }

    public PortalUser principal(String email) {
        return users.findPrincipal(email).orElseThrow();
    }

    public PortalUser staff() {
        return principal(TestWorld.STAFF);
    }

    public PortalUser admin() {
        return principal(TestWorld.ADMIN);
    }

    /** Grants a customer access with the given areas as staff; returns the new user's id. */
    public long grant(long contactId, AreaPermission... areas) {
        return access.grant(staff(), contactId, Set.of(Role.CUSTOMER), Set.of(areas));
    }

    /** The mails GreenMail received for the address, oldest first. */
    public List<MimeMessage> mailsTo(String email) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(message -> {
            try {
                return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                        .anyMatch(address -> address.toString().equalsIgnoreCase(email));
            } catch (Exception e) {
                return false;
            }
        }).toList();
    }

    public String body(MimeMessage message) {
        try {
            return message.getContent().toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The path of the sign-up link in the latest mail to the address, e.g. {@code signup/abc...}. */
    public String latestSignUpPath(String email) {
        List<MimeMessage> mails = mailsTo(email);
        if (mails.isEmpty()) {
            throw new AssertionError("No mail to " + email);
        }
        Matcher link = SIGNUP_LINK.matcher(body(mails.getLast()));
        if (!link.find()) {
            throw new AssertionError("No sign-up link in the mail to " + email);
        }
        return link.group(1);
    }

    public String latestToken(String email) {
        return latestSignUpPath(email).substring("signup/".length());
    }
}
