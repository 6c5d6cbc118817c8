package org.kundenportal.contacts.domain;

/** The contact list's filter: a kind (null for both) and free text matched against name, email, city and VAT id. */
public record ContactFilter(ContactKind kind, String text) {

    public static ContactFilter all() {
        return new ContactFilter(null, null);
    }
}
