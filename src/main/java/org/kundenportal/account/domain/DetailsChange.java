package org.kundenportal.account.domain;

/**
 * The edited account details. Contact fields are ignored for users without a contact, company fields for
 * users without a company (and refused while the company's documents lock them).
 */
public record DetailsChange(String name, String phone, String street, String zip, String city, String countryCode,
                            String language, String companyName, String companyVatId) {
}
