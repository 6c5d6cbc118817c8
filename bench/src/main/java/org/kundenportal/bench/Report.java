package org.kundenportal.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;

/** Appends Markdown to the report bench/run.sh started (and echoes it, so a run shows its progress). */
public record Report(Path file) {

    public void append(String markdown) {
        System.out.print(markdown);
        try {
            Files.writeString(file, markdown, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the report " + file, e);
        }
    }

    /** A Markdown table; cells must not contain "|". */
    public static String table(List<String> header, List<List<String>> rows) {
        StringBuilder out = new StringBuilder();
        out.append("| ").append(String.join(" | ", header)).append(" |\n");
        out.append("|").append("---|".repeat(header.size())).append("\n");
        for (List<String> row : rows) {
            out.append("| ").append(String.join(" | ", row)).append(" |\n");
        }
        return out.append("\n").toString();
    }

    /** Milliseconds with two decimals (or one above 100), the way every table shows them. */
    public static String ms(double millis) {
        return String.format(Locale.ROOT, millis >= 100 ? "%.0f" : millis >= 10 ? "%.1f" : "%.2f", millis);
    }
}
