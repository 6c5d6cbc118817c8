package org.kundenportal.contacts.domain;

/** A company, or a person (optionally under a company). */
public enum ContactKind {
    COMPANY, PERSON
}
