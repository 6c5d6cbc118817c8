package org.kundenportal.invoices.domain.payment;

import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.kundenportal.invoices.domain.Invoice;
import org.kundenportal.invoices.domain.PaymentMethod;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * PayPal Checkout through PayPal's Orders v2 REST API: one order per attempt, the payer approves it on PayPal's
 * page, and we capture it when the payer returns or when PayPal's webhook says it was approved. PayPal's server SDK
 * has no call for verifying webhooks, so this speaks the documented REST calls itself. Keys come from the environment
 * only ({@code PAYPAL_CLIENT_ID}, {@code PAYPAL_CLIENT_SECRET}, {@code PAYPAL_WEBHOOK_ID}); {@code PAYPAL_API_BASE}
 * is PayPal's live API unless set (its sandbox, or a test stub).
 */
@Component
public class PayPalProvider implements PaymentProvider {

    public static final String CODE = "PAYPAL";
    public static final String LIVE_API = "https://api-m.paypal.com";
    public static final String SANDBOX_API = "https://api-m.sandbox.paypal.com";
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(20);
    /** A token is renewed this long before PayPal says it expires, so no call goes out with a stale one. */
    private static final Duration TOKEN_MARGIN = Duration.ofSeconds(60);

    private final String clientId;
    private final String clientSecret;
    private final String webhookId;
    private final String apiBase;
    private final RestClient client;
    private final JsonMapper json = JsonMapper.builder().build();
    private String token;
    private Instant tokenValidUntil = Instant.EPOCH;

    public PayPalProvider(@Value("${PAYPAL_CLIENT_ID:}") String clientId,
                          @Value("${PAYPAL_CLIENT_SECRET:}") String clientSecret,
                          @Value("${PAYPAL_WEBHOOK_ID:}") String webhookId,
                          @Value("${PAYPAL_API_BASE:}") String apiBase) {
        this.clientId = clientId == null ? "" : clientId.strip();
        this.clientSecret = clientSecret == null ? "" : clientSecret.strip();
        this.webhookId = webhookId == null ? "" : webhookId.strip();
        this.apiBase = apiBase == null || apiBase.isBlank() ? LIVE_API : apiBase.strip().replaceAll("/+$", "");
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build());
        requests.setReadTimeout(READ_TIMEOUT);
        this.client = RestClient.builder().baseUrl(this.apiBase).requestFactory(requests).build();
    }

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public PaymentMethod method() {
        return PaymentMethod.PAYPAL;
    }

    @Override
    public List<String> missingSettings() {
        return PaymentProvider.unsetVariables("PAYPAL_CLIENT_ID", clientId, "PAYPAL_CLIENT_SECRET", clientSecret,
                "PAYPAL_WEBHOOK_ID", webhookId);
    }

    @Override
    public String notConfiguredKey() {
        return "invoices.providers.environment-missing";
    }

    @Override
    public Checkout start(CheckoutRequest request) {
        Invoice invoice = request.invoice();
        boolean german = request.locale().getLanguage().equals("de");
        ObjectNode order = json.createObjectNode().put("intent", "CAPTURE");
        ObjectNode unit = order.putArray("purchase_units").addObject()
                .put("reference_id", invoice.number())
                .put("custom_id", invoice.number())
                .put("description", (german ? "Rechnung " : "Invoice ") + invoice.number());
        unit.putObject("amount").put("currency_code", invoice.currency().getCurrencyCode())
                .put("value", Cents.toAmount(Cents.of(request.amount())).toPlainString());
        ObjectNode paypal = order.putObject("payment_source").putObject("paypal");
        if (request.payerEmail() != null) {
            paypal.put("email_address", request.payerEmail());
        }
        paypal.putObject("experience_context")
                .put("return_url", request.returnUrl())
                .put("cancel_url", request.cancelUrl())
                .put("locale", german ? "de-DE" : "en-US")
                .put("user_action", "PAY_NOW")
                .put("shipping_preference", "NO_SHIPPING");
        JsonNode created = call("create an order", "POST", "/v2/checkout/orders", request.idempotencyKey(), order);
        String id = created.path("id").asString(null);
        String url = payerLink(created).orElse(null);
        if (id == null || url == null || !url.startsWith("http")) {
            throw new PaymentProviderException("PayPal answered without order id or approval link");
        }
        return new Checkout(id, url);
    }

    @Override
    public Optional<String> resume(String providerReference) {
        JsonNode order = order(providerReference);
        String status = order.path("status").asString("");
        return status.equals("CREATED") || status.equals("PAYER_ACTION_REQUIRED") ? payerLink(order) : Optional.empty();
    }

    /** Reads the order and, once the payer approved it, captures it: PayPal takes the money only then. */
    @Override
    public CheckoutStatus status(String providerReference) {
        return statusOf(order(providerReference));
    }

    @Override
    public void refund(String providerPaymentReference, long amountCents, String currency, String idempotencyKey) {
        ObjectNode body = json.createObjectNode();
        body.putObject("amount").put("currency_code", currency).put("value", Cents.toAmount(amountCents).toPlainString());
        call("refund capture " + providerPaymentReference, "POST",
                "/v2/payments/captures/" + providerPaymentReference + "/refund", idempotencyKey, body);
    }

    @Override
    public Optional<String> dashboardUrl(String providerReference, String providerPaymentReference) {
        if (providerPaymentReference == null) {
            return Optional.empty();
        }
        String host = apiBase.equals(SANDBOX_API) ? "https://www.sandbox.paypal.com" : "https://www.paypal.com";
        return Optional.of(host + "/activity/payment/" + providerPaymentReference);
    }

    /**
     * Asks PayPal whether it sent this webhook (verify-webhook-signature with the PAYPAL-* headers and our webhook
     * id) and says what it means for a payment.
     *
     * @throws InvalidNoticeException when PayPal does not confirm it, or the body is no PayPal event
     */
    @Override
    public ProviderNotice notice(String payload, UnaryOperator<String> header) {
        if (!configured()) {
            throw new InvalidNoticeException("PayPal is not configured");
        }
        JsonNode event;
        try {
            event = json.readTree(payload);
        } catch (JacksonException e) {
            throw new InvalidNoticeException("Not a PayPal event");
        }
        if (!event.isObject()) {
            throw new InvalidNoticeException("Not a PayPal event");
        }
        ObjectNode verification = json.createObjectNode();
        for (String name : List.of("auth_algo", "cert_url", "transmission_id", "transmission_sig", "transmission_time")) {
            String value = header.apply("PAYPAL-" + name.toUpperCase().replace('_', '-'));
            if (value == null || value.isBlank()) {
                throw new InvalidNoticeException("PayPal webhook without " + name);
            }
            verification.put(name, value);
        }
        verification.put("webhook_id", webhookId);
        verification.set("webhook_event", event);
        String verdict;
        try {
            verdict = call("verify a webhook", "POST", "/v1/notifications/verify-webhook-signature", null, verification)
                    .path("verification_status").asString("");
        } catch (PaymentProviderException e) {
            // PayPal unreachable: a 5xx makes PayPal send it again, but an unverified notice must change nothing
            throw new IllegalStateException(e.getMessage());
        }
        if (!verdict.equals("SUCCESS")) {
            throw new InvalidNoticeException("PayPal did not verify the webhook: " + verdict);
        }
        String eventId = event.path("id").asString(null);
        String type = event.path("event_type").asString("");
        JsonNode resource = event.path("resource");
        return switch (type) {
            case "PAYMENT.CAPTURE.COMPLETED" -> ProviderNotice.of(eventId,
                    resource.path("supplementary_data").path("related_ids").path("order_id").asString(null),
                    captured(resource));
            case "PAYMENT.CAPTURE.DENIED", "PAYMENT.CAPTURE.DECLINED" -> ProviderNotice.of(eventId,
                    resource.path("supplementary_data").path("related_ids").path("order_id").asString(null),
                    new CheckoutStatus(Outcome.FAILED, null, resource.path("id").asString(null),
                            "PayPal: the payment was declined"));
            case "PAYMENT.CAPTURE.REFUNDED" -> ProviderNotice.refunded(eventId, captureOfRefund(resource),
                    cents(resource.path("seller_payable_breakdown").path("total_refunded_amount")));
            // a payer who closed the tab after approving still pays, once; only an order of ours is captured
            case "CHECKOUT.ORDER.APPROVED" -> ProviderNotice.ask(eventId, resource.path("id").asString(null));
            default -> ProviderNotice.ignored(eventId, type);
        };
    }

    private CheckoutStatus statusOf(JsonNode order) {
        String id = order.path("id").asString("");
        return switch (order.path("status").asString("")) {
            case "APPROVED" -> statusOf(call("capture order " + id, "POST", "/v2/checkout/orders/" + id + "/capture",
                    "capture-" + id, json.createObjectNode()));
            case "COMPLETED" -> captureOf(order).map(PayPalProvider::captured)
                    .orElseThrow(() -> new PaymentProviderException("PayPal completed an order without a capture"));
            case "CREATED", "PAYER_ACTION_REQUIRED", "SAVED" -> CheckoutStatus.open();
            case "VOIDED" -> CheckoutStatus.failed("PayPal: the order was voided");
            case "DECLINED" -> CheckoutStatus.failed("PayPal: the payment was declined");
            default -> throw new PaymentProviderException("PayPal sent an unknown order status");
        };
    }

    private static CheckoutStatus captured(JsonNode capture) {
        String id = capture.path("id").asString(null);
        return switch (capture.path("status").asString("")) {
            case "COMPLETED" -> new CheckoutStatus(Outcome.PAID, cents(capture.path("amount")), id, null);
            case "DECLINED", "FAILED" -> new CheckoutStatus(Outcome.FAILED, null, id, "PayPal: the payment was declined");
            // PENDING: PayPal holds the money for review; PAYMENT.CAPTURE.COMPLETED follows
            default -> new CheckoutStatus(Outcome.OPEN, null, id, null);
        };
    }

    private static Optional<JsonNode> captureOf(JsonNode order) {
        for (JsonNode unit : order.path("purchase_units")) {
            for (JsonNode capture : unit.path("payments").path("captures")) {
                return Optional.of(capture);
            }
        }
        return Optional.empty();
    }

    private static String captureOfRefund(JsonNode refund) {
        for (JsonNode link : refund.path("links")) {
            if ("up".equals(link.path("rel").asString(""))) {
                String href = link.path("href").asString("");
                return href.substring(href.lastIndexOf('/') + 1);
            }
        }
        return null;
    }

    private static Optional<String> payerLink(JsonNode order) {
        String approve = null;
        for (JsonNode link : order.path("links")) {
            String rel = link.path("rel").asString("");
            if (rel.equals("payer-action")) {
                return Optional.ofNullable(link.path("href").asString(null));
            }
            if (rel.equals("approve")) {
                approve = link.path("href").asString(null);
            }
        }
        return Optional.ofNullable(approve);
    }

    private static Long cents(JsonNode money) {
        String value = money.path("value").asString(null);
        try {
            return value == null ? null : Cents.of(new BigDecimal(value).setScale(2));
        } catch (ArithmeticException | NumberFormatException e) {
            throw new PaymentProviderException("PayPal sent an amount that is not one");
        }
    }

    private JsonNode order(String id) {
        return call("read order " + id, "GET", "/v2/checkout/orders/" + id, null, null);
    }

    private JsonNode call(String what, String method, String path, String requestId, JsonNode body) {
        requireConfigured();
        try {
            RestClient.RequestBodySpec request = client.method(HttpMethod.valueOf(method))
                    .uri(path)
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + token())
                    .accept(MediaType.APPLICATION_JSON);
            if (requestId != null) {
                // PayPal answers a repeated request id with the first result, so a retry never charges twice
                request.header("PayPal-Request-Id", requestId);
            }
            if (body != null) {
                request.contentType(MediaType.APPLICATION_JSON).body(json.writeValueAsString(body));
            }
            String answer = request.retrieve().body(String.class);
            return json.readTree(answer == null ? "{}" : answer);
        } catch (RestClientResponseException e) {
            if (e.getStatusCode().value() == 401) {
                forgetToken();
            }
            throw new PaymentProviderException("PayPal could not " + what + ": HTTP " + e.getStatusCode().value()
                    + issue(e.getResponseBodyAsString()));
        } catch (ResourceAccessException e) {
            throw new PaymentProviderException("PayPal could not " + what + ": not reachable");
        } catch (RestClientException | JacksonException e) {
            throw new PaymentProviderException("PayPal could not " + what + ": unreadable answer");
        }
    }

    /** PayPal's error name ("name" or OAuth's "error"), never its whole body. */
    private String issue(String body) {
        try {
            JsonNode error = json.readTree(body);
            String name = error.path("name").asString(error.path("error").asString(""));
            return name.matches("[A-Za-z_]{1,60}") ? " " + name : "";
        } catch (JacksonException e) {
            return "";
        }
    }

    private synchronized String token() {
        if (token != null && Instant.now().isBefore(tokenValidUntil)) {
            return token;
        }
        String basic = Base64.getEncoder().encodeToString((clientId + ":" + clientSecret).getBytes(StandardCharsets.UTF_8));
        try {
            String answer = client.post().uri("/v1/oauth2/token")
                    .header(HttpHeaders.AUTHORIZATION, "Basic " + basic)
                    .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                    .accept(MediaType.APPLICATION_JSON)
                    .body("grant_type=client_credentials")
                    .retrieve().body(String.class);
            JsonNode grant = json.readTree(answer == null ? "{}" : answer);
            String accessToken = grant.path("access_token").asString(null);
            if (accessToken == null) {
                throw new PaymentProviderException("PayPal granted no access token");
            }
            token = accessToken;
            tokenValidUntil = Instant.now().plusSeconds(grant.path("expires_in").asLong(0)).minus(TOKEN_MARGIN);
            return token;
        } catch (RestClientResponseException e) {
            throw new PaymentProviderException("PayPal refused the client credentials: HTTP " + e.getStatusCode().value()
                    + issue(e.getResponseBodyAsString()));
        } catch (ResourceAccessException e) {
            throw new PaymentProviderException("PayPal could not sign in: not reachable");
        } catch (RestClientException | JacksonException e) {
            throw new PaymentProviderException("PayPal could not sign in: unreadable answer");
        }
    }

    private synchronized void forgetToken() {
        token = null;
    }

    private void requireConfigured() {
        if (!configured()) {
            throw new PaymentProviderException("PayPal is not configured: " + String.join(", ", missingSettings()));
        }
    }
}
