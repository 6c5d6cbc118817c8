package org.kundenportal.invoices;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import tools.jackson.databind.node.ObjectNode;

/**
 * Stripe's API as far as the portal uses it, on 127.0.0.1 (WireMock, one per test run): Checkout Sessions (create
 * with an idempotency key, retrieve), refunds, and a hosted payment page whose "Pay" button completes the session
 * and sends the browser to its success URL. Requests and answers have the shapes of Stripe's API reference
 * (form-encoded parameters, JSON objects, {@code {"error": {...}}} with 4xx). Webhooks are signed as Stripe signs
 * them. Never the internet.
 */
public final class StripeStub extends LocalApiStub {

    public static final String SECRET_KEY = "sk_test_kundenportal";
    public static final String WEBHOOK_SECRET = "whsec_kundenportal_test";
    private static final Pattern SESSION = Pattern.compile("/v1/checkout/sessions/([A-Za-z0-9_]+)");
    private static final Pattern PAGE = Pattern.compile("/c/pay/([A-Za-z0-9_]+)");
    private static StripeStub instance;

    private final Api api = new Api();
    private final Map<String, ObjectNode> sessions = new ConcurrentHashMap<>();
    private final Map<String, String> sessionByIdempotencyKey = new ConcurrentHashMap<>();
    private final Map<String, ObjectNode> refunds = new ConcurrentHashMap<>();

    private StripeStub() {
        super("stripe-api");
    }

    /** The one stub of this test run, started on first use. */
    public static synchronized StripeStub get() {
        if (instance == null) {
            instance = new StripeStub();
        }
        return instance;
    }

    public ObjectNode session(String id) {
        return sessions.get(id);
    }

    public List<ObjectNode> refundsOf(String paymentIntent) {
        return refunds.values().stream().filter(refund -> paymentIntent.equals(refund.path("payment_intent").asString()))
                .toList();
    }

    /** The payer paid by card: the session is complete and paid at once. */
    public ObjectNode pay(String sessionId) {
        ObjectNode session = sessions.get(sessionId);
        session.put("status", "complete").put("payment_status", "paid")
                .put("payment_intent", "pi_test_" + counter.incrementAndGet());
        return session.deepCopy();
    }

    /** The payer chose SEPA Direct Debit: complete, but the money arrives days later (or not). */
    public ObjectNode payByDebit(String sessionId) {
        ObjectNode session = sessions.get(sessionId);
        session.put("status", "complete").put("payment_status", "unpaid")
                .put("payment_intent", "pi_test_" + counter.incrementAndGet());
        return session.deepCopy();
    }

    public ObjectNode debitArrived(String sessionId) {
        return sessions.get(sessionId).put("payment_status", "paid").deepCopy();
    }

    public ObjectNode expire(String sessionId) {
        return sessions.get(sessionId).put("status", "expired").putNull("url").deepCopy();
    }

    /** The charge object of a session's payment, as in {@code charge.refunded}, with that much refunded in all. */
    public ObjectNode chargeRefunded(String sessionId, long amountRefundedCents) {
        ObjectNode session = sessions.get(sessionId);
        long amount = session.path("amount_total").asLong();
        return json.createObjectNode()
                .put("id", "ch_test_" + counter.incrementAndGet())
                .put("object", "charge")
                .put("amount", amount)
                .put("amount_captured", amount)
                .put("amount_refunded", amountRefundedCents)
                .put("currency", session.path("currency").asString())
                .put("paid", true)
                .put("payment_intent", session.path("payment_intent").asString())
                .put("refunded", amountRefundedCents >= amount)
                .put("status", "succeeded");
    }

    /** A webhook event around the object, as Stripe posts it. */
    public String event(String type, ObjectNode object) {
        ObjectNode event = json.createObjectNode()
                .put("id", "evt_test_" + counter.incrementAndGet())
                .put("object", "event")
                .put("api_version", "2025-11-17.clover")
                .put("created", Instant.now().getEpochSecond())
                .put("livemode", false)
                .put("pending_webhooks", 1)
                .put("type", type);
        event.putObject("data").set("object", object);
        event.putObject("request").putNull("id").putNull("idempotency_key");
        return json.writeValueAsString(event);
    }

    /** The {@code Stripe-Signature} header: {@code t=<timestamp>,v1=<hex HMAC-SHA256 of "t.payload">}. */
    public static String signature(String payload, String secret, Instant at) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            long timestamp = at.getEpochSecond();
            byte[] digest = mac.doFinal((timestamp + "." + payload).getBytes(StandardCharsets.UTF_8));
            return "t=" + timestamp + ",v1=" + HexFormat.of().formatHex(digest);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static String signature(String payload) {
        return signature(payload, WEBHOOK_SECRET, Instant.now());
    }

    @Override
    ResponseDefinition answer(ServeEvent event) {
        return api.transform(event);
    }

    /** Answers every request to the stub. */
    private final class Api {

        ResponseDefinition transform(ServeEvent event) {
            LoggedRequest request = event.getRequest();
            String path = request.getUrl().replaceAll("\\?.*", "");
            String method = request.getMethod().getName();
            Matcher page = PAGE.matcher(path);
            if (page.matches()) {
                return hostedPage(method, page.group(1));
            }
            if (!("Bearer " + SECRET_KEY).equals(request.getHeader("Authorization"))) {
                return error(401, "invalid_request_error", null, "Invalid API Key provided.");
            }
            Matcher session = SESSION.matcher(path);
            if (method.equals("POST") && path.equals("/v1/checkout/sessions")) {
                return createSession(form(request.getBodyAsString()), request.getHeader("Idempotency-Key"));
            }
            if (method.equals("GET") && session.matches()) {
                ObjectNode found = sessions.get(session.group(1));
                return found == null ? error(404, "invalid_request_error", "resource_missing",
                        "No such checkout.session: '" + session.group(1) + "'") : ok(found);
            }
            if (method.equals("POST") && path.equals("/v1/refunds")) {
                return refund(form(request.getBodyAsString()), request.getHeader("Idempotency-Key"));
            }
            return error(404, "invalid_request_error", null, "Unrecognized request URL (" + method + ": " + path + ").");
        }

        private ResponseDefinition createSession(Map<String, String> params, String idempotencyKey) {
            if (idempotencyKey != null && sessionByIdempotencyKey.containsKey(idempotencyKey)) {
                return ok(sessions.get(sessionByIdempotencyKey.get(idempotencyKey)));
            }
            for (String required : List.of("mode", "success_url", "line_items[0][price_data][unit_amount]",
                    "line_items[0][price_data][currency]", "line_items[0][quantity]")) {
                if (!params.containsKey(required)) {
                    return error(400, "invalid_request_error", "parameter_missing", "Missing required param: " + required + ".");
                }
            }
            String id = "cs_test_" + counter.incrementAndGet();
            long amount = Long.parseLong(params.get("line_items[0][price_data][unit_amount]"))
                    * Long.parseLong(params.get("line_items[0][quantity]"));
            ObjectNode session = json.createObjectNode()
                    .put("id", id)
                    .put("object", "checkout.session")
                    .put("amount_subtotal", amount)
                    .put("amount_total", amount)
                    .put("cancel_url", params.get("cancel_url"))
                    .put("client_reference_id", params.get("client_reference_id"))
                    .put("created", Instant.now().getEpochSecond())
                    .put("currency", params.get("line_items[0][price_data][currency]"))
                    .put("customer_email", params.get("customer_email"))
                    .put("expires_at", Instant.now().plusSeconds(86_400).getEpochSecond())
                    .put("livemode", false)
                    .put("locale", params.get("locale"))
                    .put("mode", params.get("mode"))
                    .put("payment_status", "unpaid")
                    .put("status", "open")
                    .put("success_url", params.get("success_url"))
                    .put("url", baseUrl() + "/c/pay/" + id);
            session.putNull("payment_intent");
            ObjectNode metadata = session.putObject("metadata");
            params.forEach((key, value) -> {
                if (key.startsWith("metadata[")) {
                    metadata.put(key.substring("metadata[".length(), key.length() - 1), value);
                }
            });
            session.put("product_name", params.get("line_items[0][price_data][product_data][name]"));
            sessions.put(id, session);
            if (idempotencyKey != null) {
                sessionByIdempotencyKey.put(idempotencyKey, id);
            }
            return ok(session);
        }

        private ResponseDefinition refund(Map<String, String> params, String idempotencyKey) {
            String key = idempotencyKey == null ? "re_" + counter.incrementAndGet() : idempotencyKey;
            ObjectNode refund = refunds.computeIfAbsent(key, unused -> json.createObjectNode()
                    .put("id", "re_test_" + counter.incrementAndGet())
                    .put("object", "refund")
                    .put("amount", Long.parseLong(params.getOrDefault("amount", "0")))
                    .put("payment_intent", params.get("payment_intent"))
                    .put("reason", params.get("reason"))
                    .put("status", "succeeded"));
            return ok(refund);
        }

        /** Stripe's checkout page, reduced to the amount, a "Pay" button and a way back. */
        private ResponseDefinition hostedPage(String method, String id) {
            ObjectNode session = sessions.get(id);
            if (session == null || !"open".equals(session.path("status").asString())) {
                return aResponse().withStatus(404).withHeader("Content-Type", "text/html")
                        .withBody("<!doctype html><title>Expired</title><p>This checkout is no longer available.</p>")
                        .build();
            }
            if (method.equals("POST")) {
                pay(id);
                return aResponse().withStatus(303).withHeader("Location",
                        session.path("success_url").asString().replace("{CHECKOUT_SESSION_ID}", id)).build();
            }
            String amount = "%d.%02d %s".formatted(session.path("amount_total").asLong() / 100,
                    session.path("amount_total").asLong() % 100, session.path("currency").asString().toUpperCase());
            return aResponse().withStatus(200).withHeader("Content-Type", "text/html; charset=utf-8").withBody("""
                    <!doctype html><html lang="en"><head><title>Checkout</title></head><body>
                    <h1>%s</h1><p class="amount">%s</p>
                    <form method="post" action="/c/pay/%s"><button id="pay" type="submit">Pay</button></form>
                    <a id="cancel" href="%s">Back</a></body></html>""".formatted(
                    session.path("product_name").asString(""), amount, id, session.path("cancel_url").asString())).build();
        }

        private ResponseDefinition ok(ObjectNode body) {
            return aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                    .withHeader("Request-Id", "req_" + counter.incrementAndGet())
                    .withBody(json.writeValueAsString(body)).build();
        }

        private ResponseDefinition error(int status, String type, String code, String message) {
            ObjectNode body = json.createObjectNode();
            ObjectNode error = body.putObject("error").put("type", type).put("message", message);
            if (code != null) {
                error.put("code", code);
            }
            return aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                    .withBody(json.writeValueAsString(body)).build();
        }

        private Map<String, String> form(String body) {
            Map<String, String> params = new LinkedHashMap<>();
            if (body == null || body.isBlank()) {
                return params;
            }
            for (String pair : body.split("&")) {
                int equals = pair.indexOf('=');
                String key = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
                String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
                params.put(key, value);
            }
            return params;
        }
    }
}
