package org.kundenportal.contacts.domain;

/** A company to choose in a selection (the company of a person, the partner of a customer). */
public record ContactOption(long id, String name) {
}
