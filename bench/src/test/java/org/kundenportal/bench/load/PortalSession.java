package org.kundenportal.bench.load;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One portal user's browser session without Gatling, for the session memory benchmark: the same requests as the
 * load's journey (see {@link PortalSimulation}) through a plain {@link HttpClient}, blocking, with the session
 * cookie kept by hand so that one client serves every session. Throws on anything a browser would show as an
 * error.
 */
final class PortalSession {

    private static final Pattern SPRING_CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern SESSION_COOKIE = Pattern.compile("JSESSIONID=([^;]+)");

    private final HttpClient client;
    private final String baseUrl;
    private final VaadinUi ui = new VaadinUi();
    private String sessionId;
    private String springCsrf;

    PortalSession(HttpClient client, String baseUrl) {
        this.client = client;
        this.baseUrl = baseUrl;
    }

    static HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** Login page, password, then home: as a browser does it, ending on a live UI of the logged-in user. */
    void login(String email, String password) throws IOException, InterruptedException {
        openPage("login");
        HttpResponse<String> response = send(request("/login")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + encode(springCsrf) + "&username="
                        + encode(email) + "&password=" + encode(password))));
        String location = response.headers().firstValue("Location").orElse("");
        if (response.statusCode() != 302 || location.contains("/login")) {
            throw new IOException("login of " + email + " refused: " + response.statusCode() + " " + location);
        }
        openPage("");
    }

    /** A click in the side navigation, with the browser's confirmation of the grid data it then renders. */
    void navigate(String route) throws IOException, InterruptedException {
        uidl(List.of(ui.navigate(route)), false);
        confirm();
    }

    void logout() throws IOException, InterruptedException {
        uidl(List.of(ui.click(ui.clickableWith("vaadin-menu-bar-item", "aria-label").orElseThrow())), false);
        uidl(List.of(ui.click(ui.clickable("vaadin-menu-bar-item",
                text -> text.equals("Abmelden") || text.equals("Log out")).orElseThrow())), true);
    }

    private void openPage(String route) throws IOException, InterruptedException {
        ui.reset();
        HttpResponse<String> page = expectOk(send(request("/" + route).GET()), route);
        Matcher csrf = SPRING_CSRF.matcher(page.body());
        if (!csrf.find()) {
            throw new IOException("no _csrf on /" + route);
        }
        springCsrf = csrf.group(1);
        check(ui.init(expectOk(send(request(VaadinUi.initQuery(route)).GET()), "init " + route).body()));
        uidl(List.of(ui.navigate(route)), false);
        confirm();
    }

    private void confirm() throws IOException, InterruptedException {
        if (ui.hasConfirmations()) {
            uidl(ui.confirmations(), false);
        }
    }

    private void uidl(List<ObjectNode> rpcs, boolean sessionEnds) throws IOException, InterruptedException {
        HttpResponse<String> response = expectOk(send(request("/?v-r=uidl&v-uiId=" + ui.uiId())
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(ui.request(rpcs)))), "uidl");
        check(ui.accept(response.body(), sessionEnds));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(60)).header("Accept-Language", "de-DE,de;q=0.9");
        if (sessionId != null) {
            builder.header("Cookie", "JSESSIONID=" + sessionId);
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        response.headers().allValues("Set-Cookie").stream().map(SESSION_COOKIE::matcher).filter(Matcher::find)
                .forEach(cookie -> sessionId = cookie.group(1));
        return response;
    }

    private static HttpResponse<String> expectOk(HttpResponse<String> response, String what) throws IOException {
        if (response.statusCode() != 200) {
            throw new IOException(what + ": HTTP " + response.statusCode());
        }
        return response;
    }

    private static void check(String result) throws IOException {
        if (!VaadinUi.OK.equals(result)) {
            throw new IOException(result);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
