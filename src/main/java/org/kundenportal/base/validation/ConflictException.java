package org.kundenportal.base.validation;

import java.util.List;

/**
 * A change the document's current state no longer allows (a quote the customer has answered, a posted invoice);
 * nothing was changed. The integration API answers 409 with the message in English.
 */
public class ConflictException extends RuntimeException {

    private final String messageKey;
    private final transient List<Object> arguments;

    public ConflictException(String messageKey, Object... arguments) {
        super("Conflict: " + messageKey + " " + List.of(arguments));
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    public List<Object> arguments() {
        return arguments;
    }
}
