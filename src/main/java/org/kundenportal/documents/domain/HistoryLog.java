package org.kundenportal.documents.domain;

import static org.kundenportal.db.Tables.HISTORY_ENTRY;

import java.time.Instant;
import java.time.LocalDate;
import org.jooq.DSLContext;
import org.kundenportal.base.i18n.Formats;
import org.kundenportal.users.domain.UserRepository;
import org.springframework.stereotype.Repository;

/**
 * Records events in a document's history (sent, signed, paid, ...). Every feature calls this when its document
 * changes; messages, notes and attachments are written by the history feature itself.
 */
@Repository
public class HistoryLog {

    private final DSLContext db;
    private final UserRepository users;

    public HistoryLog(DSLContext db, UserRepository users) {
        this.users = users;
        this.db = db;
    }

    /**
     * @param actorUserId who caused it, or null for the system
     * @param detail      optional text shown with the event (a decline reason, an amount, a tracking number)
     */
    public void event(DocumentRef document, HistoryEvent event, Long actorUserId, String detail) {
        eventAt(document, event, actorUserId, detail, Instant.now());
    }

    /** An event that happened earlier, for demo data with a history over days. */
    public void eventAt(DocumentRef document, HistoryEvent event, Long actorUserId, String detail, Instant at) {
        String authorName = actorUserId == null ? null : users.displayName(actorUserId).orElse(null);
        db.insertInto(HISTORY_ENTRY)
                .set(HISTORY_ENTRY.DOCUMENT_TYPE, document.type())
                .set(HISTORY_ENTRY.DOCUMENT_ID, document.id())
                .set(HISTORY_ENTRY.KIND, "EVENT")
                .set(HISTORY_ENTRY.EVENT, event.name())
                .set(HISTORY_ENTRY.AUTHOR_USER_ID, actorUserId)
                .set(HISTORY_ENTRY.AUTHOR_NAME, authorName)
                .set(HISTORY_ENTRY.BODY, detail)
                .set(HISTORY_ENTRY.CREATED_AT, at)
                .execute();
    }

    /** Records that a user opened the document, at most once per user and day, so the history stays readable. */
    public void viewed(DocumentRef document, long userId) {
        Instant startOfDay = LocalDate.now(Formats.ZONE).atStartOfDay(Formats.ZONE).toInstant();
        boolean seenToday = db.fetchExists(HISTORY_ENTRY, HISTORY_ENTRY.DOCUMENT_TYPE.eq(document.type()),
                HISTORY_ENTRY.DOCUMENT_ID.eq(document.id()), HISTORY_ENTRY.KIND.eq("EVENT"),
                HISTORY_ENTRY.EVENT.eq(HistoryEvent.VIEWED.name()), HISTORY_ENTRY.AUTHOR_USER_ID.eq(userId),
                HISTORY_ENTRY.CREATED_AT.ge(startOfDay));
        if (!seenToday) {
            event(document, HistoryEvent.VIEWED, userId, null);
        }
    }
}
