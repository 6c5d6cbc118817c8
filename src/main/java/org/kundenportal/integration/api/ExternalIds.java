package org.kundenportal.integration.api;

import org.kundenportal.base.validation.InvalidInputException;

/** The ids other systems give their resources: 1-100 printable characters, no slash, no spaces. */
public final class ExternalIds {

    public static final String PATTERN = "[A-Za-z0-9._:@-]{1,100}";
    private static final java.util.regex.Pattern VALID = java.util.regex.Pattern.compile(PATTERN);

    private ExternalIds() {
    }

    public static boolean valid(String externalId) {
        return externalId != null && VALID.matcher(externalId).matches();
    }

    public static String require(String externalId) {
        if (!valid(externalId)) {
            throw InvalidInputException.of("externalId", "api.error.external-id");
        }
        return externalId;
    }
}
