package org.kundenportal.bench.load;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kundenportal.bench.BenchArgs;
import org.kundenportal.bench.Report;

/**
 * Item 3 of issue 6: the live heap the app keeps per logged-in portal session. Parks N real sessions on the
 * invoices view (login page, login, home, a click on "Invoices" with the grid's first rows, each through
 * {@link PortalSession}), and compares the live heap after a full GC ({@code jcmd GC.class_histogram}, which
 * counts live objects only) with the live heap before; the classes that grew most say what a session holds.
 * A warm-up round first, so that caches filled once per app (routes, templates, JIT) are not counted as
 * sessions; the parked sessions are logged out at the end, and the heap measured once more.
 * <p>
 * Arguments: {@code --base-url}, {@code --pid} (the app's process), {@code --sessions}, {@code --user-pattern},
 * {@code --user-count}, {@code --password}, {@code --report}, {@code --histograms} (folder for jcmd's output).
 */
public final class SessionMemory {

    private static final double TARGET_KB = 150;
    private static final Pattern HISTOGRAM_LINE = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)");
    /** G1 fills unused heap with these; the histogram lists them, but they are no live objects. */
    private static final String FILLER = "jdk.internal.vm.Filler";
    private static final int WARM_UP_SESSIONS = 20;

    private record Histogram(long totalBytes, Map<String, long[]> classes) {
    }

    private SessionMemory() {
    }

    public static void main(String[] arguments) throws Exception {
        BenchArgs args = BenchArgs.parse(arguments);
        String baseUrl = args.required("base-url");
        long pid = Long.parseLong(args.required("pid"));
        int sessions = args.integer("sessions", 200);
        String pattern = args.text("user-pattern", "bench-user-%d@example.com");
        int userCount = args.integer("user-count", 2000);
        String password = args.text("password", "bench-password");
        String jcmd = jcmd(pid);

        HttpClient client = PortalSession.client();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            System.out.println("Session memory: warm-up with " + WARM_UP_SESSIONS + " sessions");
            logout(park(client, pool, baseUrl, WARM_UP_SESSIONS, pattern, userCount, password), pool);
            Histogram before = histogram(jcmd, pid, args, "0-sessions");
            System.out.println("Session memory: parking " + sessions + " sessions on the invoices view");
            long started = System.nanoTime();
            List<PortalSession> parked = park(client, pool, baseUrl, sessions, pattern, userCount, password);
            double parkSeconds = (System.nanoTime() - started) / 1e9;
            Histogram with = histogram(jcmd, pid, args, sessions + "-sessions");
            logout(parked, pool);
            Histogram after = histogram(jcmd, pid, args, "logged-out");
            args.report().append(markdown(sessions, parkSeconds, before, with, after, pattern));
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<PortalSession> park(HttpClient client, ExecutorService pool, String baseUrl, int count,
                                            String pattern, int userCount, String password) throws Exception {
        List<Future<PortalSession>> futures = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String email = pattern.formatted(i % userCount + 1);
            futures.add(pool.submit(() -> {
                PortalSession session = new PortalSession(client, baseUrl);
                session.login(email, password);
                session.navigate("invoices");
                return session;
            }));
        }
        List<PortalSession> sessions = new ArrayList<>();
        for (Future<PortalSession> future : futures) {
            sessions.add(future.get());
        }
        return sessions;
    }

    private static void logout(List<PortalSession> sessions, ExecutorService pool) throws Exception {
        List<Future<Object>> futures = new ArrayList<>();
        for (PortalSession session : sessions) {
            futures.add(pool.submit(() -> {
                session.logout();
                return null;
            }));
        }
        for (Future<Object> future : futures) {
            future.get();
        }
    }

    /** The jcmd of the JDK the app runs on, else the one on the PATH. */
    private static String jcmd(long pid) {
        return ProcessHandle.of(pid).flatMap(process -> process.info().command())
                .map(java -> Path.of(java).resolveSibling("jcmd"))
                .filter(path -> path.toFile().canExecute())
                .map(Path::toString)
                .orElse("jcmd");
    }

    /** Live objects after a full GC: {@code GC.class_histogram} collects first and counts what survives. */
    private static Histogram histogram(String jcmd, long pid, BenchArgs args, String name)
            throws IOException, InterruptedException {
        Process process = new ProcessBuilder(jcmd, Long.toString(pid), "GC.class_histogram")
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IOException("jcmd failed: " + output);
        }
        // kept for a closer look at what sessions hold
        Path keep = Path.of(args.text("histograms", "target/load"), "histogram-" + name + ".txt");
        Files.createDirectories(keep.getParent());
        Files.writeString(keep, output);
        Map<String, long[]> classes = new HashMap<>();
        long total = 0;
        for (String line : output.split("\n")) {
            Matcher entry = HISTOGRAM_LINE.matcher(line);
            if (entry.find() && !entry.group(3).contains(FILLER)) {
                long bytes = Long.parseLong(entry.group(2));
                classes.put(entry.group(3), new long[] {Long.parseLong(entry.group(1)), bytes});
                total += bytes;
            }
        }
        if (classes.isEmpty()) {
            throw new IOException("no classes in jcmd's histogram: " + output.lines().limit(5).toList());
        }
        return new Histogram(total, classes);
    }

    private static String markdown(int sessions, double parkSeconds, Histogram before, Histogram with,
                                   Histogram after, String pattern) {
        double perSession = (with.totalBytes() - before.totalBytes()) / 1024.0 / sessions;
        StringBuilder out = new StringBuilder("## Session memory\n\n");
        out.append(String.format(Locale.ROOT, """
                %d portal sessions (users %s) parked on the invoices view, each through the real protocol: login \
                page, login, home, a click on "Invoices" with the grid's first rows (%.0f s to park them all, 4 at a \
                time). Live heap after a full GC: the sum of `jcmd GC.class_histogram` without G1's filler arrays, \
                after a warm-up of %d sessions that were logged out again. The successful login closes the login \
                page's UI, so a parked session holds one UI, the portal's.

                """, sessions, pattern.replace("%d", "{i}"), parkSeconds, WARM_UP_SESSIONS));
        out.append(Report.table(List.of("", "Live heap", "Per session"), List.of(
                List.of("0 sessions", mb(before.totalBytes()), ""),
                List.of(sessions + " sessions", mb(with.totalBytes()),
                        String.format(Locale.ROOT, "**%.0f KB**", perSession)),
                List.of("after logging them out", mb(after.totalBytes()),
                        String.format(Locale.ROOT, "%.0f KB left", (after.totalBytes() - before.totalBytes())
                                / 1024.0 / sessions)))));
        out.append(String.format(Locale.ROOT, "Target at most %.0f KB per session: **%s** (%.0f KB).%n%n", TARGET_KB,
                perSession <= TARGET_KB ? "reached" : "not reached", perSession));
        out.append("What a session holds, by the classes that grew most (per session):\n\n");
        List<Map.Entry<String, long[]>> growth = new ArrayList<>();
        for (Map.Entry<String, long[]> entry : with.classes().entrySet()) {
            long[] old = before.classes().getOrDefault(entry.getKey(), new long[2]);
            growth.add(Map.entry(entry.getKey(), new long[] {entry.getValue()[0] - old[0], entry.getValue()[1] - old[1]}));
        }
        growth.sort(Collections.reverseOrder(Map.Entry.comparingByValue((a, b) -> Long.compare(a[1], b[1]))));
        List<List<String>> rows = new ArrayList<>();
        for (Map.Entry<String, long[]> entry : growth.subList(0, Math.min(15, growth.size()))) {
            rows.add(List.of("`" + entry.getKey() + "`",
                    String.format(Locale.ROOT, "%.0f", entry.getValue()[0] / (double) sessions),
                    String.format(Locale.ROOT, "%.1f KB", entry.getValue()[1] / 1024.0 / sessions)));
        }
        out.append(Report.table(List.of("Class", "Objects", "Bytes"), rows));
        return out.toString();
    }

    private static String mb(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1024.0 / 1024.0);
    }
}
