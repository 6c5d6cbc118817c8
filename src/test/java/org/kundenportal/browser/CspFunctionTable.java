package org.kundenportal.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/**
 * Adds Flow's calls of {@code new Function(...)} to the table in {@code csp/flow-functions.js}: one entry per
 * call, its arguments as the key and a function written from them. Only the browser tests run with
 * {@code kundenportal.csp.report-only=true} write here (README, "Content-Security-Policy").
 */
final class CspFunctionTable {

    static final Path SOURCE = Path.of("src/main/resources/META-INF/resources/csp/flow-functions.js");
    private static final String END = "    // ---- end of generated ----";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private CspFunctionTable() {
    }

    static synchronized void add(Collection<List<String>> calls) {
        try {
            String table = Files.readString(SOURCE, StandardCharsets.UTF_8);
            StringBuilder added = new StringBuilder();
            for (List<String> call : calls) {
                String key = JSON.writeValueAsString(call);
                if (!table.contains("    kp(" + key + ",") && added.indexOf("    kp(" + key + ",") < 0) {
                    added.append(entry(key, call));
                }
            }
            if (!added.isEmpty()) {
                Files.writeString(SOURCE, table.replace(END, added + END), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The parameters and the body exactly as given, as {@code new Function} would have compiled them. */
    private static String entry(String key, List<String> call) {
        String parameters = String.join(", ", call.subList(0, call.size() - 1));
        return "    kp(" + key + ", function (" + parameters + ") {\n" + call.getLast() + "\n    });\n";
    }
}
