package org.kundenportal.account.domain;

import java.time.Instant;

/**
 * What the account page shows: the user's login and contact data, the company it acts for, and an email
 * change waiting for confirmation. Internal users have no contact, so no phone, address or company.
 */
public record AccountDetails(long userId, String email, String name, String language, Long contactId, String phone,
                             String street, String zip, String city, String countryCode, Company company,
                             PendingEmailChange pendingEmailChange) {

    /**
     * The company on the user's documents. {@code ownContact} is true when the user's contact is the company
     * itself (its name is then the legal name).
     */
    public record Company(long id, String legalName, String vatId, boolean editable, boolean ownContact) {
    }

    public record PendingEmailChange(String newEmail, Instant expiresAt) {
    }

    public boolean hasContact() {
        return contactId != null;
    }
}
