package org.kundenportal.base.db;

/** What every database connection must agree on, embedded or external. */
public final class DatabaseSession {

    /** DATETIME columns hold UTC; see {@link UtcInstantConverter}. */
    public static final String INIT_SQL = "SET time_zone = '+00:00'";

    private DatabaseSession() {
    }
}
