package org.kundenportal.bench.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.Http;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Portal users through Vaadin's own protocol, one closed-model level per run: each virtual user logs in, opens
 * home, the invoices, scrolls their grid, opens an invoice and downloads its PDF, opens the quotes and a quote,
 * and logs out, with think times between the steps; a finished user is replaced by a new one until the level's
 * time is over. Every response is checked as a browser would take it (see {@link VaadinUi}); the request names
 * ("NN action: round trip") are the rows of the report.
 * <p>
 * System properties: {@code baseUrl}, {@code users} (concurrent), {@code rampSeconds}, {@code holdSeconds},
 * {@code thinkMin}/{@code thinkMax} (seconds), {@code userPattern} ({@code %d} = 1..{@code userCount}),
 * {@code password}.
 */
public class PortalSimulation extends Simulation {

    private static final String BASE_URL = System.getProperty("baseUrl", "http://localhost:8080");
    private static final int USERS = Integer.getInteger("users", 1);
    private static final int RAMP = Integer.getInteger("rampSeconds", 10);
    private static final int HOLD = Integer.getInteger("holdSeconds", 60);
    private static final int THINK_MIN = Integer.getInteger("thinkMin", 3);
    private static final int THINK_MAX = Integer.getInteger("thinkMax", 10);
    private static final String USER_PATTERN = System.getProperty("userPattern", "bench-user-%d@example.com");
    private static final int USER_COUNT = Integer.getInteger("userCount", 2000);
    private static final String PASSWORD = System.getProperty("password", "bench-password");
    private static final long START = System.currentTimeMillis();
    /**
     * Figures count from here on: the ramp, where users arrive (and log in) faster than in the steady state, is
     * only the way to the level.
     */
    private static final long HOLD_START = START + RAMP * 1000L;
    /** After this no user starts another step: the level ends on time even with journeys under way. */
    private static final long DEADLINE = HOLD_START + HOLD * 1000L;
    /** Rows the grid connector asks for when the user scrolls, as Chromium's grid does. */
    private static final int VIEWPORT_ROWS = 100;

    private static final LoadStats STATS = new LoadStats();

    private static VaadinUi ui(Session session) {
        return (VaadinUi) session.get("ui");
    }

    /** One UIDL round trip, checked; {@code expectation} then looks at the new state (OK or a problem). */
    private static ChainBuilder uidl(String name, BiFunction<VaadinUi, Session, List<ObjectNode>> rpcs,
                                     boolean sessionEnds, BiFunction<VaadinUi, Session, String> expectation) {
        return measured(name, http -> http
                        .post(session -> "/?v-r=uidl&v-uiId=" + ui(session).uiId())
                        .header("Content-Type", "application/json; charset=UTF-8")
                        .body(StringBody(session -> ui(session).request(rpcs.apply(ui(session), session)))),
                status().is(200),
                bodyString().transformWithSession((body, session) -> {
                    try {
                        String result = ui(session).accept(body, sessionEnds);
                        return VaadinUi.OK.equals(result) ? expectation.apply(ui(session), session) : result;
                    } catch (RuntimeException e) {
                        // named in the report instead of Gatling's bare "failed"
                        return e.toString();
                    }
                }).is(VaadinUi.OK));
    }

    /**
     * A request whose response time and outcome go into {@link #STATS}; its response time is taken by the first
     * check, so that a failing check cannot lose it.
     */
    private static ChainBuilder measured(String name, Function<Http, HttpRequestActionBuilder> request,
                                         CheckBuilder... checks) {
        return exec(request.apply(http(name)).check(responseTimeInMillis().saveAs("rt")).check(checks))
                .exec(session -> {
                    if (System.currentTimeMillis() >= HOLD_START) {
                        STATS.record(name, session.contains("rt") ? session.getInt("rt") : -1, session.isFailed());
                    }
                    return session.remove("rt");
                })
                // counted once: a user whose step failed leaves (a browser would reload), a new one takes the place
                .exitHereIfFailed();
    }

    private static ChainBuilder uidl(String name, BiFunction<VaadinUi, Session, List<ObjectNode>> rpcs,
                                     BiFunction<VaadinUi, Session, String> expectation) {
        return uidl(name, rpcs, false, expectation);
    }

    /** The browser's follow-up round trip confirming the grid updates it rendered, when there are any. */
    private static ChainBuilder confirm(String action) {
        return doIf(session -> ui(session).hasConfirmations())
                .then(uidl(action + ": confirm", (ui, session) -> ui.confirmations(), (ui, session) -> VaadinUi.OK));
    }

    /** A full page load: the bootstrap page, the UI's creation and the router's first navigation. */
    private static ChainBuilder page(String action, String route) {
        return measured(action + ": html", http -> http.get("/" + route),
                        status().is(200), regex("<meta name=\"_csrf\" content=\"([^\"]+)\"").saveAs("springCsrf"))
                .exec(measured(action + ": init", http -> http.get(session -> VaadinUi.initQuery(route)),
                        status().is(200),
                        bodyString().transformWithSession((body, session) -> ui(session).init(body)).is(VaadinUi.OK)))
                .exec(uidl(action + ": uidl", (ui, session) -> List.of(ui.navigate(route)),
                        (ui, session) -> VaadinUi.OK))
                .exec(confirm(action));
    }

    /** A click in the side navigation; the view must show its grid. */
    private static ChainBuilder navigate(String action, String route, String gridClass) {
        return uidl(action + ": uidl", (ui, session) -> List.of(ui.navigate(route)), (ui, session) -> grid(ui, gridClass)
                .isPresent() ? VaadinUi.OK : "no " + gridClass).exec(confirm(action));
    }

    /** Scrolls the grid to a random place, as far down as it goes. */
    private static ChainBuilder scroll(String action, String gridClass) {
        return uidl(action + ": uidl", (ui, session) -> {
            int grid = grid(ui, gridClass).orElseThrow();
            int start = ThreadLocalRandom.current().nextInt(Math.max(1, ui.size(grid) - VIEWPORT_ROWS + 1));
            return List.of(ui.viewportRange(grid, start, VIEWPORT_ROWS));
        }, (ui, session) -> VaadinUi.OK).exec(confirm(action));
    }

    /** Clicks a random loaded row; the detail page must link to the document's PDF, whose path is kept. */
    private static ChainBuilder openRow(String action, String gridClass, String pdfKind) {
        return exec(session -> pickRow(session, gridClass))
                .doIf(session -> session.contains("rowKey"))
                .then(uidl(action + ": uidl",
                        (ui, session) -> ui.clickRow(grid(ui, gridClass).orElseThrow(), session.getString("rowKey")),
                        (ui, session) -> {
                            String pdf = "/documents/" + pdfKind + "/" + session.getString("number") + ".pdf";
                            return ui.linksTo(pdf + "?download") ? VaadinUi.OK : "no link to " + pdf;
                        })
                        .exec(confirm(action)));
    }

    private static Optional<Integer> grid(VaadinUi ui, String className) {
        return ui.grid(className);
    }

    private static Session pickRow(Session session, String gridClass) {
        VaadinUi ui = ui(session);
        Optional<VaadinUi.Row> row = grid(ui, gridClass).map(ui::rows).filter(rows -> !rows.isEmpty())
                .map(rows -> List.copyOf(rows.values()).get(ThreadLocalRandom.current().nextInt(rows.size())));
        return row.map(value -> session.set("rowKey", value.key()).set("number", value.firstColumn()))
                .orElseGet(() -> session.remove("rowKey"));
    }

    private static ChainBuilder think() {
        return pause(Duration.ofSeconds(THINK_MIN), Duration.ofSeconds(THINK_MAX))
                .exitHereIf(session -> System.currentTimeMillis() > DEADLINE);
    }

    private static Iterator<Map<String, Object>> users() {
        return Stream.iterate(1, i -> i % USER_COUNT + 1)
                .map(i -> Map.<String, Object>of("email", USER_PATTERN.formatted(i)))
                .iterator();
    }

    private static final ScenarioBuilder JOURNEY = scenario("portal user")
            .feed(users())
            .exec(session -> session.set("ui", new VaadinUi()))
            .exec(page("01 login page", "login"))
            .exec(think())
            .exec(measured("02 login: post", http -> http.post("/login")
                            .formParam("_csrf", "#{springCsrf}")
                            .formParam("username", "#{email}")
                            .formParam("password", PASSWORD),
                    status().is(302),
                    // a refused login comes back to /login?error or ?throttled
                    header("Location").transform(location -> location.contains("/login") ? "refused: " + location
                            : VaadinUi.OK).is(VaadinUi.OK)))
            .exec(page("03 home", ""))
            .exec(think())
            .exec(navigate("04 invoices", "invoices", "invoice-grid"))
            .exec(think())
            .exec(scroll("05 scroll invoices", "invoice-grid"))
            .exec(think())
            .exec(openRow("06 invoice detail", "invoice-grid", "invoice"))
            .exec(think())
            .doIf(session -> session.contains("rowKey")).then(
                    measured("07 invoice pdf", http -> http.get("/documents/invoice/#{number}.pdf?download"),
                            status().is(200), header("Content-Type").is("application/pdf"))
                            .exec(think()))
            .exec(navigate("08 quotes", "quotes", "quote-grid"))
            .exec(think())
            .exec(openRow("09 quote detail", "quote-grid", "quote"))
            .exec(think())
            .exec(uidl("10 logout: menu", (ui, session) -> List.of(ui.click(userMenu(ui))),
                    (ui, session) -> VaadinUi.OK))
            .exec(uidl("10 logout: uidl", (ui, session) -> List.of(ui.click(logoutItem(ui))), true,
                    (ui, session) -> VaadinUi.OK));

    /** The user menu's top item (the only menu item with an ARIA label); clicking it opens the menu. */
    private static int userMenu(VaadinUi ui) {
        return ui.clickableWith("vaadin-menu-bar-item", "aria-label").orElseThrow();
    }

    private static int logoutItem(VaadinUi ui) {
        return ui.clickable("vaadin-menu-bar-item", PortalSimulation::isLogout).orElseThrow();
    }

    private static boolean isLogout(String text) {
        return text.equals("Abmelden") || text.equals("Log out");
    }

    private final HttpProtocolBuilder protocol = http.baseUrl(BASE_URL)
            .disableWarmUp()
            .disableFollowRedirect()
            .acceptHeader("*/*")
            .acceptEncodingHeader("gzip, deflate")
            .acceptLanguageHeader("de-DE,de;q=0.9")
            .userAgentHeader("Mozilla/5.0 (X11; Linux x86_64) kundenportal-bench");

    {
        setUp(JOURNEY.injectClosed(
                        rampConcurrentUsers(0).to(USERS).during(Duration.ofSeconds(RAMP)),
                        constantConcurrentUsers(USERS).during(Duration.ofSeconds(HOLD))))
                .protocols(protocol)
                // users still in a step when the level ends get that long to finish it
                .maxDuration(Duration.ofSeconds(RAMP + HOLD + 30L));
    }

    @Override
    public void after() {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("users", USERS);
        settings.put("rampSeconds", RAMP);
        settings.put("holdSeconds", HOLD);
        settings.put("thinkSeconds", THINK_MIN + "-" + THINK_MAX);
        try {
            STATS.write(Path.of(System.getProperty("resultFile", "target/load-result.json")), settings);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
