package org.kundenportal.invoices;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * PayPal's REST API as far as the portal uses it, on 127.0.0.1 (WireMock, one per test run): OAuth2 client
 * credentials, Orders v2 (create, read, capture; {@code PayPal-Request-Id} answers a repeat with the first result),
 * capture refunds, verify-webhook-signature, and a hosted approval page whose "Pay" button approves the order and
 * sends the browser to its return URL with {@code token} and {@code PayerID}. Shapes as in PayPal's API reference.
 * The stub remembers the transmission signatures it issued for each payload and verifies only those, as PayPal
 * verifies only what it sent. Never the internet.
 */
public final class PayPalStub extends LocalApiStub {

    public static final String CLIENT_ID = "paypal-client-kundenportal";
    public static final String CLIENT_SECRET = "paypal-secret-kundenportal";
    public static final String WEBHOOK_ID = "WH-KUNDENPORTAL-TEST";
    private static final Pattern ORDER = Pattern.compile("/v2/checkout/orders/([A-Z0-9]+)");
    private static final Pattern CAPTURE = Pattern.compile("/v2/checkout/orders/([A-Z0-9]+)/capture");
    private static final Pattern REFUND = Pattern.compile("/v2/payments/captures/([A-Z0-9]+)/refund");
    private static final Pattern PAGE = Pattern.compile("/checkoutnow/([A-Z0-9]+)");
    private static PayPalStub instance;

    private final Api api = new Api();
    private final Map<String, ObjectNode> orders = new ConcurrentHashMap<>();
    private final Map<String, String> answered = new ConcurrentHashMap<>();
    private final Map<String, ObjectNode> refunds = new ConcurrentHashMap<>();
    private final Map<String, String> signatures = new ConcurrentHashMap<>();
    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    private PayPalStub() {
        super("paypal-api");
    }

    /** The one stub of this test run, started on first use. */
    public static synchronized PayPalStub get() {
        if (instance == null) {
            instance = new PayPalStub();
        }
        return instance;
    }

    public ObjectNode order(String id) {
        return orders.get(id);
    }

    public List<ObjectNode> refundsOf(String captureId) {
        return refunds.values().stream().filter(refund -> refund.path("links").get(1).path("href").asString()
                .endsWith("/" + captureId)).toList();
    }

    /** The payer approved the order on PayPal's page. */
    public ObjectNode approve(String orderId) {
        ObjectNode order = orders.get(orderId);
        order.put("status", "APPROVED");
        order.putObject("payer").put("payer_id", "PAYER" + counter.incrementAndGet())
                .put("email_address", "payer@testwelt.example");
        return order.deepCopy();
    }

    /** Captures as PayPal does (server-side, e.g. by another system): the order is COMPLETED with one capture. */
    public ObjectNode capture(String orderId) {
        synchronized (orders) {
            ObjectNode order = orders.get(orderId);
            if (!order.path("status").asString().equals("COMPLETED")) {
                JsonNode unit = order.path("purchase_units").get(0);
                ObjectNode capture = json.createObjectNode()
                        .put("id", "CAP" + counter.incrementAndGet())
                        .put("status", "COMPLETED")
                        .put("final_capture", true)
                        .put("custom_id", unit.path("custom_id").asString())
                        .put("create_time", Instant.now().toString());
                capture.set("amount", unit.path("amount").deepCopy());
                capture.putObject("supplementary_data").putObject("related_ids").put("order_id", orderId);
                capture.putArray("links").addObject().put("rel", "up").put("method", "GET")
                        .put("href", baseUrl() + "/v2/checkout/orders/" + orderId);
                ((ObjectNode) unit).putObject("payments").putArray("captures").add(capture);
                order.put("status", "COMPLETED");
            }
            return order.deepCopy();
        }
    }

    /** The order's capture, as PAYMENT.CAPTURE.COMPLETED carries it. */
    public ObjectNode captureOf(String orderId) {
        return (ObjectNode) orders.get(orderId).path("purchase_units").get(0).path("payments").path("captures").get(0)
                .deepCopy();
    }

    /** A refund of the order's capture made in PayPal, as PAYMENT.CAPTURE.REFUNDED carries it. */
    public ObjectNode refunded(String orderId, String thisTime, String inAll) {
        ObjectNode capture = captureOf(orderId);
        String currency = capture.path("amount").path("currency_code").asString();
        ObjectNode refund = json.createObjectNode().put("id", "REF" + counter.incrementAndGet()).put("status", "COMPLETED");
        refund.putObject("amount").put("currency_code", currency).put("value", thisTime);
        refund.putObject("seller_payable_breakdown").putObject("total_refunded_amount")
                .put("currency_code", currency).put("value", inAll);
        var links = refund.putArray("links");
        links.addObject().put("rel", "self").put("method", "GET")
                .put("href", baseUrl() + "/v2/payments/refunds/" + refund.path("id").asString());
        links.addObject().put("rel", "up").put("method", "GET")
                .put("href", baseUrl() + "/v2/payments/captures/" + capture.path("id").asString());
        return refund;
    }

    /** A webhook event around the resource, as PayPal posts it. */
    public String event(String type, ObjectNode resource) {
        ObjectNode event = json.createObjectNode()
                .put("id", "WH-" + counter.incrementAndGet() + "-EVENT")
                .put("event_version", "1.0")
                .put("create_time", Instant.now().toString())
                .put("resource_type", type.startsWith("CHECKOUT") ? "checkout-order" : "capture")
                .put("event_type", type)
                .put("summary", type);
        event.set("resource", resource);
        return json.writeValueAsString(event);
    }

    /**
     * The PAYPAL-* headers PayPal sends with this payload; the stub verifies exactly this signature for exactly this
     * payload later.
     */
    public Map<String, String> sign(String payload) {
        String signature = Base64.getEncoder().encodeToString(UUID.randomUUID().toString()
                .getBytes(StandardCharsets.UTF_8));
        signatures.put(signature, canonical(payload));
        return headers(signature);
    }

    /** Headers with a signature PayPal never issued. */
    public Map<String, String> forged() {
        return headers("Zm9yZ2Vk");
    }

    private Map<String, String> headers(String signature) {
        return Map.of("PAYPAL-AUTH-ALGO", "SHA256withRSA",
                "PAYPAL-CERT-URL", "https://api.paypal.com/v1/notifications/certs/CERT-360caa42-fca2a594-1d93a270",
                "PAYPAL-TRANSMISSION-ID", UUID.randomUUID().toString(),
                "PAYPAL-TRANSMISSION-SIG", signature,
                "PAYPAL-TRANSMISSION-TIME", Instant.now().toString());
    }

    private String canonical(String payload) {
        return json.writeValueAsString(json.readTree(payload));
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
            if (method.equals("POST") && path.equals("/v1/oauth2/token")) {
                return token(request);
            }
            String authorization = request.getHeader("Authorization");
            if (authorization == null || !tokens.containsKey(authorization.replaceFirst("^Bearer ", ""))) {
                return error(401, "AUTHENTICATION_FAILURE", "Authentication failed due to invalid authentication credentials.");
            }
            String requestId = request.getHeader("PayPal-Request-Id");
            String key = method + " " + path + " " + requestId;
            if (requestId != null && answered.containsKey(key)) {
                return ok(201, (ObjectNode) json.readTree(answered.get(key)));
            }
            Matcher capture = CAPTURE.matcher(path);
            Matcher order = ORDER.matcher(path);
            Matcher refund = REFUND.matcher(path);
            ResponseDefinition answer;
            if (method.equals("POST") && path.equals("/v2/checkout/orders")) {
                answer = create((ObjectNode) json.readTree(request.getBodyAsString()));
            } else if (method.equals("POST") && capture.matches()) {
                answer = capture(capture.group(1));
            } else if (method.equals("GET") && order.matches()) {
                ObjectNode found = orders.get(order.group(1));
                return found == null ? error(404, "RESOURCE_NOT_FOUND", "The specified resource does not exist.")
                        : ok(200, found);
            } else if (method.equals("POST") && refund.matches()) {
                answer = refund(refund.group(1), json.readTree(request.getBodyAsString()));
            } else if (method.equals("POST") && path.equals("/v1/notifications/verify-webhook-signature")) {
                return verify(json.readTree(request.getBodyAsString()));
            } else {
                return error(404, "RESOURCE_NOT_FOUND", "The specified resource does not exist.");
            }
            if (requestId != null && answer.getStatus() < 300) {
                answered.put(key, answer.getBody());
            }
            return answer;
        }

        private ResponseDefinition token(LoggedRequest request) {
            String expected = "Basic " + Base64.getEncoder().encodeToString((CLIENT_ID + ":" + CLIENT_SECRET)
                    .getBytes(StandardCharsets.UTF_8));
            if (!expected.equals(request.getHeader("Authorization"))
                    || !request.getBodyAsString().contains("grant_type=client_credentials")) {
                return aResponse().withStatus(401).withHeader("Content-Type", "application/json")
                        .withBody("{\"error\":\"invalid_client\",\"error_description\":\"Client Authentication failed\"}")
                        .build();
            }
            String token = "A21AA" + UUID.randomUUID().toString().replace("-", "");
            tokens.put(token, CLIENT_ID);
            return ok(200, json.createObjectNode().put("scope", "https://uri.paypal.com/services/payments/payment")
                    .put("access_token", token).put("token_type", "Bearer").put("app_id", "APP-TEST")
                    .put("expires_in", 32400).put("nonce", Instant.now() + "nonce"));
        }

        private ResponseDefinition create(ObjectNode body) {
            JsonNode unit = body.path("purchase_units").path(0);
            JsonNode context = body.path("payment_source").path("paypal").path("experience_context");
            if (!"CAPTURE".equals(body.path("intent").asString(null)) || unit.path("amount").path("value").isMissingNode()
                    || context.path("return_url").isMissingNode()) {
                return error(422, "UNPROCESSABLE_ENTITY", "The requested action could not be performed.");
            }
            String id = ("5O" + counter.incrementAndGet() + "X" + UUID.randomUUID().toString().substring(0, 8))
                    .toUpperCase();
            ObjectNode order = json.createObjectNode().put("id", id).put("intent", "CAPTURE")
                    .put("status", "PAYER_ACTION_REQUIRED").put("create_time", Instant.now().toString());
            order.putArray("purchase_units").add(unit.deepCopy());
            order.putObject("payment_source").set("paypal", body.path("payment_source").path("paypal").deepCopy());
            var links = order.putArray("links");
            links.addObject().put("rel", "self").put("method", "GET").put("href", baseUrl() + "/v2/checkout/orders/" + id);
            links.addObject().put("rel", "payer-action").put("method", "GET").put("href", baseUrl() + "/checkoutnow/" + id);
            orders.put(id, order);
            return ok(200, order);
        }

        private ResponseDefinition capture(String id) {
            ObjectNode order = orders.get(id);
            if (order == null) {
                return error(404, "RESOURCE_NOT_FOUND", "The specified resource does not exist.");
            }
            String status = order.path("status").asString();
            if (status.equals("COMPLETED")) {
                return error(422, "UNPROCESSABLE_ENTITY", "ORDER_ALREADY_CAPTURED");
            }
            if (!status.equals("APPROVED")) {
                return error(422, "UNPROCESSABLE_ENTITY", "ORDER_NOT_APPROVED");
            }
            return ok(201, PayPalStub.this.capture(id));
        }

        private ResponseDefinition refund(String captureId, JsonNode body) {
            ObjectNode refund = json.createObjectNode().put("id", "REF" + counter.incrementAndGet())
                    .put("status", "COMPLETED");
            refund.set("amount", body.path("amount").deepCopy());
            var links = refund.putArray("links");
            links.addObject().put("rel", "self").put("href", baseUrl() + "/v2/payments/refunds/" + refund.path("id").asString());
            links.addObject().put("rel", "up").put("href", baseUrl() + "/v2/payments/captures/" + captureId);
            refunds.put(refund.path("id").asString(), refund);
            return ok(201, refund);
        }

        private ResponseDefinition verify(JsonNode body) {
            String issuedFor = signatures.get(body.path("transmission_sig").asString(""));
            boolean valid = issuedFor != null && WEBHOOK_ID.equals(body.path("webhook_id").asString(null))
                    && issuedFor.equals(json.writeValueAsString(body.path("webhook_event")));
            return ok(200, json.createObjectNode().put("verification_status", valid ? "SUCCESS" : "FAILURE"));
        }

        /** PayPal's approval page, reduced to the amount, a "Pay" button and a way back. */
        private ResponseDefinition hostedPage(String method, String id) {
            ObjectNode order = orders.get(id);
            if (order == null || !order.path("status").asString().equals("PAYER_ACTION_REQUIRED")) {
                return aResponse().withStatus(404).withHeader("Content-Type", "text/html")
                        .withBody("<!doctype html><title>Expired</title><p>This checkout is no longer available.</p>")
                        .build();
            }
            JsonNode context = order.path("payment_source").path("paypal").path("experience_context");
            if (method.equals("POST")) {
                String payer = approve(id).path("payer").path("payer_id").asString();
                String back = context.path("return_url").asString();
                return aResponse().withStatus(303).withHeader("Location",
                        back + (back.contains("?") ? "&" : "?") + "token=" + id + "&PayerID=" + payer).build();
            }
            JsonNode unit = order.path("purchase_units").path(0);
            return aResponse().withStatus(200).withHeader("Content-Type", "text/html; charset=utf-8").withBody("""
                    <!doctype html><html lang="en"><head><title>PayPal</title></head><body>
                    <h1>%s</h1><p class="amount">%s %s</p>
                    <form method="post" action="/checkoutnow/%s"><button id="pay" type="submit">Pay</button></form>
                    <a id="cancel" href="%s">Back</a></body></html>""".formatted(unit.path("description").asString(""),
                    unit.path("amount").path("value").asString(), unit.path("amount").path("currency_code").asString(),
                    id, context.path("cancel_url").asString())).build();
        }

        private ResponseDefinition ok(int status, ObjectNode body) {
            return aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                    .withHeader("Paypal-Debug-Id", "debug" + counter.incrementAndGet())
                    .withBody(json.writeValueAsString(body)).build();
        }

        private ResponseDefinition error(int status, String name, String message) {
            ObjectNode body = json.createObjectNode().put("name", name).put("message", message)
                    .put("debug_id", "debug" + counter.incrementAndGet());
            return aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                    .withBody(json.writeValueAsString(body)).build();
        }
    }
}
