package org.kundenportal.base.cluster;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Tells the other app nodes what this one changed that they hold in memory, through the database they share: a
 * change publishes an event in its own transaction (so it counts only if the change commits), and every node reads
 * the last minute's events every poll interval and hands those it has not seen to the {@link ClusterEventListener}s.
 * A node applies its own change at once, so it skips its own events; the others follow within one interval.
 */
@Component
public class ClusterEvents implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ClusterEvents.class);
    private static final Duration WINDOW = Duration.ofMinutes(1);
    private static final Duration KEPT = Duration.ofHours(1);
    private static final int POLLS_BETWEEN_CLEAN_UPS = 600;

    private final ClusterEventRepository events;
    private final ObjectProvider<ClusterEventListener> listeners;
    private final Duration pollInterval;
    /** ids applied (or published here) with the poll count they were last read at, forgotten once out of the window */
    private final Map<Long, Long> seen = new HashMap<>();
    private ScheduledExecutorService poller;
    private long polls;

    ClusterEvents(ClusterEventRepository events, ObjectProvider<ClusterEventListener> listeners,
                  @Value("${kundenportal.cluster.poll-interval:1s}") Duration pollInterval) {
        this.events = events;
        this.listeners = listeners;
        this.pollInterval = pollInterval;
    }

    /** Publishes in the caller's transaction, if any. */
    public void publish(ClusterEvent.Kind kind, Long userId, String exceptSessionId) {
        long id = events.insert(kind, userId, exceptSessionId);
        synchronized (seen) {
            seen.put(id, polls);
        }
    }

    /** Reads and applies the events of other nodes; runs on the poller thread (and in tests). */
    void poll() {
        List<ClusterEvent> recent = events.recent(WINDOW);
        long poll;
        List<ClusterEvent> fresh;
        synchronized (seen) {
            poll = ++polls;
            fresh = recent.stream().filter(event -> seen.put(event.id(), poll) == null).toList();
            // an id not read for two windows' worth of polls has left the window for good
            long windows = 2 * Math.max(1, WINDOW.toMillis() / Math.max(1, pollInterval.toMillis()));
            seen.values().removeIf(lastRead -> poll - lastRead > windows);
        }
        for (ClusterEvent event : fresh) {
            listeners.orderedStream().forEach(listener -> listener.onClusterEvent(event));
        }
        if (poll % POLLS_BETWEEN_CLEAN_UPS == 0) {
            events.deleteOlderThan(KEPT);
        }
    }

    /** A node that just started holds nothing the recent events would change: it only takes note of them. */
    private void markRecentAsSeen() {
        try {
            List<ClusterEvent> recent = events.recent(WINDOW);
            synchronized (seen) {
                recent.forEach(event -> seen.put(event.id(), polls));
            }
        } catch (RuntimeException e) {
            log.warn("Could not read the cluster events: {}", e.getMessage());
        }
    }

    @Override
    public synchronized void start() {
        markRecentAsSeen();
        poller = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "cluster-events");
            thread.setDaemon(true);
            return thread;
        });
        poller.scheduleWithFixedDelay(this::pollSafely, pollInterval.toMillis(), pollInterval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void pollSafely() {
        try {
            poll();
        } catch (RuntimeException e) {
            // the database may be failing over; the next poll reads the same window again
            log.warn("Could not read the cluster events: {}", e.getMessage());
        }
    }

    @Override
    public synchronized void stop() {
        if (poller != null) {
            poller.shutdownNow();
            poller = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return poller != null;
    }
}
