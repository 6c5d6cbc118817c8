package org.kundenportal.purchasing.domain;

/** Who gets a purchase order's mail, and in which language. */
public record MailRecipient(String name, String email, String language) {
}
