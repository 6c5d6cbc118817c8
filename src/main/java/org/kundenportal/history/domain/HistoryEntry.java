package org.kundenportal.history.domain;

import java.time.Instant;
import java.util.List;
import org.kundenportal.documents.domain.HistoryEvent;

/**
 * One item of a document's timeline.
 *
 * @param event null unless the kind is EVENT
 * @param body  the message or note, or the event's detail text
 */
public record HistoryEntry(long id, EntryKind kind, HistoryEvent event, Long authorUserId, String authorName,
                           boolean authorIsStaff, String body, Instant createdAt, List<Attachment> attachments) {
}
