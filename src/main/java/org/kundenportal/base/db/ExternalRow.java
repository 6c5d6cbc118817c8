package org.kundenportal.base.db;

/** A row another system wrote, with the SHA-256 of the request that wrote it last. */
public record ExternalRow(long id, String hash) {
}
