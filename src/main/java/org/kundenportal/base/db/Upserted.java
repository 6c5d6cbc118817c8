package org.kundenportal.base.db;

/**
 * What writing a row addressed by another system's id did. UNCHANGED: the same request as last time, nothing was
 * written.
 */
public record Upserted(long id, Outcome outcome) {

    public enum Outcome {
        CREATED, REPLACED, UNCHANGED
    }

    public boolean created() {
        return outcome == Outcome.CREATED;
    }
}
