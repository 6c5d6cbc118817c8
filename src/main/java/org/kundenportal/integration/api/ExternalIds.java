package org.kundenportal.integration.api;

import org.kundenportal.base.validation.InvalidInputException;

/** The ids other systems give their resources: 1-100 printable characters, no slash, no spaces. */
public final class ExternalIds {

    public static final String PATTERN = "[A-Za-z0-9._:@-]{1,100}";

    private ExternalIds() {
    }

    public static String require(String externalId) {
        if (externalId == null || !externalId.matches(PATTERN)) {
            throw InvalidInputException.of("externalId", "api.error.external-id");
        }
        return externalId;
    }
}
