package org.kundenportal.integration.api;

import org.kundenportal.base.validation.InvalidInputException;

/** A request names another resource by an external id that does not exist: answered 422 naming the field. */
public final class UnknownReference {

    public static final String MESSAGE_KEY = "api.error.unknown-reference";

    private UnknownReference() {
    }

    public static InvalidInputException of(String field, String resource, String externalId) {
        return InvalidInputException.of(field, MESSAGE_KEY, resource, externalId);
    }
}
