package org.kundenportal.invoices;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A local stand-in for the card provider's hosted-checkout API (127.0.0.1, random port): creates sessions,
 * answers their status, and lets the test decide whether a session is paid or failed. Never the internet.
 */
public class FakeCardProvider implements AutoCloseable {

    public static final String API_KEY = "test-secret-key";

    private final HttpServer server;
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final Map<String, String> sessionByIdempotencyKey = new ConcurrentHashMap<>();
    public final List<String> idempotencyKeys = new CopyOnWriteArrayList<>();
    private final AtomicInteger counter = new AtomicInteger();

    /** One checkout session as the fake holds it. */
    public record Session(String id, long amount, String currency, String reference, String returnUrl, String status) {
        Session withStatus(String newStatus) {
            return new Session(id, amount, currency, reference, returnUrl, newStatus);
        }
    }

    public FakeCardProvider() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/v1/checkout-sessions", this::handle);
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public Session session(String id) {
        return sessions.get(id);
    }

    public void setStatus(String id, String status) {
        sessions.computeIfPresent(id, (key, session) -> session.withStatus(status));
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!("Bearer " + API_KEY).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                respond(exchange, 401, "{\"error\":\"unauthorized\"}");
                return;
            }
            String path = exchange.getRequestURI().getPath();
            if ("POST".equals(exchange.getRequestMethod()) && path.equals("/v1/checkout-sessions")) {
                create(exchange);
            } else if ("GET".equals(exchange.getRequestMethod()) && path.startsWith("/v1/checkout-sessions/")) {
                Session session = sessions.get(path.substring("/v1/checkout-sessions/".length()));
                if (session == null) {
                    respond(exchange, 404, "{\"error\":\"not found\"}");
                } else {
                    respond(exchange, 200, json(session));
                }
            } else {
                respond(exchange, 404, "{}");
            }
        }
    }

    private void create(HttpExchange exchange) throws IOException {
        String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
        if (key == null) {
            respond(exchange, 400, "{\"error\":\"Idempotency-Key missing\"}");
            return;
        }
        idempotencyKeys.add(key);
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String id = sessionByIdempotencyKey.computeIfAbsent(key, k -> {
            String newId = "cs_test_" + counter.incrementAndGet();
            sessions.put(newId, new Session(newId, Long.parseLong(value(body, "amount")), value(body, "currency"),
                    value(body, "reference"), value(body, "return_url"), "open"));
            return newId;
        });
        respond(exchange, 200, json(sessions.get(id)));
    }

    private String json(Session session) {
        return "{\"id\":\"%s\",\"status\":\"%s\",\"amount\":%d,\"currency\":\"%s\",\"checkout_url\":\"%s/checkout/%s\"}"
                .formatted(session.id(), session.status(), session.amount(), session.currency(), url(), session.id());
    }

    private static String value(String json, String name) {
        Matcher matcher = Pattern.compile("\"" + name + "\"\\s*:\\s*\"?([^\",}]*)\"?").matcher(json);
        return matcher.find() ? matcher.group(1) : "";
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
