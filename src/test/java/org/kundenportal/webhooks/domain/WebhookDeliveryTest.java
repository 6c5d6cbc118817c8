package org.kundenportal.webhooks.domain;

import static org.kundenportal.db.Tables.WEBHOOK_WORKER_LOCK;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kundenportal.db.Tables.WEBHOOK_DELIVERY;
import static org.kundenportal.db.Tables.WEBHOOK_ENDPOINT;
import static org.kundenportal.db.Tables.WEBHOOK_EVENT;

import com.icegreen.greenmail.util.GreenMail;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kundenportal.Mails;
import org.kundenportal.SpringTest;
import org.kundenportal.TestWorld;
import org.kundenportal.base.events.EventType;
import org.kundenportal.base.events.Outbox;
import org.kundenportal.base.validation.InvalidInputException;
import org.kundenportal.webhooks.WebhookReceiver.Received;
import org.kundenportal.webhooks.WebhookReceiver;
import org.springframework.beans.factory.annotation.Autowired;

class WebhookDeliveryTest extends SpringTest {

    @Autowired
    WebhookEndpointService service;
    @Autowired
    Outbox outbox;
    @Autowired
    WebhookWorker worker;
    @Autowired
    DSLContext db;
    @Autowired
    GreenMail smtp;
    @Autowired
    WebhookQueue queue;
    @Autowired
    WebhookProperties properties;
    @Autowired
    PlatformTransactionManager transactions;

    private final List<Long> endpoints = new ArrayList<>();
    private final List<WebhookReceiver> receivers = new ArrayList<>();

    @AfterEach
    void cleanUp() {
        worker.start();
        endpoints.forEach(service::delete);
        receivers.forEach(WebhookReceiver::close);
    }

    private WebhookReceiver receiver() {
        WebhookReceiver receiver = WebhookReceiver.start();
        receivers.add(receiver);
        return receiver;
    }

    private CreatedEndpoint endpoint(WebhookReceiver receiver, EventType... types) {
        CreatedEndpoint created = service.create(receiver.url(),
                Set.of(java.util.Arrays.stream(types).map(EventType::wire).toArray(String[]::new)), "test");
        endpoints.add(created.id());
        return created;
    }

    private static String subject() {
        return "ticket:T-TEST-" + UUID.randomUUID();
    }

    private static java.util.function.Predicate<Received> about(String subject) {
        return request -> request.body().contains(subject);
    }

    private DeliveryRow deliveryOf(long endpointId, String subject) {
        return service.deliveries(null, endpointId, 0, 100).stream().filter(row -> row.subject().equals(subject))
                .findFirst().orElseThrow();
    }

    private DeliveryRow awaitDelivery(long endpointId, String subject, WebhookDeliveryState state) {
        long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        DeliveryRow row = null;
        while (System.nanoTime() < end) {
            row = service.deliveries(null, endpointId, 0, 100).stream().filter(r -> r.subject().equals(subject))
                    .findFirst().orElse(null);
            if (row != null && row.state() == state) {
                return row;
            }
            sleep(20);
        }
        throw new AssertionError("Delivery of " + subject + " not " + state + ": " + row);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void anEventIsPostedSignedAfterTheStandardWebhooksSpecificationWellUnderASecondAfterItsCommit() {
        WebhookReceiver receiver = receiver();
        CreatedEndpoint endpoint = endpoint(receiver, EventType.TICKET_CREATED);
        assertThat(endpoint.secret()).startsWith("whsec_");
        String subject = subject();

        Instant published = Instant.now();
        outbox.publish("ticket.created", subject, Map.of("number", subject, "amount", new java.math.BigDecimal("12.50")));
        Received request = receiver.awaitOne(about(subject));
        Duration latency = Duration.between(published, Instant.now());

        assertThat(latency).isLessThan(Duration.ofSeconds(1));
        assertThat(WebhookReceiver.signatureValid(request, endpoint.secret())).isTrue();
        assertThat(WebhookReceiver.signatureValid(request, WebhookSignature.newSecret())).isFalse();
        assertThat(request.id()).startsWith("msg_");
        assertThat(Long.parseLong(request.timestamp())).isCloseTo(Instant.now().getEpochSecond(), org.assertj.core.data.Offset.offset(5L));
        assertThat(request.contentType()).isEqualTo("application/json");
        assertThat(request.type()).isEqualTo("ticket.created");
        assertThat(Instant.parse(request.json().get("timestamp").asString())).isBetween(
                published.minusSeconds(1), Instant.now());
        assertThat(request.data().get("number").asString()).isEqualTo(subject);
        assertThat(request.data().get("amount").decimalValue()).isEqualByComparingTo("12.50");
        DeliveryRow row = awaitDelivery(endpoint.id(), subject, WebhookDeliveryState.DELIVERED);
        assertThat(row.attempts()).isEqualTo(1);
        assertThat(row.lastResponseCode()).isEqualTo(200);
    }

    @Test
    void anEndpointGetsOnlyTheTypesItSubscribedTo() {
        WebhookReceiver receiver = receiver();
        endpoint(receiver, EventType.TICKET_UPDATED);
        String subject = subject();

        outbox.publish(EventType.TICKET_CREATED, subject, Map.of("subject", subject, "n", 1));
        outbox.publish(EventType.TICKET_UPDATED, subject, Map.of("subject", subject, "n", 2));

        receiver.awaitOne(about(subject));
        sleep(300);
        assertThat(receiver.received(about(subject))).extracting(Received::type).containsExactly("ticket.updated");
    }

    @Test
    void aFailingDeliveryIsRetriedUntilTheReceiverTakesIt() {
        WebhookReceiver receiver = receiver();
        CreatedEndpoint endpoint = endpoint(receiver, EventType.TICKET_UPDATED);
        AtomicInteger calls = new AtomicInteger();
        receiver.answer(request -> calls.incrementAndGet() <= 2 ? 500 : 200);
        String subject = subject();

        outbox.publish(EventType.TICKET_UPDATED, subject, Map.of("subject", subject, "state", "DONE"));

        List<Received> attempts = receiver.await(about(subject), 3, Duration.ofSeconds(10));
        assertThat(attempts).extracting(Received::id).containsOnly(attempts.getFirst().id());
        DeliveryRow row = awaitDelivery(endpoint.id(), subject, WebhookDeliveryState.DELIVERED);
        assertThat(row.attempts()).isEqualTo(3);
        assertThat(row.lastResponseCode()).isEqualTo(200);
        assertThat(service.find(endpoint.id()).orElseThrow().failingSince()).isNull();
    }

    @Test
    void eventsOfOneSubjectArriveInOrderWhileAnEarlierOneFails() {
        WebhookReceiver receiver = receiver();
        CreatedEndpoint endpoint = endpoint(receiver, EventType.TICKET_UPDATED);
        String subject = subject();
        String other = subject();
        AtomicInteger firstFailures = new AtomicInteger();
        receiver.answer(request -> request.body().contains("\"step\":1") && firstFailures.incrementAndGet() <= 2 ? 500 : 200);

        for (int step = 1; step <= 3; step++) {
            outbox.publish(EventType.TICKET_UPDATED, subject, Map.of("subject", subject, "step", step));
        }
        outbox.publish(EventType.TICKET_UPDATED, other, Map.of("subject", other, "step", 9));

        List<Received> received = receiver.await(about(subject), 5, Duration.ofSeconds(10));
        assertThat(received).extracting(request -> request.data().get("step").asInt()).containsExactly(1, 1, 1, 2, 3);
        // another subject does not wait for the failing one
        assertThat(receiver.received(about(other))).hasSize(1);
        assertThat(deliveryOf(endpoint.id(), subject).state()).isIn(WebhookDeliveryState.DELIVERED, WebhookDeliveryState.PENDING);
    }

    @Test
    void manyEventsOfASubjectArriveInOrderOneAfterTheOtherEvenWhenTheFirstFailsForGood() {
        WebhookReceiver receiver = receiver();
        CreatedEndpoint endpoint = endpoint(receiver, EventType.TICKET_UPDATED);
        String failing = subject();
        List<String> subjects = List.of(failing, subject(), subject());
        receiver.answer(request -> request.body().contains(failing) && request.data().get("step").asInt() == 1 ? 500 : 200);

        for (int step = 1; step <= 10; step++) {
            for (String subject : subjects) {
                outbox.publish(EventType.TICKET_UPDATED, subject, Map.of("subject", subject, "step", step));
            }
        }

        // the ones behind wait for the one before them to end, not for the lease (5 minutes)
        List<Received> first = receiver.await(about(failing), properties.maxAttempts() + 9, Duration.ofSeconds(15));
        assertThat(first).extracting(request -> request.data().get("step").asInt())
                .containsExactly(1, 1, 1, 1, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        for (String subject : subjects.subList(1, 3)) {
            assertThat(receiver.await(about(subject), 10, Duration.ofSeconds(5)))
                    .extracting(request -> request.data().get("step").asInt())
                    .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        }
        assertThat(deliveriesOf(endpoint.id(), failing).getFirst().state()).isEqualTo(WebhookDeliveryState.FAILED);
    }

    @Test
    void aDeliveryBehindAnEarlierOneIsParkedUntilThatOneEndsAndThenDueAtOnce() {
        WebhookReceiver receiver = receiver();
        CreatedEndpoint endpoint = endpoint(receiver, EventType.TICKET_UPDATED);
        String subject = subject();
        worker.stop();
        Duration lease = properties.lease();
        for (int step = 1; step <= 3; step++) {
            outbox.publish(EventType.TICKET_UPDATED, subject, Map.of("subject", subject, "step", step));
        }

        Instant fannedOut = now();
        queue.fanOut(1000, fannedOut, lease);
        List<DeliveryRow> rows = deliveriesOf(endpoint.id(), subject);
        assertThat(rows.getFirst().nextAttemptAt()).isBeforeOrEqualTo(fannedOut);
        // the ones behind the first of the batch are parked at once: the claim does not take them again and again
        assertThat(rows.subList(1, 3)).allSatisfy(row -> assertThat(row.nextAttemptAt())
                .isAfterOrEqualTo(fannedOut.plus(lease)));
        List<WebhookQueue.Claimed> first = claim(endpoint.id());
        assertThat(first).extracting(WebhookQueue.Claimed::deliveryId).containsExactly(rows.getFirst().id());

        // written while the first is being sent (here or by another node): parked by the fan-out at once
        outbox.publish(EventType.TICKET_UPDATED, subject, Map.of("subject", subject, "step", 4));
        Instant fourthFannedOut = now();
        queue.fanOut(1000, fourthFannedOut, lease);
        long fourth = deliveriesOf(endpoint.id(), subject).getLast().id();
        assertThat(deliveriesOf(endpoint.id(), subject).getLast().nextAttemptAt())
                .isAfterOrEqualTo(fourthFannedOut.plus(lease));
        assertThat(claim(endpoint.id())).isEmpty();

        // due again while the first is still pending (its wake-up gone astray): the claim parks it again
        db.update(WEBHOOK_DELIVERY).set(WEBHOOK_DELIVERY.NEXT_ATTEMPT_AT, fourthFannedOut)
                .where(WEBHOOK_DELIVERY.ID.eq(fourth)).execute();
        Instant claimedAt = now();
        assertThat(claim(endpoint.id())).isEmpty();
        assertThat(deliveriesOf(endpoint.id(), subject).getLast().nextAttemptAt())
                .isAfterOrEqualTo(claimedAt.plus(lease));

        // each end makes the next one due at once, and only that one
        List<Long> expected = List.of(rows.get(1).id(), rows.get(2).id(), fourth);
        List<WebhookQueue.Claimed> sending = first;
        for (long next : expected) {
            queue.record(List.of(new WebhookQueue.Outcome(sending.getFirst(), now(), true, 200, null)), properties);
            sending = claim(endpoint.id());
            assertThat(sending).extracting(WebhookQueue.Claimed::deliveryId).containsExactly(next);
        }
        queue.record(List.of(new WebhookQueue.Outcome(sending.getFirst(), now(), true, 200, null)), properties);
        assertThat(deliveriesOf(endpoint.id(), subject)).extracting(DeliveryRow::state)
                .containsOnly(WebhookDeliveryState.DELIVERED);
    }

    @Test
    void anEndIsRecordedOnlyAfterAFanOutUnderWayHasCommitted() throws Exception {
        WebhookReceiver receiver = receiver();
        CreatedEndpoint endpoint = endpoint(receiver, EventType.TICKET_UPDATED);
        String subject = subject();
        worker.stop();
        outbox.publish(EventType.TICKET_UPDATED, subject, Map.of("subject", subject));
        queue.fanOut(1000, now(), properties.lease());
        WebhookQueue.Claimed sending = claim(endpoint.id()).getFirst();
        TransactionTemplate otherNode = new TransactionTemplate(transactions);
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            // another node's fan-out, holding the lock it takes
            Future<?> fanOut = threads.submit(() -> otherNode.executeWithoutResult(status -> {
                db.select(WEBHOOK_WORKER_LOCK.NAME).from(WEBHOOK_WORKER_LOCK)
                        .where(WEBHOOK_WORKER_LOCK.NAME.eq("fan-out")).forUpdate().fetch();
                locked.countDown();
                awaitQuietly(release);
            }));
            assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();
            Future<?> record = threads.submit(() -> queue.record(
                    List.of(new WebhookQueue.Outcome(sending, now(), true, 200, null)), properties));

            Thread.sleep(500);
            assertThat(record).as("waits for the fan-out").isNotDone();
            release.countDown();
            fanOut.get(10, TimeUnit.SECONDS);
            record.get(10, TimeUnit.SECONDS);
            assertThat(deliveryOf(endpoint.id(), subject).state()).isEqualTo(WebhookDeliveryState.DELIVERED);
        } finally {
            release.countDown();
            threads.shutdown();
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void outcomesAreRecordedTogetherButNotOverAnAttemptAnotherNodeMadeMeanwhile() {
        WebhookReceiver receiver = receiver();
        CreatedEndpoint endpoint = endpoint(receiver, EventType.TICKET_UPDATED);
        String delivered = subject();
        String failing = subject();
        String overtaken = subject();
        worker.stop();
        for (String subject : List.of(delivered, failing, overtaken)) {
            outbox.publish(EventType.TICKET_UPDATED, subject, Map.of("subject", subject));
        }
        queue.fanOut(1000, now(), properties.lease());
        Map<String, WebhookQueue.Claimed> claimed = claim(endpoint.id()).stream()
                .collect(java.util.stream.Collectors.toMap(WebhookQueue.Claimed::subject, delivery -> delivery));
        assertThat(claimed).containsOnlyKeys(delivered, failing, overtaken);
        // the lease ended, another node sent it again and recorded its attempt
        db.update(WEBHOOK_DELIVERY).set(WEBHOOK_DELIVERY.ATTEMPTS, 1).set(WEBHOOK_DELIVERY.LAST_RESPONSE_CODE, 202)
                .where(WEBHOOK_DELIVERY.ID.eq(claimed.get(overtaken).deliveryId())).execute();

        Instant at = now();
        queue.record(List.of(new WebhookQueue.Outcome(claimed.get(delivered), at, true, 200, null),
                new WebhookQueue.Outcome(claimed.get(failing), at, false, 503, "HTTP 503"),
                new WebhookQueue.Outcome(claimed.get(overtaken), at, true, 204, null)), properties);

        DeliveryRow ok = deliveryOf(endpoint.id(), delivered);
        assertThat(ok.state()).isEqualTo(WebhookDeliveryState.DELIVERED);
        assertThat(ok.attempts()).isEqualTo(1);
        assertThat(ok.lastResponseCode()).isEqualTo(200);
        assertThat(ok.deliveredAt()).isEqualTo(at);
        assertThat(ok.nextAttemptAt()).isNull();
        DeliveryRow retry = deliveryOf(endpoint.id(), failing);
        assertThat(retry.state()).isEqualTo(WebhookDeliveryState.PENDING);
        assertThat(retry.attempts()).isEqualTo(1);
        assertThat(retry.lastResponseCode()).isEqualTo(503);
        assertThat(retry.lastError()).isEqualTo("HTTP 503");
        assertThat(retry.lastAttemptAt()).isEqualTo(at);
        assertThat(retry.nextAttemptAt()).isEqualTo(at.plus(properties.delayAfter(1)));
        DeliveryRow other = deliveryOf(endpoint.id(), overtaken);
        assertThat(other.state()).isEqualTo(WebhookDeliveryState.PENDING);
        assertThat(other.lastResponseCode()).isEqualTo(202);
    }

    /** Claims for the endpoint as the worker would; what it took of other tests' endpoints is put back. */
    private List<WebhookQueue.Claimed> claim(long endpointId) {
        List<WebhookQueue.Claimed> claimed = queue.claim(100, now(), properties.lease()).sendable();
        List<Long> others = claimed.stream().filter(delivery -> delivery.endpointId() != endpointId)
                .map(WebhookQueue.Claimed::deliveryId).toList();
        if (!others.isEmpty()) {
            db.update(WEBHOOK_DELIVERY).set(WEBHOOK_DELIVERY.NEXT_ATTEMPT_AT, Instant.now())
                    .where(WEBHOOK_DELIVERY.ID.in(others)).execute();
        }
        return claimed.stream().filter(delivery -> delivery.endpointId() == endpointId).toList();
    }

    /** The endpoint's deliveries of the subject, oldest first. */
    private List<DeliveryRow> deliveriesOf(long endpointId, String subject) {
        return service.deliveries(null, endpointId, 0, 100).stream().filter(row -> row.subject().equals(subject))
                .sorted(java.util.Comparator.comparingLong(DeliveryRow::id)).toList();
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    @Test
    void eventsWrittenWhileNoWorkerRunsAreDeliveredWhenItStartsAgain() {
        WebhookReceiver receiver = receiver();
        endpoint(receiver, EventType.CONTACT_UPDATED);
        String subject = "contact:" + UUID.randomUUID();
        worker.stop();

        // as if written by a node that went down right after its commit: a row straight into the outbox
        db.insertInto(WEBHOOK_EVENT)
                .set(WEBHOOK_EVENT.MESSAGE_ID, "msg_" + UUID.randomUUID().toString().replace("-", ""))
                .set(WEBHOOK_EVENT.EVENT_TYPE, "contact.updated")
                .set(WEBHOOK_EVENT.SUBJECT, subject)
                .set(WEBHOOK_EVENT.BODY, "{\"type\":\"contact.updated\",\"timestamp\":\"2026-01-01T00:00:00Z\",\"data\":{\"subject\":\"" + subject + "\"}}")
                .set(WEBHOOK_EVENT.CREATED_AT, Instant.now())
                .execute();
        outbox.publish(EventType.CONTACT_UPDATED, subject, Map.of("subject", subject, "second", true));
        sleep(1500);
        assertThat(receiver.received(about(subject))).isEmpty();

        worker.start();

        assertThat(receiver.await(about(subject), 2, Duration.ofSeconds(10))).hasSize(2);
    }

    @Test
    void anEndpointFailingForADayIsDisabledAndTheAdminsAreTold() {
        WebhookReceiver receiver = receiver();
        receiver.answer(request -> 503);
        CreatedEndpoint endpoint = endpoint(receiver, EventType.MESSAGE_POSTED);
        String subject = subject();

        outbox.publish(EventType.MESSAGE_POSTED, subject, Map.of("subject", subject));
        receiver.await(about(subject), 1, Duration.ofSeconds(10));
        long end = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (service.find(endpoint.id()).orElseThrow().failingSince() == null && System.nanoTime() < end) {
            sleep(20);
        }
        assertThat(service.find(endpoint.id()).orElseThrow().failingSince()).isNotNull();
        assertThat(service.find(endpoint.id()).orElseThrow().enabled()).isTrue();
        // as if the first failure was a day ago; the next failure disables it
        db.update(WEBHOOK_ENDPOINT).set(WEBHOOK_ENDPOINT.FAILING_SINCE, Instant.now().minus(Duration.ofHours(25)))
                .where(WEBHOOK_ENDPOINT.ID.eq(endpoint.id())).execute();
        String trigger = subject();
        outbox.publish(EventType.MESSAGE_POSTED, trigger, Map.of("subject", trigger));

        end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (service.find(endpoint.id()).orElseThrow().enabled() && System.nanoTime() < end) {
            sleep(20);
        }
        WebhookEndpoint disabled = service.find(endpoint.id()).orElseThrow();
        assertThat(disabled.enabled()).isFalse();
        assertThat(disabled.disabledAt()).isNotNull();
        end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (Mails.to(smtp, TestWorld.ADMIN).stream().noneMatch(mail -> Mails.text(mail).contains(receiver.url()))
                && System.nanoTime() < end) {
            sleep(50);
        }
        assertThat(Mails.to(smtp, TestWorld.ADMIN)).anySatisfy(mail -> assertThat(Mails.text(mail)).contains(receiver.url()));
        assertThat(Mails.to(smtp, TestWorld.STAFF)).noneSatisfy(mail -> assertThat(Mails.text(mail)).contains(receiver.url()));
        assertThat(deliveryOf(endpoint.id(), trigger).nextAttemptAt()).isNull();

        // a disabled endpoint gets nothing, not even new events, until it is enabled again
        int before = receiver.received().size();
        String later = subject();
        outbox.publish(EventType.MESSAGE_POSTED, later, Map.of("subject", later));
        sleep(500);
        assertThat(receiver.received()).hasSize(before);
        receiver.answer(request -> 200);
        service.setEnabled(endpoint.id(), true);
        String again = subject();
        outbox.publish(EventType.MESSAGE_POSTED, again, Map.of("subject", again));
        awaitDelivery(endpoint.id(), again, WebhookDeliveryState.DELIVERED);
        assertThat(receiver.received(about(later))).isEmpty();
    }

    @Test
    void aDeliveryIsSentAgainOnRequest() {
        WebhookReceiver receiver = receiver();
        CreatedEndpoint endpoint = endpoint(receiver, EventType.INVOICE_PAID);
        String subject = "invoice:RE-" + UUID.randomUUID();
        outbox.publish(EventType.INVOICE_PAID, subject, Map.of("subject", subject));
        DeliveryRow delivered = awaitDelivery(endpoint.id(), subject, WebhookDeliveryState.DELIVERED);

        service.sendAgain(delivered.id());

        List<Received> both = receiver.await(about(subject), 2, Duration.ofSeconds(10));
        assertThat(both.get(1).id()).isEqualTo(both.get(0).id());
        assertThatThrownBy(() -> service.sendAgain(-1)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void badEndpointsAreRefusedFieldByField() {
        assertThatThrownBy(() -> service.create("ftp://example.com/x", Set.of("quote.shipped"), null))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems())
                        .extracting(InvalidInputException.Problem::field, InvalidInputException.Problem::messageKey)
                        .containsExactlyInAnyOrder(
                                org.assertj.core.groups.Tuple.tuple("url", "webhooks.error.url-invalid"),
                                org.assertj.core.groups.Tuple.tuple("events", "webhooks.error.event-unknown")));
        assertThatThrownBy(() -> service.create("http://127.0.0.1:9/x", Set.of(), null))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems())
                        .extracting(InvalidInputException.Problem::field).containsExactly("events"));
        assertThat(db.fetchCount(WEBHOOK_ENDPOINT, WEBHOOK_ENDPOINT.URL.eq("ftp://example.com/x"))).isZero();
    }

    @Test
    void deletingAnEndpointRemovesItsDeliveries() {
        WebhookReceiver receiver = receiver();
        CreatedEndpoint endpoint = service.create(receiver.url(), Set.of("ticket.created"), null);
        String subject = subject();
        outbox.publish(EventType.TICKET_CREATED, subject, Map.of("subject", subject));
        awaitDelivery(endpoint.id(), subject, WebhookDeliveryState.DELIVERED);

        assertThat(service.delete(endpoint.id())).isTrue();

        assertThat(service.find(endpoint.id())).isEmpty();
        assertThat(db.fetchCount(WEBHOOK_DELIVERY, WEBHOOK_DELIVERY.ENDPOINT_ID.eq(endpoint.id()))).isZero();
        assertThat(service.delete(endpoint.id())).isFalse();
    }
}
