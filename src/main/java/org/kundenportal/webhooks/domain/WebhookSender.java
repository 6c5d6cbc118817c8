package org.kundenportal.webhooks.domain;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.springframework.stereotype.Component;

/**
 * One attempt of one delivery: the target checked again after a fresh DNS lookup, then a signed POST with a
 * timeout and without following redirects. Any 2xx answer is a success.
 */
@Component
class WebhookSender {

    private final WebhookTargets targets;
    private final Duration timeout;
    private final HttpClient client;

    WebhookSender(WebhookTargets targets, WebhookProperties properties) {
        this.targets = targets;
        this.timeout = properties.requestTimeout();
        this.client = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    WebhookQueue.Outcome send(WebhookQueue.Claimed delivery) {
        Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        try {
            URI uri = URI.create(delivery.url());
            targets.checkBeforeSending(uri);
            long timestamp = at.getEpochSecond();
            HttpRequest request = HttpRequest.newBuilder(uri)
                    .timeout(timeout)
                    .header("Content-Type", "application/json")
                    .header("User-Agent", "Kundenportal-Webhooks/1")
                    .header("webhook-id", delivery.messageId())
                    .header("webhook-timestamp", Long.toString(timestamp))
                    .header("webhook-signature", WebhookSignature.sign(delivery.secret(), delivery.messageId(),
                            timestamp, delivery.body()))
                    .POST(HttpRequest.BodyPublishers.ofString(delivery.body(), StandardCharsets.UTF_8))
                    .build();
            int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            boolean success = status >= 200 && status < 300;
            return new WebhookQueue.Outcome(delivery, at, success, status, success ? null : "HTTP " + status);
        } catch (WebhookTargets.RefusedTarget e) {
            return new WebhookQueue.Outcome(delivery, at, false, null, "Refused target: " + e.getMessage());
        } catch (HttpTimeoutException e) {
            return new WebhookQueue.Outcome(delivery, at, false, null, "No answer within " + timeout.toMillis() + " ms");
        } catch (IOException | IllegalArgumentException e) {
            return new WebhookQueue.Outcome(delivery, at, false, null, e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new WebhookQueue.Outcome(delivery, at, false, null, "Interrupted (the node stopped)");
        }
    }
}
