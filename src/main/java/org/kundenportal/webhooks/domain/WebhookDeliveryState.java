package org.kundenportal.webhooks.domain;

/** A delivery is PENDING until the endpoint took it (DELIVERED, a 2xx answer) or every attempt failed (FAILED). */
public enum WebhookDeliveryState {
    PENDING, DELIVERED, FAILED
}
