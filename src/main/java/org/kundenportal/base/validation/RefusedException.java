package org.kundenportal.base.validation;

import java.util.Arrays;

/** A request that the rules refuse; nothing was changed. The message key and arguments are for the user. */
public class RefusedException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public RefusedException(String messageKey, Object... arguments) {
        super("Refused: " + messageKey + " " + Arrays.toString(arguments));
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
