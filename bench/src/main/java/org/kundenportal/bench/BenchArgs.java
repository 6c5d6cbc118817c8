package org.kundenportal.bench;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** The {@code --name value} arguments bench/run.sh passes to every bench. */
public record BenchArgs(Map<String, String> values) {

    public static BenchArgs parse(String[] arguments) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < arguments.length; i++) {
            if (!arguments[i].startsWith("--") || i + 1 >= arguments.length) {
                throw new IllegalArgumentException("Expected --name value pairs, got: " + String.join(" ", arguments));
            }
            values.put(arguments[i].substring(2), arguments[++i]);
        }
        return new BenchArgs(Map.copyOf(values));
    }

    public String text(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    public String required(String name) {
        String value = values.get(name);
        if (value == null) {
            throw new IllegalArgumentException("Missing --" + name);
        }
        return value;
    }

    public int integer(String name, int fallback) {
        return values.containsKey(name) ? Integer.parseInt(values.get(name)) : fallback;
    }

    /** bench/run.sh --quick: small data and short runs. */
    public boolean quick() {
        return "1".equals(values.get("quick"));
    }

    /** The Markdown report to append to. */
    public Report report() {
        return new Report(Path.of(required("report")));
    }
}
