package org.kundenportal.webhooks.domain;

import java.time.Instant;

/** One line of the delivery log: an event for an endpoint and how its sending went. */
public record DeliveryRow(long id, Instant createdAt, long eventId, String eventType, String subject, long endpointId,
                          String endpointUrl, WebhookDeliveryState state, int attempts, Integer lastResponseCode,
                          String lastError, Instant lastAttemptAt, Instant nextAttemptAt, Instant deliveredAt) {
}
