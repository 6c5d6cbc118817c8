package org.kundenportal.history.domain;

import static org.kundenportal.db.Tables.APP_USER;
import static org.kundenportal.db.Tables.HISTORY_ATTACHMENT;
import static org.kundenportal.db.Tables.HISTORY_ENTRY;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.jooq.impl.DSL;
import org.kundenportal.base.security.UserKind;
import org.kundenportal.documents.domain.DocumentRef;
import org.kundenportal.documents.domain.DocumentType;
import org.kundenportal.documents.domain.HistoryEvent;
import org.springframework.stereotype.Repository;

/** Messages, notes and events of documents, with their attachments stored in the database. */
@Repository
public class HistoryRepository {

    private final DSLContext db;

    public HistoryRepository(DSLContext db) {
        this.db = db;
    }

    /** The newest entries first; notes only when asked for. */
    public Timeline timeline(DocumentRef ref, boolean withNotes, int limit) {
        Condition condition = of(ref).and(withNotes ? DSL.noCondition() : HISTORY_ENTRY.KIND.ne(EntryKind.NOTE.name()));
        List<HistoryEntry> entries = db.select(HISTORY_ENTRY.ID, HISTORY_ENTRY.KIND, HISTORY_ENTRY.EVENT,
                        HISTORY_ENTRY.AUTHOR_USER_ID, HISTORY_ENTRY.AUTHOR_NAME, APP_USER.KIND, HISTORY_ENTRY.BODY,
                        HISTORY_ENTRY.CREATED_AT)
                .from(HISTORY_ENTRY).leftJoin(APP_USER).on(APP_USER.ID.eq(HISTORY_ENTRY.AUTHOR_USER_ID))
                .where(condition)
                .orderBy(HISTORY_ENTRY.CREATED_AT.desc(), HISTORY_ENTRY.ID.desc())
                .limit(limit)
                .fetch(row -> new HistoryEntry(row.value1(), EntryKind.valueOf(row.value2()),
                        row.value3() == null ? null : HistoryEvent.valueOf(row.value3()), row.value4(), row.value5(),
                        row.value6() == UserKind.INTERNAL, row.value7(), row.value8(), List.of()));
        Map<Long, List<Attachment>> attachments = attachmentsOf(entries.stream().map(HistoryEntry::id).toList());
        List<HistoryEntry> withAttachments = entries.stream().map(entry -> new HistoryEntry(entry.id(), entry.kind(),
                entry.event(), entry.authorUserId(), entry.authorName(), entry.authorIsStaff(), entry.body(),
                entry.createdAt(), attachments.getOrDefault(entry.id(), List.of()))).toList();
        return new Timeline(withAttachments, db.fetchCount(HISTORY_ENTRY, condition));
    }

    /**
     * Messages and internal notes of every document (or of one type) written at or after {@code since}, oldest
     * first, continuing after the given (time, id): the integration API's list for systems that follow the
     * conversations. Events are left out: the documents' own states say what happened.
     */
    public Optional<DocumentMessage> message(long entryId) {
        return messages(HISTORY_ENTRY.ID.eq(entryId), 1).stream().findFirst();
    }

    public List<DocumentMessage> messagesSince(DocumentType type, Long documentId, Instant since, Instant afterTime,
                                               Long afterId, int limit) {
        Condition condition = HISTORY_ENTRY.KIND.in(EntryKind.MESSAGE.name(), EntryKind.NOTE.name());
        if (type != null) {
            condition = condition.and(HISTORY_ENTRY.DOCUMENT_TYPE.eq(type));
        }
        if (documentId != null) {
            condition = condition.and(HISTORY_ENTRY.DOCUMENT_ID.eq(documentId));
        }
        if (since != null) {
            condition = condition.and(HISTORY_ENTRY.CREATED_AT.ge(since));
        }
        if (afterTime != null) {
            condition = condition.and(DSL.row(HISTORY_ENTRY.CREATED_AT, HISTORY_ENTRY.ID).gt(afterTime, afterId));
        }
        return messages(condition, limit);
    }

    private List<DocumentMessage> messages(Condition condition, int limit) {
        List<DocumentMessage> messages = db.select(HISTORY_ENTRY.ID, HISTORY_ENTRY.DOCUMENT_TYPE,
                        HISTORY_ENTRY.DOCUMENT_ID, HISTORY_ENTRY.KIND, HISTORY_ENTRY.AUTHOR_NAME, APP_USER.KIND,
                        HISTORY_ENTRY.BODY, HISTORY_ENTRY.CREATED_AT)
                .from(HISTORY_ENTRY).leftJoin(APP_USER).on(APP_USER.ID.eq(HISTORY_ENTRY.AUTHOR_USER_ID))
                .where(condition)
                .orderBy(HISTORY_ENTRY.CREATED_AT, HISTORY_ENTRY.ID)
                .limit(limit)
                .fetch(row -> new DocumentMessage(row.value1(), new DocumentRef(row.value2(),
                        row.value3()), EntryKind.valueOf(row.value4()) == EntryKind.NOTE, row.value5(),
                        row.value6() == UserKind.INTERNAL, row.value7(), row.value8(), List.of()));
        Map<Long, List<Attachment>> attachments = attachmentsOf(messages.stream().map(DocumentMessage::id).toList());
        return messages.stream().map(message -> message.withAttachments(attachments.getOrDefault(message.id(), List.of())))
                .toList();
    }

    private Map<Long, List<Attachment>> attachmentsOf(List<Long> entryIds) {
        if (entryIds.isEmpty()) {
            return Map.of();
        }
        return db.select(HISTORY_ATTACHMENT.ENTRY_ID, HISTORY_ATTACHMENT.ID, HISTORY_ATTACHMENT.FILE_NAME,
                        HISTORY_ATTACHMENT.CONTENT_TYPE, HISTORY_ATTACHMENT.SIZE_BYTES)
                .from(HISTORY_ATTACHMENT).where(HISTORY_ATTACHMENT.ENTRY_ID.in(entryIds))
                .orderBy(HISTORY_ATTACHMENT.ID)
                .fetch()
                .stream()
                .collect(Collectors.groupingBy(row -> row.value1(), Collectors.mapping(
                        row -> new Attachment(row.value2(), row.value3(), row.value4(), row.value5()), Collectors.toList())));
    }

    public long insertEntry(DocumentRef ref, EntryKind kind, long authorUserId, String authorName, String body) {
        return insertEntry(ref, kind, authorUserId, authorName, body, Instant.now());
    }

    /** With the moment given, for demo data that tells a story over several days. */
    public long insertEntry(DocumentRef ref, EntryKind kind, long authorUserId, String authorName, String body, Instant at) {
        return db.insertInto(HISTORY_ENTRY)
                .set(HISTORY_ENTRY.DOCUMENT_TYPE, ref.type())
                .set(HISTORY_ENTRY.DOCUMENT_ID, ref.id())
                .set(HISTORY_ENTRY.KIND, kind.name())
                .set(HISTORY_ENTRY.AUTHOR_USER_ID, authorUserId)
                .set(HISTORY_ENTRY.AUTHOR_NAME, authorName)
                .set(HISTORY_ENTRY.BODY, body)
                .set(HISTORY_ENTRY.CREATED_AT, at)
                .returningResult(HISTORY_ENTRY.ID)
                .fetchOne(HISTORY_ENTRY.ID);
    }

    public void insertAttachment(long entryId, String fileName, String contentType, String sha256, byte[] content) {
        db.insertInto(HISTORY_ATTACHMENT)
                .set(HISTORY_ATTACHMENT.ENTRY_ID, entryId)
                .set(HISTORY_ATTACHMENT.FILE_NAME, fileName)
                .set(HISTORY_ATTACHMENT.CONTENT_TYPE, contentType)
                .set(HISTORY_ATTACHMENT.SIZE_BYTES, (long) content.length)
                .set(HISTORY_ATTACHMENT.SHA256, sha256)
                .set(HISTORY_ATTACHMENT.CONTENT, content)
                .set(HISTORY_ATTACHMENT.CREATED_AT, Instant.now())
                .execute();
    }

    /** Where an attachment belongs: its document and whether its entry is an internal note. */
    public Optional<AttachmentOwner> ownerOf(long attachmentId) {
        return db.select(HISTORY_ENTRY.DOCUMENT_TYPE, HISTORY_ENTRY.DOCUMENT_ID, HISTORY_ENTRY.KIND)
                .from(HISTORY_ATTACHMENT).join(HISTORY_ENTRY).on(HISTORY_ENTRY.ID.eq(HISTORY_ATTACHMENT.ENTRY_ID))
                .where(HISTORY_ATTACHMENT.ID.eq(attachmentId))
                .fetchOptional(row -> new AttachmentOwner(
                        new DocumentRef(row.value1(), row.value2()),
                        EntryKind.valueOf(row.value3())));
    }

    public Optional<AttachmentFile> file(long attachmentId) {
        return db.select(HISTORY_ATTACHMENT.FILE_NAME, HISTORY_ATTACHMENT.CONTENT_TYPE, HISTORY_ATTACHMENT.CONTENT)
                .from(HISTORY_ATTACHMENT).where(HISTORY_ATTACHMENT.ID.eq(attachmentId))
                .fetchOptional(Records.mapping(AttachmentFile::new));
    }

    public record AttachmentOwner(DocumentRef document, EntryKind kind) {
    }

    private static Condition of(DocumentRef ref) {
        return HISTORY_ENTRY.DOCUMENT_TYPE.eq(ref.type()).and(HISTORY_ENTRY.DOCUMENT_ID.eq(ref.id()));
    }
}
