package org.kundenportal.integration.api;

/** No resource with this external id (or none the client may see): answered 404. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String resource, String externalId) {
        super("No " + resource + " with the id '" + externalId + "'.");
    }

    /** A path or method the API does not offer. */
    NotFoundException(String request) {
        super("The API offers no " + request + ".");
    }
}
