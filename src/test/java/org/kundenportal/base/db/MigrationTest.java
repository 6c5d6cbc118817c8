package org.kundenportal.base.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.kundenportal.SpringTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The migrations build the whole schema on an empty database, on the same MariaDB server the app uses. */
class MigrationTest extends SpringTest {

    @Autowired
    DataSource dataSource;
    @Autowired
    DSLContext db;

    @Test
    void migrationsRunOnAnEmptyDatabase() {
        String schema = "kp_migration_test_" + Long.toString(System.nanoTime(), 36);
        try {
            MigrateResult result = Flyway.configure()
                    .dataSource(dataSource)
                    .schemas(schema)
                    .createSchemas(true)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();

            assertThat(result.success).isTrue();
            assertThat(result.migrationsExecuted).isPositive();
            List<String> tables = db.fetch("select table_name from information_schema.tables where table_schema = ?", schema)
                    .getValues(0, String.class);
            assertThat(tables).contains("contact", "contact_address", "app_user", "user_role", "user_area_permission",
                    "setting", "email_template", "audit_log");
        } finally {
            db.execute("drop database if exists `" + schema + "`");
        }
    }

    @Test
    void applicationSchemaIsAtTheLatestVersion() {
        Flyway flyway = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load();

        assertThat(flyway.info().pending()).isEmpty();
        assertThat(flyway.info().current()).isNotNull();
    }
}
