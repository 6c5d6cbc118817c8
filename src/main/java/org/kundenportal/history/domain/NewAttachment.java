package org.kundenportal.history.domain;

/** A file a user uploaded with a message, before it is checked. */
public record NewAttachment(String fileName, byte[] content) {
}
