package org.kundenportal.base.events;

/** Published once a transaction that wrote outbox events has committed: the webhook worker has work. */
public record OutboxPublished() {
}
