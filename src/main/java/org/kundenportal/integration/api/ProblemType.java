package org.kundenportal.integration.api;

/** The problems the API answers with; their URIs are stable and listed in the OpenAPI document. */
public enum ProblemType {
    UNAUTHORIZED("unauthorized", "Missing, unknown or revoked API token", 401),
    FORBIDDEN("forbidden", "The API client lacks the scope this operation needs", 403),
    NOT_FOUND("not-found", "No such resource", 404),
    METHOD_NOT_ALLOWED("method-not-allowed", "Method not allowed", 405),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", "Send application/json", 415),
    MALFORMED("malformed-request", "The request body is not valid JSON of the expected shape", 400),
    VALIDATION("validation", "The request has invalid fields", 422),
    UNKNOWN_REFERENCE("unknown-reference", "The request refers to something that does not exist", 422),
    CONFLICT("conflict", "The request conflicts with the resource's current state", 409),
    RATE_LIMITED("rate-limited", "Too many requests", 429),
    UNAVAILABLE("unavailable", "The database is not reachable for a moment (a failover); retry shortly", 503),
    INTERNAL("internal-error", "Internal error", 500);

    private final String slug;
    private final String title;
    private final int status;

    ProblemType(String slug, String title, int status) {
        this.slug = slug;
        this.title = title;
        this.status = status;
    }

    public String uri() {
        return "/api/v1/problems/" + slug;
    }

    public String title() {
        return title;
    }

    public int status() {
        return status;
    }
}
