package org.kundenportal.base.db;

/** A row another system wrote, with the SHA-256 of the request that wrote it last. */
public record ExternalRow(long id, String hash) {

    /** Whether this request wrote the row last, so that writing it again would change nothing. */
    public boolean writtenBy(String requestHash) {
        return requestHash != null && requestHash.equals(hash);
    }
}
