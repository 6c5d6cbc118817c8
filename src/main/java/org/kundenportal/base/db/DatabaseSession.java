package org.kundenportal.base.db;

/** What every database connection must agree on, embedded or external. */
public final class DatabaseSession {

    /**
     * DATETIME columns hold UTC (see {@link UtcInstantConverter}); a document's lines are read as one nested JSON
     * array, which must not be cut at MariaDB's default group_concat limit (see {@link JooqSettings}). The external
     * database's pool says the same in application.yml.
     */
    public static final String INIT_SQL = "SET time_zone = '+00:00', group_concat_max_len = 4294967295";

    private DatabaseSession() {
    }
}
