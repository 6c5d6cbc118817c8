package org.kundenportal.base.db;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/**
 * In the production profile (the Docker image sets it) the app refuses to start on a database anyone could log in
 * to: without an external database (the embedded one has a root user without password), with an empty password or
 * with one of the well-known defaults that example files and tutorials use. It runs before the context is built,
 * so nothing has connected yet, and says why in one log line. Registered in META-INF/spring.factories.
 */
public class ProductionDatabaseGuard implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    public static final String PROFILE = "production";

    private static final Logger log = LoggerFactory.getLogger(ProductionDatabaseGuard.class);

    // what example compose files, tutorials and images use; compared ignoring case
    private static final Set<String> WELL_KNOWN = Set.of("change-me", "change-me-too", "changeme", "change_me",
            "password", "passwort", "secret", "root", "admin", "mariadb", "mysql", "portal", "kundenportal", "test",
            "example", "default", "123456", "12345678", "qwerty");

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        refuseWeakDatabase(event.getEnvironment());
    }

    /** @throws WeakDatabaseSecretException in the production profile when {@link #problem} finds one */
    static void refuseWeakDatabase(Environment environment) {
        if (!environment.acceptsProfiles(Profiles.of(PROFILE))) {
            return;
        }
        Optional<String> problem = problem(environment.getProperty("spring.datasource.url"),
                environment.getProperty("spring.datasource.password"));
        if (problem.isPresent()) {
            log.error("Refusing to start in the production profile: {}", problem.get());
            throw new WeakDatabaseSecretException(problem.get());
        }
    }

    /** What is wrong with the database settings for production, if anything; never repeats the password. */
    static Optional<String> problem(String url, String password) {
        if (url == null || url.isBlank()) {
            return Optional.of("DB_URL is empty, so the app would start its embedded MariaDB, whose root user has no "
                    + "password. Set DB_URL, DB_USER and DB_PASSWORD to a MariaDB server.");
        }
        if (password == null || password.isBlank()) {
            return Optional.of("DB_PASSWORD is empty. Set it to the password of the database user.");
        }
        if (WELL_KNOWN.contains(password.strip().toLowerCase(Locale.ROOT))) {
            return Optional.of("DB_PASSWORD is a well-known default password. Set a password of your own "
                    + "(e.g. openssl rand -base64 24) for the database user and in DB_PASSWORD.");
        }
        return Optional.empty();
    }
}
