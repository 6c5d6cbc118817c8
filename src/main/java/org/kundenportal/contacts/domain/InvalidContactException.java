package org.kundenportal.contacts.domain;

import java.util.List;

/** A contact was not saved; each problem names the field and the translation key of its message. */
public class InvalidContactException extends RuntimeException {

    /** The fields a problem can point at; {@link #FORM} is a problem of the whole contact. */
    public enum Field { NAME, EMAIL, COMPANY, PARTNER, FLAGS, LANGUAGE, COUNTRY, BUYER_REFERENCE, FORM }

    public record Problem(Field field, String messageKey) {
    }

    private final List<Problem> problems;

    public InvalidContactException(List<Problem> problems) {
        super("Contact not saved: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
