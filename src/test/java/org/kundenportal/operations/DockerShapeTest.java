package org.kundenportal.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The production shape as docker-compose.yml, the Dockerfile and .dockerignore describe it, read the way Docker
 * reads them (there is no Docker engine in the build): pinned images, no default secrets, a small build context,
 * and the app itself refusing a guessable database password in the production profile.
 */
class DockerShapeTest {

    private static final Pattern EXACT_VERSION = Pattern.compile(".+:v?\\d+\\.\\d+\\.\\d+([._-][A-Za-z0-9._-]+)?");
    private static final Pattern SECRET_NAME = Pattern.compile(".*(PASSWORD|SECRET|TOKEN|API_KEY).*");
    private static final Pattern REQUIRED_VARIABLE = Pattern.compile("\\$\\{[A-Z_]+:\\?[^}]+}");

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> services() throws IOException {
        Map<String, Object> compose = new Yaml().load(Files.readString(Path.of("docker-compose.yml")));
        return (Map<String, Map<String, Object>>) compose.get("services");
    }

    private static List<String> dockerfile() throws IOException {
        return Files.readAllLines(Path.of("Dockerfile"));
    }

    @Test
    void everyImageIsPinnedToAnExactVersion() throws IOException {
        services().forEach((name, service) -> {
            if (service.containsKey("image")) {
                assertThat((String) service.get("image")).as("image of service " + name).matches(EXACT_VERSION);
            } else {
                assertThat(service).as("service " + name + " is built").containsKey("build");
            }
        });
        List<String> bases = dockerfile().stream().filter(line -> line.startsWith("FROM "))
                .map(line -> line.split("\\s+")[1]).toList();
        assertThat(bases).isNotEmpty().allSatisfy(image -> assertThat(image).matches(EXACT_VERSION));
    }

    @Test
    @SuppressWarnings("unchecked")
    void secretsHaveNoDefaultsAndComposeRefusesToStartWithoutThem() throws IOException {
        List<String> secrets = new ArrayList<>();
        services().forEach((name, service) -> {
            Map<String, Object> environment = (Map<String, Object>) service.getOrDefault("environment", Map.of());
            environment.forEach((key, value) -> {
                if (SECRET_NAME.matcher(key).matches()) {
                    assertThat(String.valueOf(value)).as(name + " " + key).matches(REQUIRED_VARIABLE);
                    secrets.add(String.valueOf(value));
                }
            });
        });
        assertThat(secrets).anyMatch(value -> value.startsWith("${DB_PASSWORD:?"))
                .anyMatch(value -> value.startsWith("${DB_ROOT_PASSWORD:?"));
        assertThat(Files.readString(Path.of("docker-compose.yml"))).doesNotContain("change-me");
    }

    @Test
    void theImageRunsInTheProductionProfile() throws IOException {
        assertThat(dockerfile()).contains("ENV SPRING_PROFILES_ACTIVE=production");
    }

    @Test
    void theBuildContextHoldsOnlyWhatTheDockerfileCopies() throws IOException {
        List<String> rules = Files.readAllLines(Path.of(".dockerignore")).stream().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        for (String excluded : List.of("target/kundenportal-1.0.0-SNAPSHOT.jar", "target/classes/application.yml",
                ".git/HEAD", "node_modules/vite/package.json", "frontend/node_modules/x.js", "bench/target/bench.jar",
                "src/main/bundles/prod.bundle", "frontend/generated/index.ts", ".idea/workspace.xml")) {
            assertThat(isExcluded(rules, excluded)).as(excluded).isTrue();
        }
        List<String> copied = dockerfile().stream().filter(line -> line.startsWith("COPY ") && !line.contains("--from"))
                .flatMap(line -> {
                    String[] parts = line.split("\\s+");
                    return List.of(parts).subList(1, parts.length - 1).stream();
                }).toList();
        assertThat(copied).contains("pom.xml", "src", "frontend", "themes");
        for (String needed : copied) {
            assertThat(isExcluded(rules, needed)).as(needed + " is copied by the Dockerfile").isFalse();
        }
        assertThat(isExcluded(rules, "src/main/java/org/kundenportal/Application.java")).isFalse();
        assertThat(isExcluded(rules, ".mvn/wrapper/maven-wrapper.properties")).isFalse();
    }

    /** Docker's rule: the last matching line decides; a line matches a path or any folder it lies in. */
    private static boolean isExcluded(List<String> rules, String path) {
        boolean excluded = false;
        for (String rule : rules) {
            boolean exception = rule.startsWith("!");
            String pattern = exception ? rule.substring(1) : rule;
            if (matches(pattern, path)) {
                excluded = !exception;
            }
        }
        return excluded;
    }

    private static boolean matches(String pattern, String path) {
        List<String> globs = pattern.startsWith("**/") ? List.of(pattern, pattern.substring(3)) : List.of(pattern);
        String prefix = "";
        for (String segment : path.split("/")) {
            prefix = prefix.isEmpty() ? segment : prefix + "/" + segment;
            for (String glob : globs) {
                if (FileSystems.getDefault().getPathMatcher("glob:" + glob).matches(Path.of(prefix))) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void theAppRefusesToStartInTheProductionProfileWithAWellKnownPassword() {
        try (AppProcess app = AppProcess.start(Map.of("SPRING_PROFILES_ACTIVE", "production",
                        "DB_URL", "jdbc:mariadb://127.0.0.1:9/kundenportal", "DB_USER", "portal", "DB_PASSWORD", "change-me"),
                List.of(), Path.of("target", "operations", "production-refusal.log"), line -> { })) {
            assertThat(app.awaitExit(Duration.ofSeconds(90))).isNotZero();
            String output = String.join("\n", app.output());
            assertThat(output).contains("Refusing to start in the production profile: DB_PASSWORD is a well-known "
                    + "default password").contains("APPLICATION FAILED TO START").doesNotContain("change-me");
            Matcher connected = Pattern.compile("HikariPool-\\d+ - Start completed").matcher(output);
            assertThat(connected.find()).as("never connected to the database").isFalse();
        }
    }
}
