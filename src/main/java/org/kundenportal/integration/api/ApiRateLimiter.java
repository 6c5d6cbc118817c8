package org.kundenportal.integration.api;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A token bucket per API client: a burst of one second's worth of requests, refilled at the configured rate. Kept
 * in each app node's memory, so with several nodes a client gets that rate per node.
 */
@Component
class ApiRateLimiter {

    private final double perSecond;
    private final Map<Long, Bucket> buckets = new ConcurrentHashMap<>();

    ApiRateLimiter(@Value("${kundenportal.api.rate-limit:50}") double perSecond) {
        this.perSecond = perSecond;
    }

    /** Takes one request from the client's bucket; returns 0 when allowed, else the seconds to wait. */
    long acquire(long clientId) {
        return buckets.computeIfAbsent(clientId, id -> new Bucket(perSecond)).take(perSecond, System.nanoTime());
    }

    private static final class Bucket {

        private double tokens;
        private long refilledAt = System.nanoTime();

        Bucket(double capacity) {
            this.tokens = capacity;
        }

        synchronized long take(double perSecond, long now) {
            tokens = Math.min(perSecond, tokens + (now - refilledAt) / 1e9 * perSecond);
            refilledAt = now;
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return Math.max(1, (long) Math.ceil((1 - tokens) / perSecond));
        }
    }
}
