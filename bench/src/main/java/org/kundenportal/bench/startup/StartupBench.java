package org.kundenportal.bench.startup;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kundenportal.bench.BenchArgs;
import org.kundenportal.bench.Report;

/**
 * Start-up time: from starting {@code java} to the first 200 answer of {@code GET /login}, polled every 20 ms,
 * against the bench database (data there, Flyway only validates). Three ways, median of three starts each:
 * the plain jar ({@code java -jar}), the extracted jar ({@code java -Djarmode=tools -jar app.jar extract}), and
 * the extracted jar with a JDK 25 AOT cache ({@code -XX:AOTCache}) made by one training run
 * ({@code -XX:AOTCacheOutput}) that starts the app, loads the login page and stops it.
 */
public final class StartupBench {

    private static final Pattern STARTED = Pattern.compile("Started Application in ([0-9.]+) seconds");

    private final String java;
    private final Map<String, String> environment;
    private final String heap;
    private final int port;
    private final Path logs;
    /** The cores the app may use ("0-1"), or empty: the bench itself runs pinned, and children inherit that. */
    private final String cpus;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private StartupBench(BenchArgs args) {
        this.java = args.required("java");
        this.heap = args.text("heap", "1g");
        this.port = args.integer("port", 18080);
        this.logs = Path.of(args.required("extracted")).getParent();
        this.cpus = args.text("cpus", "");
        // configured as in production: an external database and an SMTP server (the bench's, BenchDatabase; the app
        // connects only to send), which the app jar needs as it has no embedded MariaDB or mail server
        this.environment = Map.of(
                "DB_URL", args.required("url"),
                "DB_USER", "root",
                "DB_PASSWORD", "",
                "DEMO_DATA", "false",
                "PORT", String.valueOf(port),
                "SPRING_MAIL_HOST", "127.0.0.1",
                "SPRING_MAIL_PORT", args.text("smtp-port", "12525"));
    }

    public static void main(String[] arguments) throws Exception {
        BenchArgs args = BenchArgs.parse(arguments);
        StartupBench bench = new StartupBench(args);
        int runs = args.quick() ? 1 : 3;
        String jar = args.required("jar");
        String extracted = args.required("extracted");
        Path cache = Path.of(extracted).resolveSibling("app.aot");

        List<String> plain = List.of("-jar", jar);
        List<String> unpacked = List.of("-jar", extracted);
        Result plainResult = bench.measure("plain", plain, runs);
        Result extractedResult = bench.measure("extracted", unpacked, runs);
        Files.deleteIfExists(cache);
        long trainingMs = bench.train(cache, unpacked);
        List<String> withCache = new ArrayList<>(List.of("-XX:AOTCache=" + cache));
        withCache.addAll(unpacked);
        Result aotResult = bench.measure("aot", withCache, runs);

        List<List<String>> rows = List.of(
                plainResult.row("`java -jar kundenportal.jar`"),
                extractedResult.row("extracted jar"),
                aotResult.row("extracted jar + AOT cache (%,d MB)".formatted(Files.size(cache) >> 20)));
        args.report().append("## 6. Start-up\n\n"
                + "From starting `java` to the first 200 answer of `GET /login` (polled every 20 ms), configured as in "
                + "production (the bench database, Flyway validates only; the bench's SMTP server), "
                + "heap %s, the app alone on the machine (both cores). "
                .formatted(bench.heap)
                + "Median of %d starts; *Spring* is what the app logs as \"Started Application in\". The AOT cache comes "
                .formatted(runs)
                + "from one training run (`-XX:AOTCacheOutput`, %.0f s: start, load the login page, stop). "
                .formatted(trainingMs / 1000.0)
                + "Target: ≤ 5 s with the AOT cache.\n\n"
                + Report.table(List.of("Way", "Login page answers (s)", "Spring (s)", "Runs (s)"), rows)
                + "**Plain jar ÷ AOT cache: %.2f×** (%s s → %s s).%n%n".formatted(plainResult.median() / aotResult.median(),
                seconds(plainResult.median()), seconds(aotResult.median())));
    }

    /** Start times in ms of each run, and what Spring logged. */
    record Result(double[] millis, double[] springSeconds) {

        double median() {
            double[] sorted = millis.clone();
            Arrays.sort(sorted);
            return sorted[sorted.length / 2];
        }

        List<String> row(String way) {
            double[] spring = springSeconds.clone();
            Arrays.sort(spring);
            return List.of(way, seconds(median()), "%.2f".formatted(spring[spring.length / 2]),
                    String.join(", ", Arrays.stream(millis).mapToObj(StartupBench::seconds).toList()));
        }
    }

    private static String seconds(double millis) {
        return "%.2f".formatted(millis / 1000);
    }

    private Result measure(String name, List<String> way, int runs) throws Exception {
        double[] millis = new double[runs];
        double[] spring = new double[runs];
        for (int run = 0; run < runs; run++) {
            Path log = logs.resolve("startup-" + name + "-" + run + ".log");
            long started = System.nanoTime();
            Process app = start(way, log);
            try {
                awaitLogin(app, log);
                millis[run] = (System.nanoTime() - started) / 1e6;
            } finally {
                stop(app);
            }
            spring[run] = springSeconds(log);
            System.out.printf("%s run %d: %.2f s%n", name, run + 1, millis[run] / 1000);
        }
        return new Result(millis, spring);
    }

    /** One run that records the AOT cache: start, answer the login page a few times, stop; the JVM writes at exit. */
    private long train(Path cache, List<String> way) throws Exception {
        List<String> training = new ArrayList<>(List.of("-XX:AOTCacheOutput=" + cache));
        training.addAll(way);
        Path log = logs.resolve("startup-training.log");
        long started = System.nanoTime();
        Process app = start(training, log);
        try {
            awaitLogin(app, log);
            for (int i = 0; i < 20; i++) {
                get("/login");
            }
        } finally {
            stop(app);
        }
        if (!Files.exists(cache)) {
            throw new IllegalStateException("The training run wrote no AOT cache; see " + log);
        }
        return (System.nanoTime() - started) / 1_000_000;
    }

    private Process start(List<String> way, Path log) throws IOException {
        List<String> command = new ArrayList<>();
        if (!cpus.isEmpty()) {
            command.addAll(List.of("taskset", "-c", cpus));
        }
        command.addAll(List.of(java, "-Xms" + heap, "-Xmx" + heap));
        command.addAll(way);
        command.add("--server.address=127.0.0.1");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        return builder.start();
    }

    private void awaitLogin(Process app, Path log) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < deadline) {
            if (!app.isAlive()) {
                throw new IllegalStateException("The app stopped during start-up; see " + log);
            }
            if (get("/login") == 200) {
                return;
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("No login page within 180 s; see " + log);
    }

    private int get(String path) throws InterruptedException {
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return 0;
        }
    }

    private static void stop(Process app) throws InterruptedException {
        app.destroy();
        if (!app.waitFor(120, TimeUnit.SECONDS)) {
            app.destroyForcibly().waitFor();
        }
    }

    private static double springSeconds(Path log) throws IOException {
        Matcher matcher = STARTED.matcher(Files.readString(log));
        return matcher.find() ? Double.parseDouble(matcher.group(1)) : Double.NaN;
    }
}
