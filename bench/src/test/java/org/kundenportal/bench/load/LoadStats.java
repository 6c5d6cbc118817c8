package org.kundenportal.bench.load;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Response times and errors per action of one load level, kept by the simulation itself (Gatling's own report is
 * HTML only): the level's figures are written as JSON at its end and {@link LoadReport} turns the levels into
 * Markdown. Response times are Gatling's (request sent to response read); percentiles are taken over the
 * successful requests, as Gatling's "OK" columns are.
 */
final class LoadStats {

    /** Round trips of the UI itself (UIDL requests), the ones the 100 ms target is about. */
    static boolean isUiRoundTrip(String action) {
        return action.endsWith(": uidl") || action.endsWith(": confirm") || action.endsWith(": menu");
    }
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final class Action {
        private int[] times = new int[256];
        private int size;
        private int errors;

        synchronized void add(int millis, boolean failed) {
            if (failed) {
                errors++;
                return;
            }
            if (size == times.length) {
                times = Arrays.copyOf(times, size * 2);
            }
            times[size++] = millis;
        }

        synchronized int[] sorted() {
            int[] copy = Arrays.copyOf(times, size);
            Arrays.sort(copy);
            return copy;
        }

        synchronized int errors() {
            return errors;
        }
    }

    private final Map<String, Action> actions = new TreeMap<>();

    void record(String action, int millis, boolean failed) {
        Action recorder;
        synchronized (actions) {
            recorder = actions.computeIfAbsent(action, ignored -> new Action());
        }
        recorder.add(millis, failed);
    }

    /** Nearest-rank percentile of sorted values; 0 when there are none. */
    static int percentile(int[] sorted, double percent) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    void write(Path file, Map<String, Object> settings) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        settings.forEach((key, value) -> root.putPOJO(key, value));
        ObjectNode byAction = root.putObject("actions");
        List<int[]> everything = new ArrayList<>();
        List<int[]> ui = new ArrayList<>();
        int allErrors = 0;
        int uiErrors = 0;
        synchronized (actions) {
            for (Map.Entry<String, Action> entry : actions.entrySet()) {
                int[] sorted = entry.getValue().sorted();
                int errors = entry.getValue().errors();
                everything.add(sorted);
                allErrors += errors;
                if (isUiRoundTrip(entry.getKey())) {
                    ui.add(sorted);
                    uiErrors += errors;
                }
                put(byAction.putObject(entry.getKey()), sorted, errors);
            }
        }
        put(root.putObject("all"), merged(everything), allErrors);
        put(root.putObject("ui"), merged(ui), uiErrors);
        Files.createDirectories(file.toAbsolutePath().getParent());
        JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), root);
    }

    private static int[] merged(List<int[]> parts) {
        return parts.stream().flatMapToInt(Arrays::stream).sorted().toArray();
    }

    private static void put(ObjectNode node, int[] sorted, int errors) {
        node.put("ok", sorted.length);
        node.put("errors", errors);
        node.put("p50", percentile(sorted, 50));
        node.put("p95", percentile(sorted, 95));
        node.put("p99", percentile(sorted, 99));
        node.put("max", sorted.length == 0 ? 0 : sorted[sorted.length - 1]);
    }
}
