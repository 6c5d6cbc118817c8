package org.kundenportal.contacts.domain;

/** What creating a company or person needs. Flags apply to companies (or persons without a company). */
public record NewContact(ContactKind kind, Long companyId, String name, String email, String phone, String street,
                         String zip, String city, String countryCode, String vatId, String language,
                         boolean customer, boolean supplier, boolean partner, Long partnerId) {

    public static NewContact company(String name, String street, String zip, String city, String vatId) {
        return new NewContact(ContactKind.COMPANY, null, name, null, null, street, zip, city, "DE", vatId, "de",
                true, false, false, null);
    }

    public static NewContact person(long companyId, String name, String email, String phone, String language) {
        return new NewContact(ContactKind.PERSON, companyId, name, email, phone, null, null, null, null, null, language,
                false, false, false, null);
    }

    public NewContact asSupplier() {
        return new NewContact(kind, companyId, name, email, phone, street, zip, city, countryCode, vatId, language,
                false, true, false, partnerId);
    }

    public NewContact asPartner() {
        return new NewContact(kind, companyId, name, email, phone, street, zip, city, countryCode, vatId, language,
                customer, supplier, true, partnerId);
    }

    public NewContact soldBy(long partnerCompanyId) {
        return new NewContact(kind, companyId, name, email, phone, street, zip, city, countryCode, vatId, language,
                customer, supplier, partner, partnerCompanyId);
    }
}
