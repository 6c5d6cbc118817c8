package org.kundenportal.webhooks.domain;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.kundenportal.base.events.OutboxPublished;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Sends the webhooks: one thread per node fans out new events, claims due deliveries and records outcomes, while a
 * small pool sends them in parallel (at most one per endpoint and subject at a time, which the claim guarantees).
 * It is woken right after a transaction that published events commits, and looks for work every poll interval
 * anyway (events of other nodes, retries that came due). All state is in the database: a restart loses nothing,
 * and a delivery a stopped node had taken is sent again by any node once its lease has passed.
 */
@Component
public class WebhookWorker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(WebhookWorker.class);
    private static final int FAN_OUT_BATCH = 1000;

    private final WebhookQueue queue;
    private final WebhookSender sender;
    private final WebhookMails mails;
    private final WebhookProperties properties;
    private final int maxInFlight;
    private final Semaphore wakeUps = new Semaphore(0);
    private final AtomicInteger inFlight = new AtomicInteger();
    private final Queue<WebhookQueue.Outcome> outcomes = new ConcurrentLinkedQueue<>();
    /** Only the worker thread touches it. */
    private final RoundStats stats = new RoundStats();

    /** The earliest retry this node scheduled, so that short retry delays (tests) need not wait for the poll. */
    private volatile Instant soonestRetry;
    private volatile boolean running;
    private Thread thread;
    private ExecutorService senders;

    WebhookWorker(WebhookQueue queue, WebhookSender sender, WebhookMails mails, WebhookProperties properties) {
        this.queue = queue;
        this.sender = sender;
        this.mails = mails;
        this.properties = properties;
        this.maxInFlight = properties.senders() * 4;
    }

    @Override
    public synchronized void start() {
        if (running || !properties.workerEnabled()) {
            return;
        }
        running = true;
        AtomicInteger number = new AtomicInteger();
        ThreadFactory daemons = runnable -> {
            Thread sending = new Thread(runnable, "webhook-sender-" + number.incrementAndGet());
            sending.setDaemon(true);
            return sending;
        };
        senders = Executors.newFixedThreadPool(properties.senders(), daemons);
        thread = new Thread(this::run, "webhook-worker");
        thread.setDaemon(true);
        thread.start();
    }

    /** Stops taking work, lets the sends under way finish and records them. */
    @Override
    public synchronized void stop() {
        if (!running) {
            return;
        }
        running = false;
        wake();
        try {
            thread.join(10_000);
            senders.shutdown();
            senders.awaitTermination(properties.requestTimeout().toMillis() * 2, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        recordOutcomes();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @EventListener
    public void onPublished(OutboxPublished published) {
        wake();
    }

    public void wake() {
        if (wakeUps.availablePermits() == 0) {
            wakeUps.release();
        }
    }

    private void run() {
        while (running) {
            boolean worked;
            try {
                worked = step();
            } catch (RuntimeException e) {
                log.warn("Webhook worker round failed; trying again", e);
                worked = false;
            }
            if (!worked) {
                try {
                    wakeUps.tryAcquire(waitMillis(), TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            wakeUps.drainPermits();
        }
    }

    private long waitMillis() {
        long poll = properties.pollInterval().toMillis();
        Instant retry = soonestRetry;
        if (retry == null) {
            return poll;
        }
        soonestRetry = null;
        return Math.max(1, Math.min(poll, retry.toEpochMilli() - System.currentTimeMillis() + 1));
    }

    /** One round; true when it found something to do, so the next round follows at once. */
    private boolean step() {
        long started = System.nanoTime();
        int recorded = recordOutcomes();
        long afterRecord = System.nanoTime();
        Instant now = now();
        int fannedOut = queue.fanOut(FAN_OUT_BATCH, now, properties.lease());
        long afterFanOut = System.nanoTime();
        boolean worked = recorded > 0 || fannedOut > 0;
        int free = maxInFlight - inFlight.get();
        if (free > 0 && running) {
            WebhookQueue.Claim claim = queue.claim(free, now, properties.lease());
            List<WebhookQueue.Claimed> claimed = claim.sendable();
            stats.round(recorded, afterRecord - started, fannedOut, afterFanOut - afterRecord, claimed.size(),
                    claim.parked(), System.nanoTime() - afterFanOut);
            for (WebhookQueue.Claimed delivery : claimed) {
                inFlight.incrementAndGet();
                senders.execute(() -> {
                    try {
                        outcomes.add(sender.send(delivery));
                    } finally {
                        inFlight.decrementAndGet();
                        wake();
                    }
                });
            }
            // parked ones make room in the claim: the next round may find sendable ones right behind them
            worked |= !claimed.isEmpty() || claim.parked() > 0;
        } else {
            stats.round(recorded, afterRecord - started, fannedOut, afterFanOut - afterRecord, 0, 0, 0);
        }
        return worked;
    }

    /** @return how many outcomes it recorded */
    private int recordOutcomes() {
        List<WebhookQueue.Outcome> batch = new ArrayList<>();
        for (WebhookQueue.Outcome outcome; (outcome = outcomes.poll()) != null; ) {
            batch.add(outcome);
        }
        if (batch.isEmpty()) {
            return 0;
        }
        for (WebhookQueue.Outcome outcome : batch) {
            int attempt = outcome.delivery().attempts() + 1;
            if (!outcome.success() && attempt < properties.maxAttempts()) {
                Instant retry = outcome.at().plus(properties.delayAfter(attempt));
                Instant soonest = soonestRetry;
                soonestRetry = soonest == null || retry.isBefore(soonest) ? retry : soonest;
            }
        }
        for (WebhookQueue.Disabled disabled : record(batch)) {
            log.warn("Webhook endpoint {} ({}) disabled: failing since {}", disabled.endpointId(), disabled.url(),
                    disabled.failingSince());
            mails.endpointDisabled(disabled);
        }
        return batch.size();
    }

    /** A deadlock with another writer is retried; the sends happened and must not be forgotten. */
    private List<WebhookQueue.Disabled> record(List<WebhookQueue.Outcome> batch) {
        for (int attempt = 1; ; attempt++) {
            try {
                return queue.record(batch, properties);
            } catch (TransientDataAccessException e) {
                if (attempt == 3) {
                    // the deliveries stay leased and are sent again when the lease ends: at least once
                    throw e;
                }
            }
        }
    }

    /**
     * What the rounds did, summed up and logged at DEBUG once a second while there is work: rounds, deliveries
     * recorded, events fanned out, deliveries claimed (sent) and parked, and the milliseconds each step's SQL took.
     */
    private static final class RoundStats {

        private long since = System.nanoTime();
        private int rounds;
        private int recorded;
        private int fannedOut;
        private int claimed;
        private int parked;
        private long recordNanos;
        private long fanOutNanos;
        private long claimNanos;

        void round(int recorded, long recordNanos, int fannedOut, long fanOutNanos, int claimed, int parked,
                   long claimNanos) {
            if (!log.isDebugEnabled()) {
                return;
            }
            rounds++;
            this.recorded += recorded;
            this.recordNanos += recordNanos;
            this.fannedOut += fannedOut;
            this.fanOutNanos += fanOutNanos;
            this.claimed += claimed;
            this.parked += parked;
            this.claimNanos += claimNanos;
            long now = System.nanoTime();
            if (now - since < 1_000_000_000L) {
                return;
            }
            if (this.recorded + this.fannedOut + this.claimed + this.parked > 0) {
                log.debug("{} rounds in {} ms: recorded {} in {} ms, fanned out {} in {} ms, claimed {} and parked {} "
                                + "in {} ms", rounds, (now - since) / 1_000_000, this.recorded,
                        this.recordNanos / 1_000_000, this.fannedOut, this.fanOutNanos / 1_000_000, this.claimed,
                        this.parked, this.claimNanos / 1_000_000);
            }
            since = now;
            rounds = 0;
            this.recorded = 0;
            this.fannedOut = 0;
            this.claimed = 0;
            this.parked = 0;
            this.recordNanos = 0;
            this.fanOutNanos = 0;
            this.claimNanos = 0;
        }
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
