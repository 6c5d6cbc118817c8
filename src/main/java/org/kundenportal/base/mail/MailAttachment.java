package org.kundenportal.base.mail;

import java.util.Objects;

/** A file sent with a mail, such as an invoice's PDF. */
public record MailAttachment(String fileName, String mediaType, byte[] content) {

    public MailAttachment {
        Objects.requireNonNull(fileName);
        Objects.requireNonNull(mediaType);
        Objects.requireNonNull(content);
    }
}
