package org.kundenportal.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.kundenportal.base.db.KeptMariaDb;
import org.kundenportal.integration.ApiHttp;
import tools.jackson.databind.JsonNode;

/**
 * Kills the app with SIGKILL while customers accept quotes, sign requests and post messages with attachments and
 * the ERP pays invoices, all at once, then starts it again on the same database and proves that every action is
 * either fully there or fully absent, and that everything that had returned is there.
 *
 * <p>The app runs as its own process from the test classpath ({@link AppProcess}) against a MariaDB the test owns
 * ({@link KeptMariaDb}), which outlives the kill as a database server outlives an app node. Uploaded files live in
 * the database (history attachments, signed PDFs), so the database is all the state there is.
 */
class CrashSafetyTest {

    private static final Path WORK = Path.of("target", "operations", "crash");
    private static final List<String> KINDS = List.of("accept", "sign", "message", ErpPayments.KIND);
    /** Actions of each kind that must have returned before the kill, so that the load is in full swing. */
    private static final int ENOUGH = 4;

    @Test
    void everyActionIsFullyThereOrFullyAbsentAfterAKill() throws Exception {
        try (KeptMariaDb db = KeptMariaDb.fresh(WORK.resolve("mariadb"))) {
            Map<String, String> environment = new HashMap<>(Map.of("DB_URL", db.jdbcUrl(), "DB_USER", "root",
                    "DB_PASSWORD", "", "DEMO_DATA", "false", "API_RATE_LIMIT", "100000", "DB_POOL_SIZE", "20"));
            Journal journal = new Journal();

            try (AppProcess app = AppProcess.start(environment, List.of("--spring.profiles.active=" + CrashLoad.PROFILE),
                    WORK.resolve("app-before-kill.log"), journal::read)) {
                app.awaitHealthy(Duration.ofMinutes(3));
                journal.awaitReady(Duration.ofMinutes(2));
                ErpPayments erp = new ErpPayments(app.port(), journal);
                erp.start(3);
                journal.awaitEach(KINDS, ENOUGH, Duration.ofMinutes(2));
                AppProcess.sleep(ThreadLocalRandom.current().nextInt(300));
                app.kill();
                erp.stop();
            }
            assertThat(journal.failures()).as("actions refused before the kill").isEmpty();
            assertThat(journal.inFlight()).as("actions cut by the kill (%s)", journal.summary()).isPositive();

            try (AppProcess restarted = AppProcess.start(WithoutTestWorld.class, environment, List.of(),
                    WORK.resolve("app-after-kill.log"), line -> { })) {
                restarted.awaitHealthy(Duration.ofMinutes(2));
                try (Connection connection = db.connect()) {
                    CrashInvariants invariants = new CrashInvariants(connection);
                    assertThat(invariants.quotes(journal.started("accept"), journal.done("accept")))
                            .isGreaterThanOrEqualTo(journal.done("accept").size());
                    assertThat(invariants.signatures(journal.started("sign"), journal.done("sign")))
                            .isGreaterThanOrEqualTo(journal.done("sign").size());
                    assertThat(invariants.messages(journal.started("message"), journal.done("message")))
                            .isGreaterThanOrEqualTo(journal.done("message").size());
                    assertThat(invariants.invoices(journal.done(ErpPayments.KIND)))
                            .isGreaterThanOrEqualTo(journal.done(ErpPayments.KIND).size());
                    assertThat(invariants.violations()).as("after the kill (%s)", journal.summary()).isEmpty();
                    theRestartedAppServesWhatHadReturned(restarted, connection, journal);
                }
                restarted.stop();
            }
        }
    }

    /** The restarted app answers the ERP with the payments and messages that had returned before the kill. */
    private static void theRestartedAppServesWhatHadReturned(AppProcess app, Connection connection, Journal journal)
            throws Exception {
        ApiHttp api = new ApiHttp(app.port(), CrashLoad.TOKEN);
        for (String externalId : journal.done(ErpPayments.KIND)) {
            ApiHttp.Answer invoice = api.get("/api/v1/invoices/" + externalId);
            assertThat(invoice.status()).isEqualTo(200);
            assertThat(invoice.field("paymentStatus")).as(externalId).isEqualTo("paid");
        }
        String conversation;
        try (Statement statement = connection.createStatement();
             ResultSet number = statement.executeQuery("SELECT number FROM sale_order WHERE reference = '"
                     + CrashLoad.REFERENCE + "conversation'")) {
            number.next();
            conversation = number.getString(1);
        }
        Map<String, Integer> attachments = new HashMap<>();
        String after = "";
        do {
            ApiHttp.Answer page = api.get("/api/v1/messages?documentType=SALE_ORDER&documentNumber=" + conversation
                    + "&limit=500" + (after.isEmpty() ? "" : "&after=" + after));
            assertThat(page.status()).isEqualTo(200);
            for (JsonNode message : page.json().path("items")) {
                String text = message.path("text").asString();
                attachments.put(text.split(" ")[2], message.path("attachments").size());
            }
            after = page.json().hasNonNull("next") ? page.json().get("next").asString() : "";
        } while (!after.isEmpty());
        assertThat(attachments.keySet()).containsAll(journal.done("message"));
        assertThat(attachments.values()).allSatisfy(count -> assertThat(count).isBetween(1, 3));
    }
}
