package org.kundenportal.base.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Several app nodes that start together migrate the schema one after the other. Flyway's own lock does not hold on a
 * Galera cluster: there it locks the rows of its history table instead of a named lock, and on an empty schema there
 * are none yet, so two nodes both ran the first migration. A named lock on the database server the nodes write to
 * (all write to the same one, see docker-compose.cluster.yml) lets one node migrate while the others wait and then
 * find nothing left to do.
 */
@Configuration(proxyBeanMethods = false)
class MigrationLock {

    private static final Logger log = LoggerFactory.getLogger(MigrationLock.class);
    private static final String NAME = "kundenportal.schema-migration";
    private static final int WAIT_SECONDS = 900;

    @Bean
    FlywayMigrationStrategy oneNodeAtATime(DataSource dataSource) {
        return flyway -> {
            try (Connection connection = dataSource.getConnection()) {
                if (!query(connection, "SELECT GET_LOCK(?, " + WAIT_SECONDS + ")")) {
                    throw new IllegalStateException("Another app node has been migrating the database schema for "
                            + WAIT_SECONDS + " s; not starting before it is done");
                }
                try {
                    flyway.migrate();
                } finally {
                    query(connection, "SELECT RELEASE_LOCK(?)");
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Could not take the schema migration lock: " + e.getMessage(), e);
            }
            log.debug("Schema migrated under the lock {}", NAME);
        };
    }

    private static boolean query(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, NAME);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() && result.getInt(1) == 1;
            }
        }
    }
}
