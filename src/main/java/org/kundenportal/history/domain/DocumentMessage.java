package org.kundenportal.history.domain;

import java.time.Instant;
import java.util.List;
import org.kundenportal.documents.domain.DocumentRef;

/**
 * A message or internal note in some document's history, for systems that follow the conversations.
 *
 * @param internalNote staff-only; customers never see it
 * @param byStaff      written by our staff (or an API client), not by the customer's side
 */
public record DocumentMessage(long id, DocumentRef document, boolean internalNote, String authorName, boolean byStaff,
                              String text, Instant createdAt, List<Attachment> attachments) {

    public DocumentMessage {
        attachments = List.copyOf(attachments);
    }

    DocumentMessage withAttachments(List<Attachment> files) {
        return new DocumentMessage(id, document, internalNote, authorName, byStaff, text, createdAt, files);
    }
}
