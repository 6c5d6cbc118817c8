package org.kundenportal.contacts.domain;

import org.kundenportal.users.domain.UserAccount.PortalStatus;

/** One line of the contact list: a company, or a person with the company it belongs to. */
public record ContactRow(long id, ContactKind kind, String name, Long companyId, String companyName, String email,
                         String jobTitle, String city, String vatId, boolean customer, boolean supplier,
                         boolean partner, PortalStatus portalStatus) {
}
