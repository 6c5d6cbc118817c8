package org.kundenportal.webhooks.domain;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the outgoing webhooks ({@code kundenportal.webhooks.*}).
 *
 * @param allowPrivateTargets "true" lets endpoints use http and private, loopback or link-local addresses (a local
 *                            receiver); empty follows the demo data switch
 * @param retryDelays         the wait after each failed attempt; one attempt more than delays, then the delivery fails
 * @param disableAfter        an endpoint whose deliveries have failed this long is disabled and the admins are told
 * @param pollInterval        how often the worker looks for work when nothing woke it
 * @param requestTimeout      connect and response timeout of one attempt
 * @param senders             HTTP requests in parallel per node
 * @param lease               how long a delivery taken by a node is left to it before another node may send it again
 * @param workerEnabled       false: this node publishes events but sends nothing
 */
@ConfigurationProperties("kundenportal.webhooks")
public record WebhookProperties(String allowPrivateTargets, List<Duration> retryDelays, Duration disableAfter,
                                Duration pollInterval, Duration requestTimeout, Integer senders, Duration lease,
                                Boolean workerEnabled) {

    public WebhookProperties {
        if (retryDelays == null || retryDelays.isEmpty()) {
            retryDelays = List.of(Duration.ofSeconds(30), Duration.ofMinutes(2), Duration.ofMinutes(10),
                    Duration.ofMinutes(30), Duration.ofHours(1), Duration.ofHours(2), Duration.ofHours(4),
                    Duration.ofHours(6), Duration.ofMinutes(630));
        }
        retryDelays = List.copyOf(retryDelays);
        disableAfter = disableAfter == null ? Duration.ofHours(24) : disableAfter;
        pollInterval = pollInterval == null ? Duration.ofSeconds(1) : pollInterval;
        requestTimeout = requestTimeout == null ? Duration.ofSeconds(5) : requestTimeout;
        senders = senders == null || senders < 1 ? 16 : senders;
        lease = lease == null ? Duration.ofMinutes(5) : lease;
        workerEnabled = workerEnabled == null || workerEnabled;
    }

    /** Attempts before a delivery fails for good. */
    public int maxAttempts() {
        return retryDelays.size() + 1;
    }

    /** The wait after the given failed attempt (1 = the first). */
    public Duration delayAfter(int attempt) {
        return retryDelays.get(Math.min(attempt, retryDelays.size()) - 1);
    }
}
