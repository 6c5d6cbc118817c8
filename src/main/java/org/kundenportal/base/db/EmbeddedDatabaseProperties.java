package org.kundenportal.base.db;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where and how the embedded MariaDB runs when no external database is configured.
 *
 * @param dir        holds {@code base/} (the server binaries) and {@code data/} (kept between restarts)
 * @param port       TCP port; 0 picks a free one at every start
 * @param database   schema the application uses
 * @param resetData  wipe the data directory before starting (tests only)
 */
@ConfigurationProperties("kundenportal.embedded-db")
public record EmbeddedDatabaseProperties(Path dir, int port, String database, boolean resetData) {

    public EmbeddedDatabaseProperties {
        if (dir == null) {
            dir = Path.of(System.getProperty("user.home"), ".kundenportal", "mariadb");
        }
        if (database == null || database.isBlank()) {
            database = "kundenportal";
        }
    }
}
