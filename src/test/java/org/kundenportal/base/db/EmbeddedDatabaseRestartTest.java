package org.kundenportal.base.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** With no database configured the app runs its own MariaDB, and what was saved survives a restart. */
class EmbeddedDatabaseRestartTest {

    private static final Path DIR = Path.of("target", "restart-test-mariadb");

    private static Connection connect(EmbeddedMariaDb db) throws Exception {
        return DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + db.getConfiguration().getPort() + "/kundenportal", "root", "");
    }

    @Test
    void dataSurvivesARestartOfTheEmbeddedServer() throws Exception {
        EmbeddedDatabaseConfiguration configuration = new EmbeddedDatabaseConfiguration();
        Files.createDirectories(DIR);

        EmbeddedMariaDb first = configuration.embeddedMariaDb(new EmbeddedDatabaseProperties(DIR, 0, "kundenportal", true));
        try (Connection connection = connect(first); Statement statement = connection.createStatement()) {
            statement.execute("create table kept (note varchar(50))");
            statement.execute("insert into kept values ('still here')");
        } finally {
            first.stop();
        }

        EmbeddedMariaDb second = configuration.embeddedMariaDb(new EmbeddedDatabaseProperties(DIR, 0, "kundenportal", false));
        try (Connection connection = connect(second); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select note from kept")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("still here");
        } finally {
            second.stop();
        }
    }
}
