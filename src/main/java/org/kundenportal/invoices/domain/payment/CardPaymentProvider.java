package org.kundenportal.invoices.domain.payment;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import org.kundenportal.invoices.domain.Invoice;
import org.kundenportal.invoices.domain.PaymentMethod;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Card payment through a hosted checkout: we create a checkout session over HTTP, the browser goes to the
 * provider's page, and on return we ask the provider for the session's status. Base URL and secret key come
 * from the configuration ({@code CARD_PAYMENT_URL}, {@code CARD_PAYMENT_API_KEY}), never from the database.
 */
@Component
public class CardPaymentProvider implements PaymentProvider {

    public static final String CODE = "CARD";
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(15);

    private final String baseUrl;
    private final String apiKey;
    private final HttpClient http;
    private final JsonMapper json = JsonMapper.builder().build();

    @Autowired
    public CardPaymentProvider(@Value("${kundenportal.payments.card.base-url:}") String baseUrl,
                               @Value("${kundenportal.payments.card.api-key:}") String apiKey) {
        this.baseUrl = baseUrl == null ? "" : baseUrl.strip().replaceAll("/+$", "");
        this.apiKey = apiKey == null ? "" : apiKey.strip();
        this.http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public PaymentMethod method() {
        return PaymentMethod.CARD;
    }

    @Override
    public boolean configured() {
        return !baseUrl.isEmpty() && !apiKey.isEmpty();
    }

    @Override
    public String notConfiguredKey() {
        return "invoices.providers.card.not-configured";
    }

    @Override
    public Checkout start(Invoice invoice, BigDecimal amount, String idempotencyKey, String returnUrl) {
        requireConfigured();
        ObjectNode body = json.createObjectNode()
                .put("amount", cents(amount))
                .put("currency", invoice.currency().getCurrencyCode().toLowerCase(Locale.ROOT))
                .put("reference", invoice.number())
                .put("return_url", returnUrl);
        HttpRequest request = request("/v1/checkout-sessions")
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", idempotencyKey)
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)))
                .build();
        JsonNode answer = send(request);
        String id = answer.path("id").asString("");
        String checkoutUrl = answer.path("checkout_url").asString("");
        if (id.isBlank() || !checkoutUrl.startsWith("http")) {
            throw new PaymentProviderException("Card provider answered without session id or checkout URL");
        }
        return new Checkout(id, checkoutUrl);
    }

    @Override
    public CheckoutStatus status(String providerReference) {
        requireConfigured();
        JsonNode answer = send(request("/v1/checkout-sessions/" + URLEncoder.encode(providerReference, StandardCharsets.UTF_8))
                .GET().build());
        Long amount = answer.path("amount").canConvertToLong() ? answer.path("amount").asLong() : null;
        String reason = answer.path("failure_reason").asString(null);
        return switch (answer.path("status").asString("")) {
            case "paid" -> new CheckoutStatus(Outcome.PAID, amount, null);
            case "failed", "expired", "canceled", "cancelled" -> new CheckoutStatus(Outcome.FAILED, amount,
                    reason == null ? "Card payment " + answer.path("status").asString() : reason);
            case "open" -> new CheckoutStatus(Outcome.OPEN, amount, null);
            default -> throw new PaymentProviderException("Card provider sent an unknown status");
        };
    }

    /** The provider counts in the currency's smallest unit. */
    public static long cents(BigDecimal amount) {
        return amount.movePointRight(2).longValueExact();
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(REQUEST_TIMEOUT)
                .header("Accept", "application/json")
                .header("Authorization", "Bearer " + apiKey);
    }

    private JsonNode send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new PaymentProviderException("Card provider answered HTTP " + response.statusCode());
            }
            return json.readTree(response.body());
        } catch (IOException e) {
            throw new PaymentProviderException("Card provider not reachable: " + e.getClass().getSimpleName(), e);
        } catch (JacksonException e) {
            throw new PaymentProviderException("Card provider sent an unreadable answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PaymentProviderException("Interrupted while waiting for the card provider", e);
        }
    }

    private void requireConfigured() {
        if (!configured()) {
            throw new PaymentProviderException("Card payments are not configured");
        }
    }
}
