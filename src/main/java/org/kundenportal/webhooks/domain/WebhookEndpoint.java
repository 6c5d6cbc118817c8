package org.kundenportal.webhooks.domain;

import java.time.Instant;
import java.util.Set;

/**
 * A receiver of webhooks, without its secret (shown once, at creation).
 *
 * @param eventTypes   the {@link org.kundenportal.base.events.EventType#wire()} names it subscribed to
 * @param failingSince the first failed attempt since the last success, null while it works
 * @param disabledAt   when it was disabled (by an admin, or after failing too long); null while enabled
 */
public record WebhookEndpoint(long id, String url, Set<String> eventTypes, String description, boolean enabled,
                              Instant failingSince, Instant disabledAt, Instant createdAt) {

    public WebhookEndpoint {
        eventTypes = Set.copyOf(eventTypes);
    }
}
