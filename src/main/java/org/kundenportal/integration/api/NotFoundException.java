package org.kundenportal.integration.api;

/** No resource with this external id (or none the client may see): answered 404. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String resource, String externalId) {
        super("No " + resource + " with the id '" + externalId + "'.");
    }

    /** A path or method the API does not offer. */
    NotFoundException(String request) {
        this("The API offers no " + request + ".", true);
    }

    private NotFoundException(String detail, boolean ignored) {
        super(detail);
    }

    /** Nothing there for a reason the detail (in English) explains, e.g. a file a resource of this kind never has. */
    public static NotFoundException because(String detail) {
        return new NotFoundException(detail, true);
    }
}
