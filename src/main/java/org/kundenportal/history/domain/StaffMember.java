package org.kundenportal.history.domain;

/** An internal user who can be in charge of a document. */
public record StaffMember(long id, String name) {
}
