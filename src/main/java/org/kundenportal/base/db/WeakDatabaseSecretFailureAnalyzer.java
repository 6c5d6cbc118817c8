package org.kundenportal.base.db;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns the refusal into Spring Boot's "APPLICATION FAILED TO START" report instead of a stack trace. */
public class WeakDatabaseSecretFailureAnalyzer extends AbstractFailureAnalyzer<WeakDatabaseSecretException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, WeakDatabaseSecretException cause) {
        return new FailureAnalysis("The production profile refuses this database configuration: " + cause.getMessage(),
                "Set DB_URL, DB_USER and a password of your own in DB_PASSWORD (docker compose: DB_PASSWORD and "
                        + "DB_ROOT_PASSWORD), or leave the production profile for a local trial.", cause);
    }
}
