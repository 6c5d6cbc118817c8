package org.kundenportal.contacts.domain;

/**
 * A contact as the edit dialog reads and saves it; {@code id} is null for a new one. The customer, supplier
 * and partner flags and the partner (reseller) belong to companies and to persons without a company.
 */
public record ContactDraft(Long id, int version, ContactKind kind, Long companyId, String name, String email,
                           String phone, String mobile, String jobTitle, String street, String zip, String city,
                           String countryCode, String vatId, String language, boolean customer, boolean supplier,
                           boolean partner, Long partnerId) {

    public static ContactDraft newCompany() {
        return new ContactDraft(null, 0, ContactKind.COMPANY, null, "", null, null, null, null, null, null, null,
                "DE", null, "de", true, false, false, null);
    }

    public static ContactDraft newPerson(Long companyId) {
        return new ContactDraft(null, 0, ContactKind.PERSON, companyId, "", null, null, null, null, null, null, null,
                "DE", null, "de", companyId == null, false, false, null);
    }

    public static ContactDraft of(NewContact contact) {
        return new ContactDraft(null, 0, contact.kind(), contact.companyId(), contact.name(), contact.email(),
                contact.phone(), null, null, contact.street(), contact.zip(), contact.city(), contact.countryCode(),
                contact.vatId(), contact.language(), contact.customer(), contact.supplier(), contact.partner(),
                contact.partnerId());
    }

    public boolean isNew() {
        return id == null;
    }

    /** Whether the flags and the partner apply: companies, and persons that belong to no company. */
    public boolean carriesFlags() {
        return kind == ContactKind.COMPANY || companyId == null;
    }
}
