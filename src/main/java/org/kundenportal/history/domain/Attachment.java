package org.kundenportal.history.domain;

/** A stored attachment as a timeline lists it (without its content). */
public record Attachment(long id, String fileName, String contentType, long sizeBytes) {
}
