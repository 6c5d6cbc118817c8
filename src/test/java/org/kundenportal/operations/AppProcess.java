package org.kundenportal.operations;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.kundenportal.Application;

/**
 * The app as a process of its own, started from the test classpath with {@code java -cp}, so a test can kill it
 * like a crash would (SIGKILL: {@link Process#destroyForcibly()} on Linux) and start it again on the same data. Its
 * output goes to a log file under target/ and, line by line, to whoever listens.
 */
public final class AppProcess implements AutoCloseable {

    private final Process process;
    private final int port;
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Thread reader;

    private AppProcess(Process process, int port, Path log, Consumer<String> listener) {
        this.process = process;
        this.port = port;
        this.reader = Thread.ofPlatform().daemon().name("app-output-" + port).start(() -> copy(log, listener));
    }

    /**
     * Starts the app with only the given environment (nothing of the test's own, such as a DB_URL, leaks in), on a
     * free port with its embedded SMTP server on another, in the production frontend mode the build prepared.
     */
    public static AppProcess start(Map<String, String> environment, List<String> arguments, Path log,
                                   Consumer<String> listener) {
        return start(Application.class, environment, arguments, log, listener);
    }

    /** As {@link #start(Map, List, Path, Consumer)}, with another main class that runs the app in its own way. */
    public static AppProcess start(Class<?> main, Map<String, String> environment, List<String> arguments, Path log,
                                   Consumer<String> listener) {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Djava.awt.headless=true",
                "-cp", classpath(), main.getName(),
                "--vaadin.productionMode=true"));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.keySet().retainAll(List.of("PATH", "HOME", "LANG", "TMPDIR", "USER"));
        env.putAll(environment);
        env.put("PORT", String.valueOf(port));
        env.put("EMBEDDED_SMTP_PORT", "0");
        try {
            Files.createDirectories(log.getParent());
            return new AppProcess(builder.start(), port, log, listener);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the app", e);
        }
    }

    /** Surefire runs the tests from a manifest-only jar; the real classpath is in this property. */
    private static String classpath() {
        return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    }

    public int port() {
        return port;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Everything the app printed so far. */
    public List<String> output() {
        return List.copyOf(lines);
    }

    /** Waits until /actuator/health answers UP; fails early when the process ends first. */
    public void awaitHealthy(Duration timeout) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The app ended with " + process.exitValue() + " before it was up:\n"
                        + tail());
            }
            try {
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/actuator/health")).timeout(Duration.ofSeconds(5))
                        .build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200 && health.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(500);
        }
        throw new IllegalStateException("The app was not up within " + timeout + ":\n" + tail());
    }

    /** SIGKILL: no shutdown hook, no transaction finished, no connection closed. */
    public void kill() {
        process.destroyForcibly();
        awaitExit(Duration.ofSeconds(30));
    }

    /** SIGTERM: Spring's graceful shutdown. */
    public void stop() {
        process.destroy();
        if (!process.isAlive()) {
            return;
        }
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                kill();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            kill();
        }
    }

    /** The exit code, after waiting for the process (and its output) to end. */
    public int awaitExit(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("The app did not end within " + timeout);
            }
            reader.join(5_000);
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            kill();
        }
    }

    private String tail() {
        List<String> all = output();
        return String.join("\n", all.subList(Math.max(0, all.size() - 60), all.size()));
    }

    private void copy(Path log, Consumer<String> listener) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
             PrintWriter out = new PrintWriter(Files.newBufferedWriter(log, StandardCharsets.UTF_8), true)) {
            String line;
            while ((line = in.readLine()) != null) {
                out.println(line);
                lines.add(line);
                listener.accept(line);
            }
        } catch (IOException ended) {
            // the process is gone
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
