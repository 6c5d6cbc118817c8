package org.kundenportal.webhooks.domain;

import static org.kundenportal.db.Tables.WEBHOOK_DELIVERY;
import static org.kundenportal.db.Tables.WEBHOOK_ENDPOINT;
import static org.kundenportal.db.Tables.WEBHOOK_ENDPOINT_EVENT;
import static org.kundenportal.db.Tables.WEBHOOK_EVENT;
import static org.kundenportal.db.Tables.WEBHOOK_WORKER_LOCK;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jooq.CaseValueStep;
import org.jooq.CaseWhenStep;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.Record2;
import org.jooq.Select;
import org.jooq.SelectForUpdateWaitStep;
import org.jooq.impl.DSL;
import org.kundenportal.db.tables.WebhookDelivery;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The worker's SQL, a few statements per batch rather than per delivery:
 * <ol>
 *   <li>fan-out: new outbox events become one PENDING delivery per enabled endpoint subscribed to their type, in
 *   event order; one node at a time (the {@code fan-out} lock row), so delivery ids follow the events' order. A
 *   delivery behind an earlier PENDING one of the same endpoint and subject is parked right away;</li>
 *   <li>claim: due deliveries are locked with {@code FOR UPDATE SKIP LOCKED} (so two nodes never take the same one)
 *   and leased to this node by moving their next attempt past the lease. A delivery with an earlier PENDING
 *   delivery of the same endpoint and subject is not taken but parked: put back until that one's next attempt, at
 *   least for a lease;</li>
 *   <li>record: the outcomes of the sends. A delivery that ends (DELIVERED, or FAILED after the last attempt)
 *   makes the next one of its endpoint and subject due at once, after any fan-out under way has committed.</li>
 * </ol>
 * Parked deliveries are woken by the end of the one before them, not by time: they stay out of the claim, which
 * would otherwise take them again and again ahead of the deliveries that can be sent. The lease is only the safety
 * net should a wake-up go astray; the order itself is always checked by the claim.
 */
@Repository
class WebhookQueue {

    private static final WebhookDeliveryState PENDING = WebhookDeliveryState.PENDING;

    /** A delivery this node took, with all it needs to send it. */
    record Claimed(long deliveryId, int attempts, long endpointId, String subject, String url, String secret,
                   Instant failingSince, String messageId, String body) {
    }

    /** How one attempt went. */
    record Outcome(Claimed delivery, Instant at, boolean success, Integer responseCode, String error) {
    }

    /** An endpoint this batch disabled after failing too long. */
    record Disabled(long endpointId, String url, Instant failingSince, String lastError) {
    }

    /** What a claim did: the deliveries to send now, and how many it parked behind an earlier one. */
    record Claim(List<Claimed> sendable, int parked) {

        static final Claim NONE = new Claim(List.of(), 0);
    }

    private final DSLContext db;
    /**
     * READ COMMITTED: the claim must see what other nodes committed after its locks were taken, and without gap
     * locks the worker's statements collide less with each other and with the back office.
     */
    private final TransactionTemplate tx;

    WebhookQueue(DSLContext db, PlatformTransactionManager transactions) {
        this.db = db;
        this.tx = new TransactionTemplate(transactions);
        tx.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
    }

    /** @return how many events were fanned out (0 also when another node is fanning out) */
    int fanOut(int limit, Instant now, Duration lease) {
        Integer count = tx.execute(status -> {
            boolean mine = fanOutLock().skipLocked().fetchOptional().isPresent();
            if (!mine) {
                return 0;
            }
            List<Long> events = db.select(WEBHOOK_EVENT.ID).from(WEBHOOK_EVENT)
                    .where(WEBHOOK_EVENT.FANNED_OUT.isFalse())
                    .orderBy(WEBHOOK_EVENT.ID)
                    .limit(limit)
                    .fetch(WEBHOOK_EVENT.ID);
            if (events.isEmpty()) {
                return 0;
            }
            db.insertInto(WEBHOOK_DELIVERY, WEBHOOK_DELIVERY.EVENT_ID, WEBHOOK_DELIVERY.ENDPOINT_ID,
                            WEBHOOK_DELIVERY.SUBJECT, WEBHOOK_DELIVERY.STATE, WEBHOOK_DELIVERY.NEXT_ATTEMPT_AT,
                            WEBHOOK_DELIVERY.CREATED_AT)
                    .select(DSL.select(WEBHOOK_EVENT.ID, WEBHOOK_ENDPOINT.ID, WEBHOOK_EVENT.SUBJECT, DSL.val(PENDING),
                                    DSL.val(now, WEBHOOK_DELIVERY.NEXT_ATTEMPT_AT), DSL.val(now, WEBHOOK_DELIVERY.CREATED_AT))
                            .from(WEBHOOK_EVENT)
                            .join(WEBHOOK_ENDPOINT_EVENT).on(WEBHOOK_ENDPOINT_EVENT.EVENT_TYPE.eq(WEBHOOK_EVENT.EVENT_TYPE))
                            .join(WEBHOOK_ENDPOINT).on(WEBHOOK_ENDPOINT.ID.eq(WEBHOOK_ENDPOINT_EVENT.ENDPOINT_ID))
                            .where(WEBHOOK_EVENT.ID.in(events), WEBHOOK_ENDPOINT.ENABLED.isTrue())
                            .orderBy(WEBHOOK_EVENT.ID, WEBHOOK_ENDPOINT.ID))
                    .execute();
            parkFollowers(events, now.plus(lease));
            db.update(WEBHOOK_EVENT).set(WEBHOOK_EVENT.FANNED_OUT, true).where(WEBHOOK_EVENT.ID.in(events)).execute();
            return events.size();
        });
        return count == null ? 0 : count;
    }

    /**
     * Parks the new deliveries that follow an earlier PENDING one of their endpoint and subject, of this batch or of
     * one before: the end of that one wakes them. Parked here rather than by the claim, which would have to take
     * every one of a burst before it reached those it can send. A node recording an end takes the fan-out lock before
     * it looks for the next delivery (see {@link #wakeNext}), so it sees the ones this batch parks.
     * The rows are grouped here, not by a self-join of the whole table: its plan changed as the table grew, and one
     * fan-out of 1,000 events then took seconds instead of milliseconds.
     */
    private void parkFollowers(List<Long> events, Instant until) {
        WebhookDelivery d = WEBHOOK_DELIVERY;
        Map<String, Long> firstOfSubject = new HashMap<>();
        List<Long> followers = new ArrayList<>();
        List<Long> firsts = new ArrayList<>();
        db.select(d.ID, d.ENDPOINT_ID, d.SUBJECT)
                .from(d)
                .where(d.EVENT_ID.in(events))
                .orderBy(d.ID)
                .forEach(row -> {
                    if (firstOfSubject.putIfAbsent(row.value2() + " " + row.value3(), row.value1()) == null) {
                        firsts.add(row.value1());
                    } else {
                        followers.add(row.value1());
                    }
                });
        if (!firsts.isEmpty()) {
            // the oldest PENDING delivery of each endpoint and subject: older than the batch's first, it is in front
            WebhookDelivery earlier = WEBHOOK_DELIVERY.as("earlier");
            followers.addAll(db.select(d.ID)
                    .from(d)
                    .where(d.ID.in(firsts), DSL.exists(DSL.selectOne().from(earlier)
                            .where(earlier.ENDPOINT_ID.eq(d.ENDPOINT_ID), earlier.SUBJECT.eq(d.SUBJECT),
                                    earlier.STATE.eq(PENDING), earlier.ID.lt(d.ID))))
                    .fetch(d.ID));
        }
        if (!followers.isEmpty()) {
            db.update(d).set(d.NEXT_ATTEMPT_AT, until).where(d.ID.in(followers)).execute();
        }
    }

    /** The row whose lock makes one node at a time fan out (and makes recording an end wait for it). */
    private SelectForUpdateWaitStep<Record1<String>> fanOutLock() {
        return db.select(WEBHOOK_WORKER_LOCK.NAME).from(WEBHOOK_WORKER_LOCK)
                .where(WEBHOOK_WORKER_LOCK.NAME.eq("fan-out"))
                .forUpdate();
    }

    /** Takes up to {@code limit} due deliveries for this node, at most one per endpoint and subject. */
    Claim claim(int limit, Instant now, Duration lease) {
        Claim claimed = tx.execute(status -> {
            WebhookDelivery d = WEBHOOK_DELIVERY;
            List<Long> due = db.select(d.ID).from(d)
                    .where(d.STATE.eq(PENDING), d.NEXT_ATTEMPT_AT.le(now))
                    .orderBy(d.NEXT_ATTEMPT_AT)
                    .limit(limit)
                    .forUpdate().skipLocked()
                    .fetch(d.ID);
            if (due.isEmpty()) {
                return Claim.NONE;
            }
            // a plain read of what is committed: an earlier delivery taken by another node is PENDING all the same
            WebhookDelivery earlier = WEBHOOK_DELIVERY.as("earlier");
            Map<Long, Instant> behind = new HashMap<>();
            db.select(d.ID, DSL.max(earlier.NEXT_ATTEMPT_AT))
                    .from(d)
                    .join(earlier).on(earlier.ENDPOINT_ID.eq(d.ENDPOINT_ID), earlier.SUBJECT.eq(d.SUBJECT),
                            earlier.STATE.eq(PENDING), earlier.ID.lt(d.ID))
                    .where(d.ID.in(due))
                    .groupBy(d.ID)
                    .forEach(row -> behind.put(row.value1(), row.value2()));
            // parked until the earlier one ends (which wakes them), at the latest when that one's next attempt or,
            // should the wake-up go astray, a lease has passed
            Instant leaseEnd = now.plus(lease);
            Map<Instant, List<Long>> parkUntil = new HashMap<>();
            behind.forEach((id, earliest) -> parkUntil.computeIfAbsent(
                    earliest == null || earliest.isBefore(leaseEnd) ? leaseEnd : earliest, until -> new ArrayList<>())
                    .add(id));
            parkUntil.forEach((until, ids) -> db.update(d).set(d.NEXT_ATTEMPT_AT, until).where(d.ID.in(ids)).execute());
            List<Long> free = due.stream().filter(id -> !behind.containsKey(id)).toList();
            if (free.isEmpty()) {
                return new Claim(List.of(), behind.size());
            }
            db.update(d).set(d.NEXT_ATTEMPT_AT, now.plus(lease)).where(d.ID.in(free)).execute();
            List<Long> endpointOff = new ArrayList<>();
            List<Claimed> sendable = new ArrayList<>();
            db.select(d.ID, d.ATTEMPTS, d.ENDPOINT_ID, d.SUBJECT, WEBHOOK_ENDPOINT.URL, WEBHOOK_ENDPOINT.SECRET,
                            WEBHOOK_ENDPOINT.ENABLED, WEBHOOK_ENDPOINT.FAILING_SINCE, WEBHOOK_EVENT.MESSAGE_ID,
                            WEBHOOK_EVENT.BODY)
                    .from(d)
                    .join(WEBHOOK_ENDPOINT).on(WEBHOOK_ENDPOINT.ID.eq(d.ENDPOINT_ID))
                    .join(WEBHOOK_EVENT).on(WEBHOOK_EVENT.ID.eq(d.EVENT_ID))
                    .where(d.ID.in(free))
                    .orderBy(d.ID)
                    .forEach(row -> {
                        if (Boolean.TRUE.equals(row.value7())) {
                            sendable.add(new Claimed(row.value1(), row.value2(), row.value3(), row.value4(),
                                    row.value5(), row.value6(), row.value8(), row.value9(), row.value10()));
                        } else {
                            endpointOff.add(row.value1());
                        }
                    });
            if (!endpointOff.isEmpty()) {
                // disabled meanwhile: they rest until the endpoint is enabled again
                db.update(d).set(d.NEXT_ATTEMPT_AT, (Instant) null).where(d.ID.in(endpointOff)).execute();
            }
            return new Claim(sendable, behind.size());
        });
        return claimed == null ? Claim.NONE : claimed;
    }

    /**
     * Writes the outcomes; returns the endpoints that were disabled now, for the admins' mail. A few statements
     * whatever the batch's size: the outcomes in one UPDATE, the next delivery of each one that ended found in one
     * SELECT and made due in one UPDATE.
     */
    List<Disabled> record(List<Outcome> outcomes, WebhookProperties properties) {
        List<Disabled> disabled = tx.execute(status -> {
            WebhookDelivery d = WEBHOOK_DELIVERY;
            Map<Long, Integer> attempts = new HashMap<>();
            Map<Long, WebhookDeliveryState> states = new HashMap<>();
            Map<Long, Instant> attemptedAt = new HashMap<>();
            Map<Long, Integer> responseCodes = new HashMap<>();
            Map<Long, String> errors = new HashMap<>();
            Map<Long, Instant> deliveredAt = new HashMap<>();
            Map<Long, Instant> nextAttemptAt = new HashMap<>();
            List<Outcome> ended = new ArrayList<>();
            for (Outcome outcome : outcomes) {
                Claimed delivery = outcome.delivery();
                long id = delivery.deliveryId();
                int attempt = delivery.attempts() + 1;
                boolean last = !outcome.success() && attempt >= properties.maxAttempts();
                WebhookDeliveryState state = outcome.success() ? WebhookDeliveryState.DELIVERED
                        : last ? WebhookDeliveryState.FAILED : WebhookDeliveryState.PENDING;
                attempts.put(id, delivery.attempts());
                states.put(id, state);
                attemptedAt.put(id, outcome.at());
                responseCodes.put(id, outcome.responseCode());
                errors.put(id, truncate(outcome.error()));
                deliveredAt.put(id, outcome.success() ? outcome.at() : null);
                nextAttemptAt.put(id, state == WebhookDeliveryState.PENDING
                        ? outcome.at().plus(properties.delayAfter(attempt)) : null);
                if (state != WebhookDeliveryState.PENDING) {
                    ended.add(outcome);
                }
            }
            // only an attempt this node still holds: one sent again meanwhile by another node has moved on
            db.update(d)
                    .set(d.STATE, byDelivery(states, d.STATE))
                    .set(d.ATTEMPTS, d.ATTEMPTS.plus(1))
                    .set(d.LAST_ATTEMPT_AT, byDelivery(attemptedAt, d.LAST_ATTEMPT_AT))
                    .set(d.LAST_RESPONSE_CODE, byDelivery(responseCodes, d.LAST_RESPONSE_CODE))
                    .set(d.LAST_ERROR, byDelivery(errors, d.LAST_ERROR))
                    .set(d.DELIVERED_AT, byDelivery(deliveredAt, d.DELIVERED_AT))
                    .set(d.NEXT_ATTEMPT_AT, byDelivery(nextAttemptAt, d.NEXT_ATTEMPT_AT))
                    .where(d.ID.in(attempts.keySet()), d.STATE.eq(PENDING), d.ATTEMPTS.eq(byDelivery(attempts, d.ATTEMPTS)))
                    .execute();
            wakeNext(ended);
            return recordEndpoints(outcomes, properties.disableAfter());
        });
        return disabled == null ? List.of() : disabled;
    }

    /**
     * The next PENDING delivery of each ended one's endpoint and subject becomes due at once. It waits for a fan-out
     * under way on another node first: that one may be parking a delivery behind one of these.
     */
    private void wakeNext(List<Outcome> ended) {
        if (ended.isEmpty()) {
            return;
        }
        fanOutLock().fetch();
        WebhookDelivery d = WEBHOOK_DELIVERY;
        List<Select<Record2<Long, Long>>> nextOnes = ended.stream()
                .map(outcome -> (Select<Record2<Long, Long>>) db
                        .select(d.ID, DSL.val(outcome.delivery().deliveryId()))
                        .from(d)
                        .where(d.ENDPOINT_ID.eq(outcome.delivery().endpointId()),
                                d.SUBJECT.eq(outcome.delivery().subject()), d.STATE.eq(PENDING),
                                d.ID.gt(outcome.delivery().deliveryId()), d.NEXT_ATTEMPT_AT.isNotNull())
                        .orderBy(d.ID)
                        .limit(1))
                .toList();
        Map<Long, Instant> endedAt = ended.stream()
                .collect(Collectors.toMap(outcome -> outcome.delivery().deliveryId(), Outcome::at, (a, b) -> a));
        Map<Long, Instant> wake = new HashMap<>();
        nextOnes.stream().reduce(Select::unionAll).orElseThrow()
                .forEach(row -> wake.merge(row.value1(), endedAt.get(row.value2()), (a, b) -> a.isBefore(b) ? a : b));
        if (!wake.isEmpty()) {
            // the locking UPDATE waits for a claim that holds the row and sees what that claim committed
            db.update(d)
                    .set(d.NEXT_ATTEMPT_AT, byDelivery(wake, d.NEXT_ATTEMPT_AT))
                    .where(d.ID.in(wake.keySet()), d.STATE.eq(PENDING), d.NEXT_ATTEMPT_AT.isNotNull())
                    .execute();
        }
    }

    /** {@code CASE id WHEN ... THEN ... END}: one value per delivery, for one statement over many deliveries. */
    private static <T> Field<T> byDelivery(Map<Long, T> values, Field<T> column) {
        CaseValueStep<Long> byId = DSL.choose(WEBHOOK_DELIVERY.ID);
        CaseWhenStep<Long, T> cases = null;
        for (Map.Entry<Long, T> entry : values.entrySet()) {
            Field<Long> id = DSL.val(entry.getKey());
            Field<T> value = DSL.val(entry.getValue(), column);
            cases = cases == null ? byId.when(id, value) : cases.when(id, value);
        }
        return cases == null ? column : cases.otherwise(column);
    }

    /** Per endpoint, its latest outcome in the batch: a success ends its failing, a failure may disable it. */
    private List<Disabled> recordEndpoints(List<Outcome> outcomes, Duration disableAfter) {
        Map<Long, Outcome> latest = outcomes.stream().collect(Collectors.toMap(
                outcome -> outcome.delivery().endpointId(), outcome -> outcome,
                (a, b) -> b.at().isAfter(a.at()) ? b : a, LinkedHashMap::new));
        List<Disabled> disabled = new ArrayList<>();
        for (Outcome outcome : latest.values()) {
            long endpointId = outcome.delivery().endpointId();
            if (outcome.success()) {
                if (outcome.delivery().failingSince() != null) {
                    db.update(WEBHOOK_ENDPOINT).set(WEBHOOK_ENDPOINT.FAILING_SINCE, (Instant) null)
                            .where(WEBHOOK_ENDPOINT.ID.eq(endpointId)).execute();
                }
                continue;
            }
            if (outcome.delivery().failingSince() == null) {
                db.update(WEBHOOK_ENDPOINT).set(WEBHOOK_ENDPOINT.FAILING_SINCE, outcome.at())
                        .where(WEBHOOK_ENDPOINT.ID.eq(endpointId), WEBHOOK_ENDPOINT.FAILING_SINCE.isNull()).execute();
            }
            boolean off = db.update(WEBHOOK_ENDPOINT)
                    .set(WEBHOOK_ENDPOINT.ENABLED, false)
                    .set(WEBHOOK_ENDPOINT.DISABLED_AT, outcome.at())
                    .where(WEBHOOK_ENDPOINT.ID.eq(endpointId), WEBHOOK_ENDPOINT.ENABLED.isTrue(),
                            WEBHOOK_ENDPOINT.FAILING_SINCE.le(outcome.at().minus(disableAfter)))
                    .execute() == 1;
            if (off) {
                db.update(WEBHOOK_DELIVERY).set(WEBHOOK_DELIVERY.NEXT_ATTEMPT_AT, (Instant) null)
                        .where(WEBHOOK_DELIVERY.ENDPOINT_ID.eq(endpointId), WEBHOOK_DELIVERY.STATE.eq(PENDING))
                        .execute();
                Instant failingSince = db.select(WEBHOOK_ENDPOINT.FAILING_SINCE).from(WEBHOOK_ENDPOINT)
                        .where(WEBHOOK_ENDPOINT.ID.eq(endpointId)).fetchOne(WEBHOOK_ENDPOINT.FAILING_SINCE);
                disabled.add(new Disabled(endpointId, outcome.delivery().url(), failingSince, outcome.error()));
            }
        }
        return disabled;
    }

    private static String truncate(String text) {
        return text == null || text.length() <= 1000 ? text : text.substring(0, 997) + "...";
    }
}
