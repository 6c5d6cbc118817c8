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

    /** V18 keeps each order's delivery status on the order; orders that existed before get theirs from their deliveries. */
    @Test
    void existingOrdersGetTheDeliveryStatusOfTheirDeliveries() {
        String schema = "kp_migration_test_" + Long.toString(System.nanoTime(), 36);
        try {
            Flyway.configure().dataSource(dataSource).schemas(schema).createSchemas(true)
                    .locations("classpath:db/migration").target("16").load().migrate();
            db.execute("insert into `" + schema + "`.contact (id, kind, name) values (1, 'COMPANY', 'Kunde')");
            String[][] deliveriesOfOrders = {{}, {"SHIPPED", "WAITING"}, {"DELIVERED", "CANCELLED"}, {"SHIPPED", "DELIVERED"}};
            int delivery = 0;
            for (int order = 0; order < deliveriesOfOrders.length; order++) {
                db.execute("insert into `" + schema + "`.sale_order (id, number, state, customer_company_id, quote_date, "
                        + "order_date) values (?, ?, 'CONFIRMED', 1, '2026-01-01', '2026-01-02')", order + 1, "AN-" + order);
                for (String state : deliveriesOfOrders[order]) {
                    db.execute("insert into `" + schema + "`.delivery (number, sale_order_id, state) values (?, ?, ?)",
                            "LS-" + ++delivery, order + 1, state);
                }
            }

            Flyway.configure().dataSource(dataSource).schemas(schema).locations("classpath:db/migration").load().migrate();

            assertThat(db.fetch("select delivery_status from `" + schema + "`.sale_order order by id").getValues(0, String.class))
                    .containsExactly("NOT_SHIPPED", "PARTIALLY_SHIPPED", "DELIVERED", "SHIPPED");
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
