package org.kundenportal.history.domain;

/** An attachment's content, for the download. */
public record AttachmentFile(String fileName, String contentType, byte[] content) {
}
