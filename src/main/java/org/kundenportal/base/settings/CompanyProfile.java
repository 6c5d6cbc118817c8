package org.kundenportal.base.settings;

/**
 * The selling company as customers see it: on every page, mail and document.
 *
 * @param creditorId the SEPA creditor identifier; empty while the company collects no direct debits
 */
public record CompanyProfile(String name, String street, String zip, String city, String country, String vatId,
                             String email, String phone, String bankName, String iban, String bic, String taxNumber,
                             String creditorId) {

    public String addressLine() {
        String place = String.join(" ", zip, city).strip();
        return street.isBlank() ? place : place.isBlank() ? street : street + ", " + place;
    }
}
