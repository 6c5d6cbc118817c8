package org.kundenportal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A browser without JavaScript: posts the real login form over HTTP and keeps its session cookie. */
public final class FormLoginClient {

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;

    public FormLoginClient(int port) {
        this.base = "http://localhost:" + port;
    }

    /** Posts the login form; returns the path and query Spring Security redirects to. */
    public String logIn(String email, String password) {
        Matcher csrf = CSRF.matcher(get("/login").body());
        if (!csrf.find()) {
            throw new IllegalStateException("The login page carries no CSRF token");
        }
        String form = "username=" + encode(email) + "&password=" + encode(password) + "&_csrf=" + encode(csrf.group(1));
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        return relative(response.headers().firstValue("Location").orElse(""));
    }

    /** Whether this client's session is logged in: the home page answers instead of sending it to the login. */
    public boolean isLoggedIn() {
        HttpResponse<String> home = get("/");
        return home.statusCode() == 200 && !relative(home.headers().firstValue("Location").orElse("")).startsWith("/login");
    }

    /** GETs a path with this client's session and returns the body as bytes (e.g. a PDF). */
    public HttpResponse<byte[]> getBytes(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** GETs a path with this client's session, e.g. the page Vaadin serves. */
    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        return send(request, HttpResponse.BodyHandlers.ofString());
    }

    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body) {
        try {
            return http.send(request, body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String relative(String location) {
        return location.startsWith(base) ? location.substring(base.length()) : location;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
