package org.kundenportal.account.domain;

import static org.kundenportal.account.domain.AccountException.Reason;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jooq.exception.IntegrityConstraintViolationException;
import org.kundenportal.base.audit.AuditAction;
import org.kundenportal.base.audit.AuditLog;
import org.kundenportal.base.events.EventData;
import org.kundenportal.base.events.EventType;
import org.kundenportal.base.events.Outbox;
import org.kundenportal.base.i18n.Formats;
import org.kundenportal.base.mail.MailDeliveryException;
import org.kundenportal.base.mail.MailService;
import org.kundenportal.base.mail.PortalLinks;
import org.kundenportal.base.mail.MailTemplate;
import org.kundenportal.base.security.AuthTokens;
import org.kundenportal.base.security.PasswordPolicy;
import org.kundenportal.base.security.TokenPurpose;
import org.kundenportal.base.security.UserSessions;
import org.kundenportal.db.tables.records.ContactRecord;
import org.kundenportal.users.domain.UserRepository;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The user's own account: details, login email, password, and deleting the account. */
@Service
public class AccountService {

    public static final Duration EMAIL_CHANGE_LINK_LIFETIME = Duration.ofHours(24);
    public static final List<String> LANGUAGES = List.of("de", "en");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s.]{2,}$");
    private static final Pattern COUNTRY = Pattern.compile("^[A-Z]{2}$");
    private static final Pattern VAT_ID = Pattern.compile("^[A-Z]{2}[0-9A-Z+*.]{2,13}$");
    private static final String DELETED_DOMAIN = "deleted.invalid";

    /** How confirming a new email address went. */
    public enum EmailConfirmation { CONFIRMED, INVALID_LINK, TAKEN }

    public record ConfirmedEmail(EmailConfirmation result, Long userId, String newEmail) {
    }

    private final AccountRepository accounts;
    private final UserRepository users;
    private final AuthTokens tokens;
    private final MailService mail;
    private final AuditLog audit;
    private final PasswordPolicy passwordPolicy;
    private final PasswordEncoder passwordEncoder;
    private final CurrentPassword currentPassword;
    private final UserSessions sessions;
    private final List<CompanyDocuments> companyDocuments;
    private final PortalLinks links;
    private final Outbox outbox;

    public AccountService(AccountRepository accounts, UserRepository users, AuthTokens tokens, MailService mail,
                          AuditLog audit, PasswordPolicy passwordPolicy, PasswordEncoder passwordEncoder,
                          CurrentPassword currentPassword, UserSessions sessions,
                          List<CompanyDocuments> companyDocuments, PortalLinks links, Outbox outbox) {
        this.accounts = accounts;
        this.users = users;
        this.tokens = tokens;
        this.mail = mail;
        this.audit = audit;
        this.passwordPolicy = passwordPolicy;
        this.passwordEncoder = passwordEncoder;
        this.currentPassword = currentPassword;
        this.sessions = sessions;
        this.companyDocuments = List.copyOf(companyDocuments);
        this.links = links;
        this.outbox = outbox;
    }

    /** @throws AccountException ACCOUNT_GONE when the user does not exist (any more) */
    public AccountDetails details(long userId) {
        AccountRepository.Rows rows = accounts.rows(userId).orElseThrow(() -> new AccountException(Reason.ACCOUNT_GONE));
        ContactRecord contact = rows.contact();
        ContactRecord company = rows.company();
        AccountDetails.Company companyDetails = company == null ? null
                : new AccountDetails.Company(company.getId(), company.getName(), company.getVatId(),
                !documentsExist(company.getId()), contact != null && company.getId().equals(contact.getId()));
        AccountDetails.PendingEmailChange pending = accounts.pendingEmailChange(userId).orElse(null);
        if (contact == null) {
            return new AccountDetails(userId, rows.email(), rows.displayName(), language(rows.language()), null, null,
                    null, null, null, null, null, pending);
        }
        return new AccountDetails(userId, rows.email(), contact.getName(), language(rows.language()), contact.getId(),
                contact.getPhone(), contact.getStreet(), contact.getZip(), contact.getCity(), contact.getCountryCode(),
                companyDetails, pending);
    }

    private boolean documentsExist(long companyId) {
        return companyDocuments.stream().anyMatch(documents -> documents.exist(companyId));
    }

    /**
     * Saves name, phone, address and language on the user and its contact, and the company's legal name and
     * VAT id while no documents lock them. Audited with the names of the changed fields.
     */
    @Transactional
    public void updateDetails(long userId, DetailsChange change) {
        AccountDetails before = details(userId);
        DetailsChange clean = clean(change, before);
        List<String> changed = new ArrayList<>();
        String displayName = clean.name();
        AccountDetails.Company company = before.company();
        if (company != null) {
            boolean nameChanged = !Objects.equals(company.legalName(), clean.companyName());
            boolean vatIdChanged = !Objects.equals(company.vatId(), clean.companyVatId());
            if (nameChanged || vatIdChanged) {
                accounts.updateCompany(company.id(), clean.companyName(), clean.companyVatId());
                addIf(changed, nameChanged, "company name");
                addIf(changed, vatIdChanged, "VAT id");
            }
            if (company.ownContact()) {
                // the contact is the company: its name is the legal name
                displayName = clean.companyName();
            }
        }
        if (before.hasContact()) {
            accounts.updateContact(before.contactId(), new DetailsChange(displayName, clean.phone(), clean.street(),
                    clean.zip(), clean.city(), clean.countryCode(), clean.language(), null, null));
            addIf(changed, !Objects.equals(before.phone(), clean.phone()), "phone");
            addIf(changed, !Objects.equals(before.street(), clean.street()) || !Objects.equals(before.zip(), clean.zip())
                    || !Objects.equals(before.city(), clean.city())
                    || !Objects.equals(before.countryCode(), clean.countryCode()), "address");
        }
        accounts.updateUser(userId, displayName, clean.language());
        addIf(changed, !Objects.equals(before.name(), displayName), "name");
        addIf(changed, !Objects.equals(before.language(), clean.language()), "language");
        if (!changed.isEmpty()) {
            audit.record(AuditAction.DETAILS_CHANGED, "user", userId, String.join(", ", changed));
            if (before.hasContact()) {
                publishContactUpdated(details(userId), changed);
            }
        }
    }

    /** The customer changed their own contact data: other systems keep their copy in step. */
    private void publishContactUpdated(AccountDetails after, List<String> changed) {
        AccountDetails.Company company = after.company();
        outbox.publish(EventType.CONTACT_UPDATED, "contact:" + after.contactId(), EventData.of(
                "contact_id", after.contactId(),
                "company_id", company == null ? null : company.id(),
                "company_name", company == null ? null : company.legalName(),
                "vat_id", company == null ? null : company.vatId(),
                "name", after.name(),
                "email", after.email(),
                "phone", after.phone(),
                "street", after.street(),
                "zip", after.zip(),
                "city", after.city(),
                "country_code", after.countryCode(),
                "language", after.language(),
                "changed", List.copyOf(changed),
                "changed_by_user_id", after.userId()));
    }

    private static void addIf(List<String> changed, boolean condition, String field) {
        if (condition && !changed.contains(field)) {
            changed.add(field);
        }
    }

    private static DetailsChange clean(DetailsChange change, AccountDetails before) {
        String name = trimmed(change.name(), 200);
        boolean nameOnCompany = before.company() != null && before.company().ownContact();
        if (name == null && !nameOnCompany) {
            throw new AccountException(Reason.NAME_REQUIRED);
        }
        String country = trimmed(change.countryCode(), 2);
        if (country != null) {
            country = country.toUpperCase(Locale.ROOT);
            if (!COUNTRY.matcher(country).matches()) {
                throw new AccountException(Reason.INVALID_INPUT);
            }
        }
        String language = change.language() == null ? before.language() : change.language();
        if (!LANGUAGES.contains(language)) {
            throw new AccountException(Reason.INVALID_INPUT);
        }
        String companyName = null;
        String vatId = null;
        AccountDetails.Company company = before.company();
        if (company != null && company.editable()) {
            companyName = trimmed(change.companyName(), 200);
            if (companyName == null) {
                throw new AccountException(Reason.NAME_REQUIRED);
            }
            vatId = normalizeVatId(change.companyVatId());
        } else if (company != null) {
            // documents carry the company's data: what they say stays, whatever its form
            boolean sameName = Objects.equals(strip(company.legalName()), strip(change.companyName()));
            boolean sameVatId = Objects.equals(vatIdKey(company.vatId()), vatIdKey(change.companyVatId()));
            if (!sameName || !sameVatId) {
                throw new AccountException(Reason.COMPANY_LOCKED);
            }
            companyName = company.legalName();
            vatId = company.vatId();
        }
        return new DetailsChange(name, trimmed(change.phone(), 50), trimmed(change.street(), 200),
                trimmed(change.zip(), 20), trimmed(change.city(), 100), country, language, companyName, vatId);
    }

    /** VAT ids are stored without spaces, in capitals ("de 811 234 567" is DE811234567); empty is none. */
    public static String normalizeVatId(String vatId) {
        String key = vatIdKey(vatId);
        if (key != null && !VAT_ID.matcher(key).matches()) {
            throw new AccountException(Reason.INVALID_INPUT);
        }
        return key;
    }

    public static boolean isValidVatId(String vatId) {
        String key = vatIdKey(vatId);
        return key == null || VAT_ID.matcher(key).matches();
    }

    private static String vatIdKey(String vatId) {
        String key = vatId == null ? "" : vatId.replace(" ", "").toUpperCase(Locale.ROOT);
        return key.isEmpty() ? null : key;
    }

    private static String strip(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String trimmed(String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > maxLength) {
            throw new AccountException(Reason.INVALID_INPUT);
        }
        return stripped;
    }

    private static String language(String stored) {
        return stored != null && LANGUAGES.contains(stored) ? stored : LANGUAGES.getFirst();
    }

    public static boolean isValidEmail(String email) {
        return email != null && email.strip().length() <= 254 && EMAIL.matcher(email.strip()).matches();
    }

    /**
     * Starts changing the login email: a link valid for 24 hours goes to the NEW address; the address
     * changes only when that link is opened. An earlier open link for a change dies.
     *
     * @throws AccountException EMAIL_INVALID, EMAIL_TAKEN, or MAIL_FAILED (then nothing is stored)
     */
    @Transactional
    public void requestEmailChange(long userId, String newEmail) {
        checkNewEmail(userId, newEmail);
        String email = UserRepository.normalizeEmail(newEmail);
        AccountDetails account = details(userId);
        if (email.equals(account.email())) {
            return;
        }
        String token = tokens.issue(userId, TokenPurpose.EMAIL_CHANGE, EMAIL_CHANGE_LINK_LIFETIME, email);
        Instant expires = Instant.now().plus(EMAIL_CHANGE_LINK_LIFETIME);
        audit.record(AuditAction.EMAIL_CHANGE_REQUESTED, "user", userId, email);
        try {
            mail.send(MailTemplate.EMAIL_CHANGE, email, account.language(), Map.of(
                    "user.name", account.name() == null ? "" : account.name(),
                    "link", links.to("account/confirm-email/" + token),
                    "new.email", email,
                    "expires", Formats.dateTime(expires, Locale.forLanguageTag(account.language()))));
        } catch (MailDeliveryException e) {
            // rolls the link back with the transaction: no link exists that nobody received
            throw new AccountException(Reason.MAIL_FAILED, email);
        }
    }

    /**
     * Whether the address could become the user's login email (the form asks before saving anything).
     *
     * @throws AccountException EMAIL_INVALID or EMAIL_TAKEN
     */
    public void checkNewEmail(long userId, String newEmail) {
        if (!isValidEmail(newEmail)) {
            throw new AccountException(Reason.EMAIL_INVALID);
        }
        if (users.emailTaken(UserRepository.normalizeEmail(newEmail), userId)) {
            throw new AccountException(Reason.EMAIL_TAKEN);
        }
    }

    @Transactional
    public void cancelEmailChange(long userId) {
        accounts.cancelEmailChange(userId);
    }

    /**
     * Opens an email change link: the login email becomes the confirmed address, unless another user took
     * it meanwhile. The link works once, whether or not anyone is logged in.
     */
    @Transactional(noRollbackFor = AccountException.class)
    public ConfirmedEmail confirmEmailChange(String token) {
        Optional<AuthTokens.TokenUse> use = tokens.consume(token, TokenPurpose.EMAIL_CHANGE);
        if (use.isEmpty() || use.get().newEmail() == null) {
            return new ConfirmedEmail(EmailConfirmation.INVALID_LINK, null, null);
        }
        long userId = use.get().userId();
        String newEmail = use.get().newEmail();
        Optional<AccountRepository.Rows> rows = accounts.rows(userId);
        if (rows.isEmpty()) {
            return new ConfirmedEmail(EmailConfirmation.INVALID_LINK, null, null);
        }
        if (users.emailTaken(newEmail, userId)) {
            return new ConfirmedEmail(EmailConfirmation.TAKEN, userId, newEmail);
        }
        String oldEmail = rows.get().email();
        Long contactId = rows.get().contact() == null ? null : rows.get().contact().getId();
        try {
            accounts.changeEmail(userId, contactId, newEmail);
        } catch (DataIntegrityViolationException | IntegrityConstraintViolationException takenMeanwhile) {
            return new ConfirmedEmail(EmailConfirmation.TAKEN, userId, newEmail);
        }
        audit.record(userId, newEmail, AuditAction.EMAIL_CHANGED, "user", userId, oldEmail + " -> " + newEmail);
        if (contactId != null) {
            publishContactUpdated(details(userId), List.of("email"));
        }
        return new ConfirmedEmail(EmailConfirmation.CONFIRMED, userId, newEmail);
    }

    /**
     * Sets a new password after checking the current one and the password rules; every other session of the
     * user ends (a stolen session does not survive the change).
     */
    @Transactional
    public void changePassword(long userId, String current, String newPassword, String keepSessionId) {
        currentPassword.require(userId, current);
        AccountDetails account = details(userId);
        List<PasswordPolicy.Problem> problems = passwordPolicy.check(newPassword, account.email());
        if (!problems.isEmpty()) {
            throw new AccountException(Reason.WEAK_PASSWORD, problems.getFirst().messageKey());
        }
        if (newPassword.equals(current)) {
            throw new AccountException(Reason.SAME_PASSWORD);
        }
        users.setPasswordHash(userId, passwordEncoder.encode(newPassword));
        audit.record(AuditAction.PASSWORD_CHANGED, "user", userId, null);
        sessions.endSessions(userId, keepSessionId);
    }

    /**
     * Deletes the account: the login is disabled at once and for good, the person's data that no legal
     * record needs is anonymised (documents keep their own copies), links and sessions end. The last admin
     * cannot delete their account, or nobody could administer the portal.
     */
    @Transactional
    public void deleteAccount(long userId, String password, String keepSessionId) {
        currentPassword.require(userId, password);
        AccountRepository.Rows rows = accounts.rows(userId).orElseThrow(() -> new AccountException(Reason.ACCOUNT_GONE));
        List<Long> admins = accounts.lockActiveAdmins();
        if (admins.contains(userId) && admins.size() == 1) {
            throw new AccountException(Reason.LAST_ADMIN);
        }
        String anonymousName = "deleted-user-" + userId;
        String placeholder = anonymousName + "@" + DELETED_DOMAIN;
        if (!accounts.anonymiseUser(userId, placeholder, anonymousName)) {
            throw new AccountException(Reason.ACCOUNT_GONE);
        }
        if (rows.contact() != null) {
            accounts.anonymisePerson(rows.contact().getId(), anonymousName);
        }
        tokens.revokeAll(userId);
        audit.record(AuditAction.ACCOUNT_DELETED, "user", userId, null);
        sessions.endSessions(userId, keepSessionId);
    }
}
