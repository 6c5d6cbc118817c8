package org.kundenportal.history.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.kundenportal.base.events.EventData;
import org.kundenportal.base.events.EventType;
import org.kundenportal.base.events.Outbox;
import org.kundenportal.base.i18n.Formats;
import org.kundenportal.base.mail.PortalLinks;
import org.kundenportal.base.security.Hashes;
import org.kundenportal.base.security.PortalScopeService;
import org.kundenportal.base.security.PortalUser;
import org.kundenportal.base.validation.RefusedException;
import org.kundenportal.documents.domain.DocumentRef;
import org.kundenportal.documents.domain.DocumentType;
import org.kundenportal.documents.domain.HistoryEvent;
import org.kundenportal.documents.domain.HistoryLog;
import org.kundenportal.documents.domain.HistoryMessagePosted;
import org.kundenportal.users.domain.UserRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The history every document shares between customer and staff: who may read and write what, messages with
 * attachments and their mails, internal notes, time entries and the staff member in charge.
 */
@Service
public class HistoryService {

    public static final int MAX_MESSAGE_CHARS = 10_000;
    public static final int MAX_FILES = 5;
    public static final int MAX_FILE_BYTES = 10 * 1024 * 1024;
    public static final int MAX_MINUTES = 24 * 60;
    public static final int MAX_DESCRIPTION_CHARS = 500;
    private static final int MAX_FILE_NAME_CHARS = 200;

    private final DocumentDirectory documents;
    private final HistoryRepository history;
    private final TimeEntryRepository timeEntries;
    private final HistoryLog events;
    private final HistoryNotifications notifications;
    private final PortalScopeService scopes;
    private final UserRepository users;
    private final ApplicationEventPublisher publisher;
    private final Outbox outbox;
    private final PortalLinks links;

    public HistoryService(DocumentDirectory documents, HistoryRepository history, TimeEntryRepository timeEntries,
                          HistoryLog events, HistoryNotifications notifications, PortalScopeService scopes,
                          UserRepository users, ApplicationEventPublisher publisher, Outbox outbox, PortalLinks links) {
        this.documents = documents;
        this.history = history;
        this.timeEntries = timeEntries;
        this.events = events;
        this.notifications = notifications;
        this.scopes = scopes;
        this.users = users;
        this.publisher = publisher;
        this.outbox = outbox;
        this.links = links;
    }

    /**
     * Whether the user may read the document's history: it lies in the user's scope and, for a customer-side
     * portal user, the user holds the document's area permission.
     */
    @Transactional(readOnly = true)
    public Optional<DocumentInfo> readable(PortalUser user, DocumentRef ref) {
        if (!documents.visibleTo(scopes.scopeOf(user), ref)) {
            return Optional.empty();
        }
        return documents.find(ref).filter(document -> user.isInternal() || document.area() == null
                || users.areaPermissions(user.id()).contains(document.area()));
    }

    /** The newest entries; internal notes only for staff outside the customer preview. */
    @Transactional(readOnly = true)
    public Timeline timeline(PortalUser user, DocumentRef ref, boolean preview, int limit) {
        require(user, ref);
        return history.timeline(ref, user.isInternal() && !preview, limit);
    }

    @Transactional(readOnly = true)
    public List<TimeEntry> timeEntries(PortalUser user, DocumentRef ref) {
        require(user, ref);
        return timeEntries.of(ref);
    }

    /** One query: no transaction, which would cost five more statements on every document page. */
    public List<StaffMember> staff() {
        return timeEntries.staff();
    }

    /**
     * Writes a message (or, for staff, an internal note) with its attachments and notifies the other side of a
     * message by mail.
     *
     * @throws RefusedException when the text is empty or too long, or a file is refused
     */
    @Transactional
    public long post(PortalUser author, DocumentRef ref, String text, List<NewAttachment> files, boolean internalNote) {
        DocumentInfo document = require(author, ref);
        if (internalNote && !author.isInternal()) {
            throw new RefusedException("history.refused.not-allowed");
        }
        String body = text == null ? "" : text.strip();
        if (body.isEmpty()) {
            throw new RefusedException("history.refused.empty");
        }
        if (body.length() > MAX_MESSAGE_CHARS) {
            throw new RefusedException("history.refused.too-long", MAX_MESSAGE_CHARS);
        }
        List<CheckedFile> checked = check(files);
        EntryKind kind = internalNote ? EntryKind.NOTE : EntryKind.MESSAGE;
        long entryId = history.insertEntry(ref, kind, author.id(), author.displayName(), body);
        checked.forEach(file -> history.insertAttachment(entryId, file.name(), file.contentType(), Hashes.sha256Hex(file.content()),
                file.content()));
        if (kind == EntryKind.MESSAGE) {
            String subject = subjectPrefix(ref.type()) + ":" + document.number();
            outbox.publish(EventType.MESSAGE_POSTED, subject, EventData.of(
                    "message_id", entryId,
                    "document_type", subjectPrefix(ref.type()),
                    "document_number", document.number(),
                    "company_id", document.companyId(),
                    "text", body,
                    "author_name", author.displayName(),
                    "author_side", author.isInternal() ? "STAFF" : "PORTAL",
                    "attachments", checked.stream().map(CheckedFile::name).toList(),
                    "posted_at", Instant.now().truncatedTo(ChronoUnit.MILLIS),
                    "url", links.to(document.portalPath())));
            publisher.publishEvent(new HistoryMessagePosted(ref, author.id(), !author.isInternal()));
            if (author.isInternal()) {
                notifications.staffMessage(document, author.id(), author.displayName(), body);
            } else {
                notifications.portalMessage(document, author.displayName(), body);
            }
        }
        return entryId;
    }

    /** @throws RefusedException when the date lies in the future, the duration is out of 1 min..24 h or the description is missing */
    @Transactional
    public long addTimeEntry(PortalUser staff, DocumentRef ref, LocalDate workDate, int minutes, String description) {
        requireStaff(staff, ref);
        if (workDate == null || workDate.isAfter(LocalDate.now(Formats.ZONE))) {
            throw new RefusedException("history.refused.time-date");
        }
        if (minutes < 1 || minutes > MAX_MINUTES) {
            throw new RefusedException("history.refused.time-duration");
        }
        String text = description == null ? "" : description.strip();
        if (text.isEmpty() || text.length() > MAX_DESCRIPTION_CHARS) {
            throw new RefusedException("history.refused.time-description", MAX_DESCRIPTION_CHARS);
        }
        return timeEntries.insert(ref, staff.id(), workDate, minutes, text);
    }

    /** Puts a staff member in charge (or nobody); recorded as an ASSIGNED event with the new name. */
    @Transactional
    public void assign(PortalUser staff, DocumentRef ref, Long responsibleUserId) {
        DocumentInfo document = requireStaff(staff, ref);
        if (Objects.equals(document.responsibleUserId(), responsibleUserId)) {
            return;
        }
        String name = null;
        if (responsibleUserId != null) {
            name = staff().stream().filter(member -> member.id() == responsibleUserId).findFirst()
                    .orElseThrow(() -> new RefusedException("history.refused.not-staff")).name();
        }
        documents.setResponsible(ref, responsibleUserId);
        events.event(ref, HistoryEvent.ASSIGNED, staff.id(), name);
    }

    /** An attachment the user may download: its document is readable and, for portal users, it is no internal note. */
    @Transactional(readOnly = true)
    public Optional<AttachmentFile> attachment(PortalUser user, long attachmentId) {
        return history.ownerOf(attachmentId)
                .filter(owner -> user.isInternal() || owner.kind() != EntryKind.NOTE)
                .filter(owner -> readable(user, owner.document()).isPresent())
                .flatMap(owner -> history.file(attachmentId));
    }

    /** The kind of document as other systems name it, the first part of an event's subject ("quote:AN-2026-00012"). */
    static String subjectPrefix(DocumentType type) {
        return switch (type) {
            case SALE_ORDER -> "quote";
            case PURCHASE_ORDER -> "purchase_order";
            case INVOICE -> "invoice";
            case TICKET -> "ticket";
            case SUBSCRIPTION -> "subscription";
            case SIGNATURE -> "signature";
        };
    }

    private DocumentInfo require(PortalUser user, DocumentRef ref) {
        return readable(user, ref).orElseThrow(() -> new RefusedException("history.refused.not-allowed"));
    }

    private DocumentInfo requireStaff(PortalUser user, DocumentRef ref) {
        if (!user.isInternal()) {
            throw new RefusedException("history.refused.not-allowed");
        }
        return require(user, ref);
    }

    private record CheckedFile(String name, String contentType, byte[] content) {
    }

    private static List<CheckedFile> check(List<NewAttachment> files) {
        if (files.size() > MAX_FILES) {
            throw new RefusedException("history.refused.too-many-files", MAX_FILES);
        }
        return files.stream().map(HistoryService::check).toList();
    }

    /** @throws RefusedException naming the file when it is too large or not of an accepted type */
    public static void validate(NewAttachment file) {
        check(file);
    }

    private static CheckedFile check(NewAttachment file) {
        String name = safeFileName(file.fileName());
        if (file.content().length > MAX_FILE_BYTES) {
            throw new RefusedException("history.refused.file-too-large", name, MAX_FILE_BYTES / (1024 * 1024));
        }
        String contentType = AttachmentTypes.contentTypeOf(name, file.content())
                .orElseThrow(() -> new RefusedException("history.refused.file-type", name));
        return new CheckedFile(name, contentType, file.content());
    }

    /** The last path segment without control characters, so it is safe in headers and file systems. */
    static String safeFileName(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (name.length() > MAX_FILE_NAME_CHARS) {
            int dot = name.lastIndexOf('.');
            String extension = dot < 0 || name.length() - dot > 10 ? "" : name.substring(dot);
            name = name.substring(0, MAX_FILE_NAME_CHARS - extension.length()) + extension;
        }
        return name.isEmpty() ? "file" : name;
    }
}
