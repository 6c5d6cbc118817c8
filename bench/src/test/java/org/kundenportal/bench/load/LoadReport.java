package org.kundenportal.bench.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.kundenportal.bench.BenchArgs;
import org.kundenportal.bench.Report;

/**
 * The load section of the report from the levels' results ({@code level-N.json} written by
 * {@link PortalSimulation}, {@code level-N.log} its console with Gatling's error summary): the figures per level,
 * per action, the load at which p50 doubles, and the target.
 * <p>
 * Arguments: {@code --results} (the folder), {@code --report}, {@code --settings} (one line for the report).
 */
public final class LoadReport {

    private static final int TARGET_USERS = 1000;
    private static final int TARGET_P95_MS = 100;

    private record Level(int users, JsonNode result, List<String> errors) {
    }

    private LoadReport() {
    }

    public static void main(String[] arguments) throws IOException {
        BenchArgs args = BenchArgs.parse(arguments);
        Path folder = Path.of(args.required("results"));
        ObjectMapper json = new ObjectMapper();
        List<Level> levels = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(path -> path.getFileName().toString().matches("level-\\d+\\.json")).toList()) {
                JsonNode result = json.readTree(file.toFile());
                Path log = file.resolveSibling(file.getFileName().toString().replace(".json", ".log"));
                levels.add(new Level(result.path("users").asInt(), result, errors(log)));
            }
        }
        levels.sort(Comparator.comparingInt(Level::users));
        args.report().append(markdown(levels, args.text("settings", "")));
    }

    /** Gatling's summary of failed checks and requests, from the end of its console output. */
    private static List<String> errors(Path log) throws IOException {
        if (!Files.exists(log)) {
            return List.of();
        }
        List<String> lines = Files.readAllLines(log);
        int start = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("---- Errors ----")) {
                start = i + 1;
            }
        }
        List<String> errors = new ArrayList<>();
        for (int i = start; start > 0 && i < lines.size() && !lines.get(i).startsWith("===="); i++) {
            if (lines.get(i).startsWith("> ")) {
                errors.add(lines.get(i).substring(2).strip());
            }
        }
        return errors;
    }

    static String markdown(List<Level> levels, String settings) {
        StringBuilder out = new StringBuilder("## Load: portal users through Vaadin's protocol (Gatling)\n\n");
        out.append("""
                Each virtual user logs in (login page, `POST /login`), opens home, the invoices, scrolls their grid to a \
                random place, opens an invoice, downloads its PDF, opens the quotes and a quote, and logs out through \
                the user menu, with think times between the steps; a closed model keeps the number of users constant, a \
                user who finished is replaced by a new one. Every request is Vaadin 25's own: the bootstrap page, \
                `v-r=init` (UI id, `Vaadin-Security-Key`), then UIDL round trips with increasing `clientId` and the \
                last `syncId`; components are found in the UI's state tree by tag, class and text. A `confirm` round \
                trip is the browser's acknowledgement of the grid rows it rendered. Each response is checked: HTTP \
                status, no `appError`, no unexpected session expiry, no resynchronisation, ids in order, the expected \
                grid or PDF link on the page. Times are ms from request to full response; percentiles over the \
                successful requests while the level holds its users.
                """);
        out.append("\n").append(settings).append("\n\n");
        if (levels.isEmpty()) {
            return out.append("No level ran.\n\n").toString();
        }

        List<List<String>> summary = new ArrayList<>();
        for (Level level : levels) {
            JsonNode all = level.result().path("all");
            JsonNode ui = level.result().path("ui");
            summary.add(List.of(Integer.toString(level.users()), Integer.toString(all.path("ok").asInt()
                            + all.path("errors").asInt()), errors(all),
                    Integer.toString(level.result().path("actions").path("10 logout: uidl").path("ok").asInt()),
                    ms(all, "p50"), ms(all, "p95"), ms(all, "p99"), ms(ui, "p50"), "**" + ms(ui, "p95") + "**",
                    ms(ui, "p99"), ms(all, "max")));
        }
        out.append(Report.table(List.of("Users", "Requests", "Errors", "Journeys done", "p50", "p95", "p99",
                "UI p50", "UI p95", "UI p99", "Max"), summary));
        out.append("_UI_: the UIDL round trips alone (navigation, grid, clicks), without page loads, login and PDF.\n\n");

        Level single = levels.getFirst();
        int base = single.result().path("all").path("p50").asInt();
        String doubling = levels.stream().filter(level -> level.users() > single.users()
                        && level.result().path("all").path("p50").asInt() >= 2 * Math.max(1, base))
                .findFirst()
                .map(level -> "at **" + level.users() + " users** (p50 " + level.result().path("all").path("p50").asInt()
                        + " ms)")
                .orElse("not within the levels run (up to " + levels.getLast().users() + " users)");
        out.append(String.format(Locale.ROOT, "p50 of all requests with %d user: %d ms; it reaches twice that %s.%n%n",
                single.users(), base, doubling));

        Level top = levels.getLast();
        JsonNode topUi = top.result().path("ui");
        int topErrors = top.result().path("all").path("errors").asInt();
        boolean reached = top.users() >= TARGET_USERS && topUi.path("p95").asInt() < TARGET_P95_MS && topErrors == 0;
        out.append(String.format(Locale.ROOT,
                "Target: %d concurrent users with p95 below %d ms per UI round trip and no errors: **%s** "
                        + "(%d users: UI p95 %d ms, %d errors).%n%n",
                TARGET_USERS, TARGET_P95_MS, reached ? "reached" : "not reached", top.users(),
                topUi.path("p95").asInt(), topErrors));

        out.append("Per action, p50 / p95 / p99 in ms (errors in brackets):\n\n");
        TreeSet<String> actions = new TreeSet<>();
        levels.forEach(level -> level.result().path("actions").fieldNames().forEachRemaining(actions::add));
        List<String> header = new ArrayList<>(List.of("Action"));
        levels.forEach(level -> header.add(level.users() + (level.users() == 1 ? " user" : " users")));
        List<List<String>> rows = new ArrayList<>();
        for (String action : actions) {
            List<String> row = new ArrayList<>(List.of(action));
            for (Level level : levels) {
                JsonNode stats = level.result().path("actions").path(action);
                row.add(stats.isMissingNode() ? "–" : ms(stats, "p50") + " / " + ms(stats, "p95") + " / "
                        + ms(stats, "p99") + (stats.path("errors").asInt() > 0 ? " (" + stats.path("errors").asInt()
                        + ")" : ""));
            }
            rows.add(row);
        }
        out.append(Report.table(header, rows));

        for (Level level : levels) {
            if (!level.errors().isEmpty()) {
                out.append("Errors with ").append(level.users()).append(" users (Gatling's summary):\n\n```\n");
                level.errors().stream().limit(12).forEach(line -> out.append(line).append('\n'));
                out.append("```\n\n");
            }
        }
        return out.toString();
    }

    private static String errors(JsonNode stats) {
        int errors = stats.path("errors").asInt();
        int total = stats.path("ok").asInt() + errors;
        return errors == 0 ? "0" : String.format(Locale.ROOT, "%d (%.1f %%)", errors, 100.0 * errors / total);
    }

    private static String ms(JsonNode stats, String field) {
        return Integer.toString(stats.path(field).asInt());
    }
}
