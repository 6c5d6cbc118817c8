package org.kundenportal.webhooks.domain;

import static org.kundenportal.db.Tables.WEBHOOK_DELIVERY;
import static org.kundenportal.db.Tables.WEBHOOK_ENDPOINT;
import static org.kundenportal.db.Tables.WEBHOOK_ENDPOINT_EVENT;
import static org.kundenportal.db.Tables.WEBHOOK_EVENT;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SelectOnConditionStep;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** Endpoints and the delivery log as the back office (and later the API) read and change them. */
@Repository
public class WebhookRepository {

    private final DSLContext db;

    public WebhookRepository(DSLContext db) {
        this.db = db;
    }

    long insertEndpoint(String url, String secret, Set<String> eventTypes, String description, Instant now) {
        long id = db.insertInto(WEBHOOK_ENDPOINT)
                .set(WEBHOOK_ENDPOINT.URL, url)
                .set(WEBHOOK_ENDPOINT.SECRET, secret)
                .set(WEBHOOK_ENDPOINT.DESCRIPTION, description)
                .set(WEBHOOK_ENDPOINT.ENABLED, true)
                .set(WEBHOOK_ENDPOINT.CREATED_AT, now)
                .returningResult(WEBHOOK_ENDPOINT.ID)
                .fetchSingle(WEBHOOK_ENDPOINT.ID);
        var insert = db.insertInto(WEBHOOK_ENDPOINT_EVENT, WEBHOOK_ENDPOINT_EVENT.EVENT_TYPE, WEBHOOK_ENDPOINT_EVENT.ENDPOINT_ID);
        for (String type : eventTypes) {
            insert = insert.values(type, id);
        }
        insert.execute();
        return id;
    }

    public List<WebhookEndpoint> endpoints() {
        return endpoints(DSL.noCondition());
    }

    public Optional<WebhookEndpoint> endpoint(long id) {
        return endpoints(WEBHOOK_ENDPOINT.ID.eq(id)).stream().findFirst();
    }

    /** Two statements: jOOQ's MULTISET emulation on MariaDB needs several statements in one call. */
    private List<WebhookEndpoint> endpoints(Condition condition) {
        Map<Long, Set<String>> types = new HashMap<>();
        db.select(WEBHOOK_ENDPOINT_EVENT.ENDPOINT_ID, WEBHOOK_ENDPOINT_EVENT.EVENT_TYPE)
                .from(WEBHOOK_ENDPOINT_EVENT)
                .join(WEBHOOK_ENDPOINT).on(WEBHOOK_ENDPOINT.ID.eq(WEBHOOK_ENDPOINT_EVENT.ENDPOINT_ID))
                .where(condition)
                .forEach(row -> types.computeIfAbsent(row.value1(), id -> new HashSet<>()).add(row.value2()));
        return db.select(WEBHOOK_ENDPOINT.ID, WEBHOOK_ENDPOINT.URL, WEBHOOK_ENDPOINT.DESCRIPTION,
                        WEBHOOK_ENDPOINT.ENABLED, WEBHOOK_ENDPOINT.FAILING_SINCE, WEBHOOK_ENDPOINT.DISABLED_AT,
                        WEBHOOK_ENDPOINT.CREATED_AT)
                .from(WEBHOOK_ENDPOINT)
                .where(condition)
                .orderBy(WEBHOOK_ENDPOINT.ID)
                .fetch(row -> new WebhookEndpoint(row.value1(), row.value2(), types.getOrDefault(row.value1(), Set.of()),
                        row.value3(), row.value4(), row.value5(), row.value6(), row.value7()));
    }

    boolean deleteEndpoint(long id) {
        return db.deleteFrom(WEBHOOK_ENDPOINT).where(WEBHOOK_ENDPOINT.ID.eq(id)).execute() == 1;
    }

    /**
     * Enables or disables the endpoint. Its pending deliveries rest while it is disabled (no next attempt) and are
     * due at once when it is enabled again.
     *
     * @return whether the state changed
     */
    boolean setEnabled(long id, boolean enabled, Instant now) {
        boolean changed = db.update(WEBHOOK_ENDPOINT)
                .set(WEBHOOK_ENDPOINT.ENABLED, enabled)
                .set(WEBHOOK_ENDPOINT.DISABLED_AT, enabled ? null : now)
                .set(WEBHOOK_ENDPOINT.FAILING_SINCE, (Instant) null)
                .where(WEBHOOK_ENDPOINT.ID.eq(id), WEBHOOK_ENDPOINT.ENABLED.eq(!enabled))
                .execute() == 1;
        if (changed) {
            db.update(WEBHOOK_DELIVERY)
                    .set(WEBHOOK_DELIVERY.NEXT_ATTEMPT_AT, enabled ? now : null)
                    .where(WEBHOOK_DELIVERY.ENDPOINT_ID.eq(id), WEBHOOK_DELIVERY.STATE.eq(WebhookDeliveryState.PENDING))
                    .execute();
        }
        return changed;
    }

    /** Queues the delivery again as a fresh series of attempts; false when there is no such delivery. */
    boolean sendAgain(long deliveryId, Instant now) {
        return db.update(WEBHOOK_DELIVERY)
                .set(WEBHOOK_DELIVERY.STATE, WebhookDeliveryState.PENDING)
                .set(WEBHOOK_DELIVERY.ATTEMPTS, 0)
                .set(WEBHOOK_DELIVERY.DELIVERED_AT, (Instant) null)
                .set(WEBHOOK_DELIVERY.NEXT_ATTEMPT_AT, DSL.when(DSL.field(DSL.select(WEBHOOK_ENDPOINT.ENABLED)
                        .from(WEBHOOK_ENDPOINT).where(WEBHOOK_ENDPOINT.ID.eq(WEBHOOK_DELIVERY.ENDPOINT_ID))).isTrue(),
                        DSL.val(now, WEBHOOK_DELIVERY.NEXT_ATTEMPT_AT)))
                .where(WEBHOOK_DELIVERY.ID.eq(deliveryId))
                .execute() == 1;
    }

    /** A page of the delivery log, newest first, of one state or all. */
    public List<DeliveryRow> deliveries(WebhookDeliveryState state, Long endpointId, int offset, int limit) {
        return log()
                .where(logCondition(state, endpointId))
                .orderBy(WEBHOOK_DELIVERY.ID.desc())
                .offset(offset)
                .limit(limit)
                .fetch(WebhookRepository::toRow);
    }

    public int countDeliveries(WebhookDeliveryState state, Long endpointId) {
        return db.fetchCount(WEBHOOK_DELIVERY, logCondition(state, endpointId));
    }

    public Optional<DeliveryRow> delivery(long id) {
        return log()
                .where(WEBHOOK_DELIVERY.ID.eq(id))
                .fetchOptional(WebhookRepository::toRow);
    }

    private SelectOnConditionStep<?> log() {
        return db.select(WEBHOOK_DELIVERY.ID, WEBHOOK_DELIVERY.CREATED_AT, WEBHOOK_DELIVERY.EVENT_ID,
                        WEBHOOK_EVENT.EVENT_TYPE, WEBHOOK_DELIVERY.SUBJECT, WEBHOOK_DELIVERY.ENDPOINT_ID,
                        WEBHOOK_ENDPOINT.URL, WEBHOOK_DELIVERY.STATE, WEBHOOK_DELIVERY.ATTEMPTS,
                        WEBHOOK_DELIVERY.LAST_RESPONSE_CODE, WEBHOOK_DELIVERY.LAST_ERROR,
                        WEBHOOK_DELIVERY.LAST_ATTEMPT_AT, WEBHOOK_DELIVERY.NEXT_ATTEMPT_AT,
                        WEBHOOK_DELIVERY.DELIVERED_AT)
                .from(WEBHOOK_DELIVERY)
                .join(WEBHOOK_EVENT).on(WEBHOOK_EVENT.ID.eq(WEBHOOK_DELIVERY.EVENT_ID))
                .join(WEBHOOK_ENDPOINT).on(WEBHOOK_ENDPOINT.ID.eq(WEBHOOK_DELIVERY.ENDPOINT_ID));
    }

    private static Condition logCondition(WebhookDeliveryState state, Long endpointId) {
        return (state == null ? DSL.noCondition() : WEBHOOK_DELIVERY.STATE.eq(state))
                .and(endpointId == null ? DSL.noCondition() : WEBHOOK_DELIVERY.ENDPOINT_ID.eq(endpointId));
    }

    private static DeliveryRow toRow(Record row) {
        return new DeliveryRow(row.get(WEBHOOK_DELIVERY.ID), row.get(WEBHOOK_DELIVERY.CREATED_AT),
                row.get(WEBHOOK_DELIVERY.EVENT_ID), row.get(WEBHOOK_EVENT.EVENT_TYPE), row.get(WEBHOOK_DELIVERY.SUBJECT),
                row.get(WEBHOOK_DELIVERY.ENDPOINT_ID), row.get(WEBHOOK_ENDPOINT.URL),
                row.get(WEBHOOK_DELIVERY.STATE), row.get(WEBHOOK_DELIVERY.ATTEMPTS),
                row.get(WEBHOOK_DELIVERY.LAST_RESPONSE_CODE), row.get(WEBHOOK_DELIVERY.LAST_ERROR),
                row.get(WEBHOOK_DELIVERY.LAST_ATTEMPT_AT), row.get(WEBHOOK_DELIVERY.NEXT_ATTEMPT_AT),
                row.get(WEBHOOK_DELIVERY.DELIVERED_AT));
    }
}
