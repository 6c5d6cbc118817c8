package org.kundenportal.base.events;

import static org.kundenportal.db.Tables.WEBHOOK_EVENT;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The outbox of events for other systems. A domain service publishes an event in the transaction of the change it
 * reports, so the event exists exactly when the change does; the webhook worker delivers it later. Once the
 * transaction has committed, {@link OutboxPublished} wakes the worker.
 */
@Repository
public class Outbox {

    /** Longest subject; the column holds 100. */
    public static final int MAX_SUBJECT = 100;

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();
    private static final Object WAKE_REGISTERED = new Object();

    private final DSLContext db;
    private final ApplicationEventPublisher events;

    public Outbox(DSLContext db, ApplicationEventPublisher events) {
        this.db = db;
        this.events = events;
    }

    /**
     * Writes one event in the caller's transaction (or at once without one).
     *
     * @param type    an {@link EventType#wire()} name
     * @param subject the document the event is about, e.g. {@code quote:AN-2026-00012}; events of one subject reach
     *                an endpoint in the order they were published
     * @param data    the payload's {@code data}: strings, numbers, booleans, dates and instants (ISO-8601), nested
     *                maps and lists
     * @return the event's id
     * @throws IllegalArgumentException for an unknown type or a subject that is empty or too long
     */
    public long publish(String type, String subject, Map<String, ?> data) {
        EventType known = EventType.ofWire(type)
                .orElseThrow(() -> new IllegalArgumentException("Unknown event type " + type));
        return publish(known, subject, data);
    }

    /** As {@link #publish(String, String, Map)}, with the type as a constant. */
    public long publish(EventType type, String subject, Map<String, ?> data) {
        if (subject == null || subject.isBlank() || subject.length() > MAX_SUBJECT) {
            throw new IllegalArgumentException("An event needs a subject of at most " + MAX_SUBJECT + " characters");
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type.wire());
        body.put("timestamp", now.toString());
        body.put("data", data);
        long id = db.insertInto(WEBHOOK_EVENT)
                .set(WEBHOOK_EVENT.MESSAGE_ID, "msg_" + UUID.randomUUID().toString().replace("-", ""))
                .set(WEBHOOK_EVENT.EVENT_TYPE, type.wire())
                .set(WEBHOOK_EVENT.SUBJECT, subject)
                .set(WEBHOOK_EVENT.BODY, JSON.writeValueAsString(body))
                .set(WEBHOOK_EVENT.CREATED_AT, now)
                .returningResult(WEBHOOK_EVENT.ID)
                .fetchSingle(WEBHOOK_EVENT.ID);
        wakeAfterCommit();
        return id;
    }

    private void wakeAfterCommit() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            events.publishEvent(new OutboxPublished());
            return;
        }
        if (TransactionSynchronizationManager.hasResource(WAKE_REGISTERED)) {
            return;
        }
        TransactionSynchronizationManager.bindResource(WAKE_REGISTERED, Boolean.TRUE);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(WAKE_REGISTERED);
                if (status == STATUS_COMMITTED) {
                    events.publishEvent(new OutboxPublished());
                }
            }
        });
    }
}
