package org.kundenportal.webhooks.domain;

/** A new endpoint with its signing secret, which is shown this once. */
public record CreatedEndpoint(WebhookEndpoint endpoint, String secret) {

    public long id() {
        return endpoint.id();
    }
}
