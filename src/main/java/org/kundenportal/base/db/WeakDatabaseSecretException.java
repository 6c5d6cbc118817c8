package org.kundenportal.base.db;

/** Thrown at start-up in the production profile when the database is reachable with a guessable secret. */
public class WeakDatabaseSecretException extends RuntimeException {

    public WeakDatabaseSecretException(String message) {
        super(message);
    }
}
