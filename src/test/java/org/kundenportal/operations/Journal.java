package org.kundenportal.operations;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * What the load did, per kind of action: started (may be half-way when the app died), done (returned, so committed)
 * and failed. Fed by {@link CrashLoad}'s output lines and by the test's own API clients.
 */
final class Journal {

    private final Map<String, Set<String>> started = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> done = new ConcurrentHashMap<>();
    private final List<String> failures = new CopyOnWriteArrayList<>();
    private volatile boolean ready;

    /** One line of the app's output; only {@link CrashLoad#LINE} lines count. */
    void read(String line) {
        if (!line.startsWith(CrashLoad.LINE)) {
            return;
        }
        String[] parts = line.substring(CrashLoad.LINE.length()).split(" ", 3);
        switch (parts[0]) {
            case "START" -> start(parts[1], parts[2]);
            case "DONE" -> done(parts[1], parts[2]);
            case "FAILED" -> failures.add(line);
            case "READY" -> ready = true;
            default -> { }
        }
    }

    void start(String kind, String key) {
        started.computeIfAbsent(kind, k -> ConcurrentHashMap.newKeySet()).add(key);
    }

    void done(String kind, String key) {
        done.computeIfAbsent(kind, k -> ConcurrentHashMap.newKeySet()).add(key);
    }

    void failed(String failure) {
        failures.add(failure);
    }

    Set<String> started(String kind) {
        return Set.copyOf(started.getOrDefault(kind, Set.of()));
    }

    Set<String> done(String kind) {
        return Set.copyOf(done.getOrDefault(kind, Set.of()));
    }

    List<String> failures() {
        return List.copyOf(failures);
    }

    /** Actions started but not seen to return: those the kill may have cut in half. */
    int inFlight() {
        return started.entrySet().stream()
                .mapToInt(entry -> (int) entry.getValue().stream().filter(key -> !done(entry.getKey()).contains(key)).count())
                .sum();
    }

    /** Waits until the load has prepared its people, documents and the ERP's API client. */
    void awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!ready) {
            if (System.nanoTime() > deadline || !failures.isEmpty()) {
                throw new IllegalStateException("The load did not get ready, failures " + failures);
            }
            AppProcess.sleep(100);
        }
    }

    /** Waits until every kind has done at least the given number of actions. */
    void awaitEach(List<String> kinds, int enough, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (kinds.stream().anyMatch(kind -> done(kind).size() < enough)) {
            if (System.nanoTime() > deadline || !failures.isEmpty()) {
                throw new IllegalStateException("The load did not get going: done " + summary() + ", failures "
                        + failures);
            }
            AppProcess.sleep(100);
        }
    }

    String summary() {
        StringBuilder text = new StringBuilder();
        started.forEach((kind, keys) -> text.append(kind).append(' ').append(done(kind).size()).append('/')
                .append(keys.size()).append(' '));
        return text.toString().strip();
    }
}
