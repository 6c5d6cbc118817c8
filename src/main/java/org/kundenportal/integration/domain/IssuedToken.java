package org.kundenportal.integration.domain;

/** A client with its new token, which is shown this once and never again. */
public record IssuedToken(ApiClient client, String token) {
}
