package org.kundenportal.contacts.domain;

/** An extra address of a contact (invoice, delivery or other). */
public record ContactAddress(long id, String type, String name, String street, String zip, String city,
                             String countryCode) {
}
