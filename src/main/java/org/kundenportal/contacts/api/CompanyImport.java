package org.kundenportal.contacts.api;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.kundenportal.base.db.Upserted.Outcome;
import org.kundenportal.base.db.Upserted;
import org.kundenportal.base.security.AreaPermission;
import org.kundenportal.base.security.PortalUser;
import org.kundenportal.base.security.Role;
import org.kundenportal.base.validation.InvalidInputException.Problem;
import org.kundenportal.base.validation.InvalidInputException;
import org.kundenportal.base.validation.RefusedException;
import org.kundenportal.contacts.domain.CompanyEInvoice;
import org.kundenportal.contacts.domain.ContactDraft;
import org.kundenportal.contacts.domain.ContactKind;
import org.kundenportal.contacts.domain.ContactRepository;
import org.kundenportal.contacts.domain.ContactService;
import org.kundenportal.contacts.domain.InvalidContactException;
import org.kundenportal.contacts.domain.PortalAccessGrants;
import org.kundenportal.users.domain.UserAccount.PortalStatus;
import org.kundenportal.users.domain.UserAccount;
import org.kundenportal.users.domain.UserRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A company with its persons as the ERP sends it, written in one transaction through the same services the back
 * office uses: {@link ContactService} for the contacts, {@link PortalAccessGrants} (the access feature) for access and
 * invitations.
 */
@Service
class CompanyImport {

    /** A person of the company; {@code portalAccess} is "invite", "revoke" or null (leave as it is). */
    record Person(String externalId, String name, String email, String phone, String mobile, String jobTitle,
                  String language, String portalAccess) {
    }

    /**
     * The company; {@code resellerId} is the partner company that sold to it, or null; {@code wantsXRechnung} null
     * leaves the stored choice as it is.
     */
    record Company(String externalId, String requestHash, String name, String email, String phone, String street,
                   String zip, String city, String countryCode, String vatId, String language, boolean customer,
                   boolean supplier, boolean partner, Long resellerId, Boolean wantsXRechnung, List<Person> persons) {
    }

    private final ContactService contactService;
    private final ContactRepository contacts;
    private final PortalAccessGrants access;
    private final UserRepository users;

    CompanyImport(ContactService contactService, ContactRepository contacts, PortalAccessGrants access,
                  UserRepository users) {
        this.contactService = contactService;
        this.contacts = contacts;
        this.access = access;
        this.users = users;
    }

    @Transactional
    public Upserted put(PortalUser actor, Company company) {
        Optional<Long> existing = contacts.companyOfExternal(company.externalId());
        if (existing.isPresent() && company.requestHash().equals(contacts.externalHash(existing.get()).orElse(null))) {
            return new Upserted(existing.get(), Outcome.UNCHANGED);
        }
        if (existing.isEmpty() && contacts.externalIdTaken(company.externalId(), null)) {
            throw InvalidInputException.of("externalId", "api.error.external-id-taken", company.externalId());
        }
        int version = existing.flatMap(contacts::find).map(ContactDraft::version).orElse(0);
        // the buyer reference is staff's to set; the request may name the XRechnung wish
        CompanyEInvoice eInvoice = contactService.eInvoice(existing.orElse(null));
        if (company.wantsXRechnung() != null) {
            eInvoice = eInvoice.withXRechnung(company.wantsXRechnung());
        }
        long companyId = save(actor, new ContactDraft(existing.orElse(null), version, ContactKind.COMPANY, null,
                company.name(), company.email(), company.phone(), null, null, company.street(), company.zip(),
                company.city(), company.countryCode(), company.vatId(), company.language(), company.customer(),
                company.supplier(), company.partner(), company.resellerId()), eInvoice, "");
        contacts.linkExternal(companyId, company.externalId(), company.requestHash());
        for (int i = 0; i < company.persons().size(); i++) {
            person(actor, company, companyId, company.persons().get(i), "persons[" + i + "].");
        }
        return new Upserted(companyId, existing.isPresent() ? Outcome.REPLACED : Outcome.CREATED);
    }

    private void person(PortalUser actor, Company company, long companyId, Person person, String prefix) {
        Optional<Long> existing = contacts.personOfExternal(person.externalId());
        if (existing.isEmpty() && contacts.externalIdTaken(person.externalId(), null)) {
            throw InvalidInputException.of(prefix + "externalId", "api.error.external-id-taken", person.externalId());
        }
        int version = existing.flatMap(contacts::find).map(ContactDraft::version).orElse(0);
        long personId = save(actor, new ContactDraft(existing.orElse(null), version, ContactKind.PERSON, companyId,
                person.name(), person.email(), person.phone(), person.mobile(), person.jobTitle(), null, null, null,
                null, null, person.language() == null ? company.language() : person.language(), false, false, false,
                null), null, prefix);
        contacts.linkExternal(personId, person.externalId(), null);
        try {
            portalAccess(actor, company, personId, person.portalAccess());
        } catch (RefusedException refused) {
            throw new InvalidInputException(List.of(new Problem(prefix + "portalAccess", refused.messageKey(),
                    List.of(refused.arguments()))));
        }
    }

    private void portalAccess(PortalUser actor, Company company, long personId, String wanted) {
        Optional<UserAccount> account = users.accountOfContact(personId);
        PortalStatus status = account.map(UserAccount::portalStatus).orElse(PortalStatus.NO_ACCESS);
        if ("invite".equals(wanted) && (status == PortalStatus.NO_ACCESS || status == PortalStatus.REVOKED)) {
            Set<Role> roles = EnumSet.noneOf(Role.class);
            if (company.customer()) {
                roles.add(Role.CUSTOMER);
            }
            if (company.supplier()) {
                roles.add(Role.SUPPLIER);
            }
            if (company.partner()) {
                roles.add(Role.PARTNER);
            }
            // a partner's customers get their areas from the partner, everybody else all areas
            Set<AreaPermission> areas = company.resellerId() == null ? EnumSet.allOf(AreaPermission.class) : Set.of();
            access.grant(actor, personId, roles, areas);
        } else if ("revoke".equals(wanted) && account.isPresent()
                && (status == PortalStatus.INVITED || status == PortalStatus.ACTIVE)) {
            access.revoke(actor, account.get().id());
        }
    }

    /** With the company's e-invoice settings, or for a person ({@code eInvoice} null). */
    private long save(PortalUser actor, ContactDraft draft, CompanyEInvoice eInvoice, String prefix) {
        try {
            return eInvoice == null ? contactService.save(actor, draft) : contactService.save(actor, draft, eInvoice);
        } catch (InvalidContactException invalid) {
            List<Problem> problems = new ArrayList<>();
            invalid.problems().forEach(problem -> problems.add(Problem.of(path(prefix, field(problem.field())),
                    problem.messageKey())));
            throw new InvalidInputException(problems);
        }
    }

    private static String path(String prefix, String field) {
        if (!field.isEmpty()) {
            return prefix + field;
        }
        return prefix.isEmpty() ? "body" : prefix.substring(0, prefix.length() - 1);
    }

    private static String field(InvalidContactException.Field field) {
        return switch (field) {
            case NAME -> "name";
            case EMAIL -> "email";
            case COMPANY -> "company";
            case PARTNER -> "reseller";
            case FLAGS -> "partner";
            case LANGUAGE -> "language";
            case COUNTRY -> "country";
            case BUYER_REFERENCE -> "buyer_reference";
            case FORM -> "";
        };
    }
}
