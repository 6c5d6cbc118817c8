package org.kundenportal.webhooks.domain;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.kundenportal.base.audit.AuditAction;
import org.kundenportal.base.audit.AuditLog;
import org.kundenportal.base.events.EventType;
import org.kundenportal.base.events.OutboxPublished;
import org.kundenportal.base.validation.InvalidInputException;
import org.kundenportal.base.validation.InvalidInputException.Problem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The one way to change webhook endpoints and to send a delivery again, for the back office and the integration
 * API alike. Input is refused with {@link InvalidInputException} naming the fields {@code url}, {@code events},
 * {@code description} (and {@code id} for an unknown endpoint or delivery).
 */
@Service
public class WebhookEndpointService {

    public static final int MAX_DESCRIPTION = 500;

    private final WebhookRepository webhooks;
    private final WebhookTargets targets;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    public WebhookEndpointService(WebhookRepository webhooks, WebhookTargets targets, AuditLog audit,
                                  ApplicationEventPublisher events) {
        this.webhooks = webhooks;
        this.targets = targets;
        this.audit = audit;
        this.events = events;
    }

    /** Every event type an endpoint can subscribe to, by its wire name. */
    public static List<String> eventTypes() {
        return Arrays.stream(EventType.values()).map(EventType::wire).toList();
    }

    /**
     * Creates an enabled endpoint with a new secret.
     *
     * @param url        https, with a host that resolves to public addresses only (unless private targets are allowed)
     * @param eventTypes at least one, each an {@link EventType#wire()} name
     * @throws InvalidInputException naming each refused field
     */
    @Transactional
    public CreatedEndpoint create(String url, Set<String> eventTypes, String description) {
        List<Problem> problems = new ArrayList<>();
        targets.problem(url).ifPresent(key -> problems.add(Problem.of("url", key)));
        Set<String> types = eventTypes == null ? Set.of() : new TreeSet<>(eventTypes);
        if (types.isEmpty()) {
            problems.add(Problem.of("events", "webhooks.error.events-required"));
        }
        types.stream().filter(type -> EventType.ofWire(type).isEmpty()).findFirst()
                .ifPresent(unknown -> problems.add(Problem.of("events", "webhooks.error.event-unknown", unknown)));
        String text = description == null || description.isBlank() ? null : description.strip();
        if (text != null && text.length() > MAX_DESCRIPTION) {
            problems.add(Problem.of("description", "webhooks.error.description-too-long", MAX_DESCRIPTION));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String secret = WebhookSignature.newSecret();
        String cleanUrl = url.strip();
        long id = webhooks.insertEndpoint(cleanUrl, secret, types, text, now());
        audit.record(AuditAction.WEBHOOK_CREATED, "webhook_endpoint", id, cleanUrl + " " + types);
        return new CreatedEndpoint(webhooks.endpoint(id).orElseThrow(), secret);
    }

    public List<WebhookEndpoint> list() {
        return webhooks.endpoints();
    }

    public Optional<WebhookEndpoint> find(long id) {
        return webhooks.endpoint(id);
    }

    /** Deletes the endpoint with its deliveries; false when it did not exist (any more). */
    @Transactional
    public boolean delete(long id) {
        Optional<WebhookEndpoint> endpoint = webhooks.endpoint(id);
        if (endpoint.isEmpty() || !webhooks.deleteEndpoint(id)) {
            return false;
        }
        audit.record(AuditAction.WEBHOOK_DELETED, "webhook_endpoint", id, endpoint.get().url());
        return true;
    }

    /**
     * Switches the endpoint on or off. Off, nothing is sent to it and new events are not queued for it; on again,
     * its pending deliveries go out at once.
     *
     * @return whether it changed
     * @throws InvalidInputException for an unknown endpoint
     */
    @Transactional
    public boolean setEnabled(long id, boolean enabled) {
        if (webhooks.endpoint(id).isEmpty()) {
            throw InvalidInputException.of("id", "webhooks.error.endpoint-missing");
        }
        boolean changed = webhooks.setEnabled(id, enabled, now());
        if (changed) {
            audit.record(enabled ? AuditAction.WEBHOOK_ENABLED : AuditAction.WEBHOOK_DISABLED, "webhook_endpoint", id, null);
            wakeWorkerAfterCommit();
        }
        return changed;
    }

    /**
     * Queues a delivery again, whatever its state, as a new series of attempts (at once, or when its endpoint is
     * enabled again).
     *
     * @throws InvalidInputException for an unknown delivery
     */
    @Transactional
    public void sendAgain(long deliveryId) {
        if (!webhooks.sendAgain(deliveryId, now())) {
            throw InvalidInputException.of("id", "webhooks.error.delivery-missing");
        }
        wakeWorkerAfterCommit();
    }

    /** A page of the delivery log, newest first. */
    public List<DeliveryRow> deliveries(WebhookDeliveryState state, Long endpointId, int offset, int limit) {
        return webhooks.deliveries(state, endpointId, offset, limit);
    }

    public int countDeliveries(WebhookDeliveryState state, Long endpointId) {
        return webhooks.countDeliveries(state, endpointId);
    }

    public Optional<DeliveryRow> delivery(long id) {
        return webhooks.delivery(id);
    }

    private void wakeWorkerAfterCommit() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            events.publishEvent(new OutboxPublished());
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                events.publishEvent(new OutboxPublished());
            }
        });
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
