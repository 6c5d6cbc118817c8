package org.kundenportal.base.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.kundenportal.SpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;

/**
 * A node that starts while another migrates waits for it: the migration runs under a named lock on the database
 * server, which Flyway alone does not take on a Galera cluster.
 */
class MigrationLockTest extends SpringTest {

    @Autowired
    DataSource dataSource;
    @Autowired
    DSLContext db;
    @Autowired
    FlywayMigrationStrategy strategy;

    @Test
    void aNodeMigratesOnlyOnceTheNodeHoldingTheLockIsDone() throws Exception {
        String schema = "kp_migration_lock_" + Long.toString(System.nanoTime(), 36);
        Flyway flyway = Flyway.configure().dataSource(dataSource).schemas(schema).createSchemas(true)
                .locations("classpath:db/migration").load();
        try (Connection otherNode = dataSource.getConnection(); Statement statement = otherNode.createStatement()) {
            assertThat(single(statement, "SELECT GET_LOCK('kundenportal.schema-migration', 10)")).isEqualTo(1);

            CompletableFuture<Void> starting = CompletableFuture.runAsync(() -> strategy.migrate(flyway));
            Thread.sleep(2_000);
            assertThat(starting).as("waits for the lock").isNotDone();
            assertThat(tables(schema)).isZero();

            single(statement, "SELECT RELEASE_LOCK('kundenportal.schema-migration')");
            starting.get(5, TimeUnit.MINUTES);
            assertThat(tables(schema)).isPositive();
        } finally {
            db.execute("DROP DATABASE IF EXISTS `" + schema + "`");
        }
    }

    private int tables(String schema) {
        return db.fetchCount(db.select().from("information_schema.tables").where("table_schema = ?", schema));
    }

    private static int single(Statement statement, String sql) throws Exception {
        try (ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getInt(1);
        }
    }
}
