package org.kundenportal.contacts.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.kundenportal.base.audit.AuditAction;
import org.kundenportal.base.audit.AuditLog;
import org.kundenportal.base.security.PortalUser;
import org.kundenportal.contacts.domain.InvalidContactException.Field;
import org.kundenportal.contacts.domain.InvalidContactException.Problem;
import org.kundenportal.users.domain.UserAccount;
import org.kundenportal.users.domain.UserRepository;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates and changes contacts with the rules staff expect: a name, a well-formed email, a person under at
 * most one company, a partner chosen among partner companies. A contact's portal user follows its name and
 * email, so its login email stays unique.
 */
@Service
public class ContactService {

    public static final List<String> LANGUAGES = List.of("de", "en");

    private final ContactRepository contacts;
    private final UserRepository users;
    private final AuditLog audit;

    public ContactService(ContactRepository contacts, UserRepository users, AuditLog audit) {
        this.contacts = contacts;
        this.users = users;
        this.audit = audit;
    }

    /**
     * Saves a company with its e-invoice settings, all or nothing. Staff set them in the contact dialog; the
     * integration API's company import passes the stored ones on with only what its request names changed.
     */
    @Transactional
    public long save(PortalUser actor, ContactDraft draft, CompanyEInvoice eInvoice) {
        if (eInvoice.buyerReference().length() > 60) {
            throw new InvalidContactException(List.of(new Problem(Field.BUYER_REFERENCE, "contacts.error.buyer-reference-too-long")));
        }
        long id = save(actor, draft);
        if (draft.kind() == ContactKind.COMPANY) {
            contacts.setEInvoice(id, eInvoice);
        }
        return id;
    }

    /** A company's e-invoice settings; {@link CompanyEInvoice#NONE} for a new one (null) and for a person. */
    public CompanyEInvoice eInvoice(Long companyId) {
        return companyId == null ? CompanyEInvoice.NONE : contacts.eInvoice(companyId).orElse(CompanyEInvoice.NONE);
    }

    /** Saves the contact and returns its id; throws {@link InvalidContactException} and saves nothing on bad input. */
    @Transactional
    public long save(PortalUser actor, ContactDraft draft) {
        if (!actor.isInternal()) {
            throw new AccessDeniedException("Only staff edit contacts");
        }
        ContactDraft contact = normalized(draft);
        Optional<UserAccount> user = contact.isNew() ? Optional.empty() : users.accountOfContact(contact.id());
        List<Problem> problems = problems(contact, user);
        if (!problems.isEmpty()) {
            throw new InvalidContactException(problems);
        }
        if (contact.isNew()) {
            long id = contacts.create(contact);
            audit.record(actor.id(), actor.email(), AuditAction.CONTACT_CREATED, "contact", id, contact.name());
            return id;
        }
        if (!contacts.update(contact)) {
            throw new InvalidContactException(List.of(new Problem(Field.FORM, "contacts.error.changed-meanwhile")));
        }
        user.ifPresent(account -> followContact(account.id(), contact));
        audit.record(actor.id(), actor.email(), AuditAction.CONTACT_UPDATED, "contact", contact.id(), contact.name());
        return contact.id();
    }

    private void followContact(long userId, ContactDraft contact) {
        users.readdress(userId, contact.email(), contact.name(), Instant.now());
    }

    private List<Problem> problems(ContactDraft contact, Optional<UserAccount> user) {
        List<Problem> problems = new ArrayList<>();
        if (contact.name().isEmpty()) {
            problems.add(new Problem(Field.NAME, "contacts.error.name-required"));
        }
        if (tooLong(contact)) {
            problems.add(new Problem(Field.FORM, "contacts.error.too-long"));
        }
        emailProblem(contact, user).ifPresent(problems::add);
        if (!LANGUAGES.contains(contact.language())) {
            problems.add(new Problem(Field.LANGUAGE, "contacts.error.language-invalid"));
        }
        if (contact.countryCode() != null && !contact.countryCode().matches("[A-Z]{2}")) {
            problems.add(new Problem(Field.COUNTRY, "contacts.error.country-invalid"));
        }
        if (!contact.isNew()) {
            Optional<ContactDraft> stored = contacts.find(contact.id());
            if (stored.isEmpty() || stored.get().kind() != contact.kind()) {
                problems.add(new Problem(Field.FORM, "contacts.error.changed-meanwhile"));
                return problems;
            }
            if (stored.get().partner() && !contact.partner() && contacts.hasPartnerCustomers(contact.id())) {
                problems.add(new Problem(Field.FLAGS, "contacts.error.partner-has-customers"));
            }
        }
        if (contact.kind() == ContactKind.PERSON && contact.companyId() != null
                && (contact.companyId().equals(contact.id()) || !contacts.isCompany(contact.companyId()))) {
            problems.add(new Problem(Field.COMPANY, "contacts.error.company-invalid"));
        }
        if (contact.partnerId() != null) {
            if (!contact.customer()) {
                problems.add(new Problem(Field.PARTNER, "contacts.error.partner-needs-customer"));
            } else if (contact.partnerId().equals(contact.id()) || !contacts.isPartnerCompany(contact.partnerId())) {
                problems.add(new Problem(Field.PARTNER, "contacts.error.partner-invalid"));
            }
        }
        return problems;
    }

    private Optional<Problem> emailProblem(ContactDraft contact, Optional<UserAccount> user) {
        if (contact.email() == null) {
            return user.isPresent()
                    ? Optional.of(new Problem(Field.EMAIL, "contacts.error.email-required-for-user"))
                    : Optional.empty();
        }
        if (!EmailAddresses.isValid(contact.email())) {
            return Optional.of(new Problem(Field.EMAIL, "contacts.error.email-invalid"));
        }
        if (user.isPresent() && users.emailTaken(contact.email(), user.get().id())) {
            return Optional.of(new Problem(Field.EMAIL, "contacts.error.email-taken"));
        }
        return Optional.empty();
    }

    private static boolean tooLong(ContactDraft contact) {
        return longer(contact.name(), 200) || longer(contact.phone(), 50) || longer(contact.mobile(), 50)
                || longer(contact.jobTitle(), 100) || longer(contact.street(), 200) || longer(contact.zip(), 20)
                || longer(contact.city(), 100) || longer(contact.vatId(), 30);
    }

    private static boolean longer(String value, int max) {
        return value != null && value.length() > max;
    }

    /** Trimmed texts, blanks as null, and no flags or partner on a person who belongs to a company. */
    private static ContactDraft normalized(ContactDraft draft) {
        boolean flags = draft.carriesFlags();
        Long companyId = draft.kind() == ContactKind.COMPANY ? null : draft.companyId();
        String country = text(draft.countryCode());
        return new ContactDraft(draft.id(), draft.version(), draft.kind(), companyId,
                draft.name() == null ? "" : draft.name().strip(), text(draft.email()), text(draft.phone()),
                text(draft.mobile()), text(draft.jobTitle()), text(draft.street()), text(draft.zip()),
                text(draft.city()), country == null ? null : country.toUpperCase(Locale.ROOT), text(draft.vatId()),
                draft.language(), flags && draft.customer(), flags && draft.supplier(), flags && draft.partner(),
                flags ? draft.partnerId() : null);
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
