package org.kundenportal.tickets.domain;

import static org.kundenportal.db.Tables.APP_USER;
import static org.kundenportal.db.Tables.CONTACT;
import static org.kundenportal.db.Tables.HISTORY_ENTRY;
import static org.kundenportal.db.Tables.TICKET;
import static org.kundenportal.db.Tables.TICKET_ATTACHMENT;
import static org.kundenportal.db.Tables.TICKET_SUBMISSION;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Records;
import org.jooq.SelectFieldOrAsterisk;
import org.jooq.SortField;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.kundenportal.base.db.ListPages;
import org.kundenportal.base.db.RequestLog;
import org.kundenportal.base.db.SortOrders;
import org.kundenportal.base.i18n.Formats;
import org.kundenportal.base.security.PortalScope;
import org.kundenportal.base.security.UserKind;
import org.kundenportal.contacts.domain.ContactOption;
import org.kundenportal.contacts.domain.ContactRepository;
import org.kundenportal.db.tables.AppUser;
import org.kundenportal.db.tables.Contact;
import org.kundenportal.documents.domain.DocumentType;
import org.springframework.stereotype.Repository;

/**
 * Tickets in SQL: every portal read takes the user's scope (own company, plus a partner's customers), lists
 * are filtered, sorted and paged in the database.
 */
@Repository
public class TicketRepository {

    private static final Contact COMPANY = CONTACT.as("company");
    private static final Contact PERSON = CONTACT.as("person");
    private static final AppUser ASSIGNEE = APP_USER.as("assignee");
    /** A ticket with its company and the staff member it is assigned to, as lists and the detail show it. */
    private static final Table<?> JOINED = TICKET.leftJoin(COMPANY).on(COMPANY.ID.eq(TICKET.COMPANY_ID))
            .leftJoin(ASSIGNEE).on(ASSIGNEE.ID.eq(TICKET.ASSIGNED_USER_ID));

    /** A request from the public form whose sender has not proved the address yet. */
    private static final Field<Boolean> SENDER_UNCONFIRMED = DSL.field(TICKET.SOURCE.eq(TicketSource.PUBLIC_FORM.name())
            .and(TICKET.REQUESTER_CONFIRMED_AT.isNull())).as("sender_unconfirmed");

    /** Sort keys of the ticket lists, by grid column key. */
    public static final Map<String, Field<?>> SORT_FIELDS = Map.of(
            "number", TICKET.ID,
            "subject", TICKET.SUBJECT,
            "state", TICKET.STATE,
            "priority", TICKET.PRIORITY_RANK,
            "customer", DSL.coalesce(COMPANY.NAME, TICKET.REQUESTER_NAME),
            "assigned", ASSIGNEE.DISPLAY_NAME,
            "created", TICKET.CREATED_AT,
            "updated", TICKET.UPDATED_AT);

    private final DSLContext db;

    public TicketRepository(DSLContext db) {
        this.db = db;
    }

    public List<TicketRow> page(PortalScope scope, TicketFilter filter, int offset, int limit, List<SortOrders.Sort> sort) {
        return page(scope, filter, offset, limit, sort, new ListPages());
    }

    /** A page of a grid that keeps its {@link ListPages}, so that deep pages are read by their sort key. */
    public List<TicketRow> page(PortalScope scope, TicketFilter filter, int offset, int limit, List<SortOrders.Sort> sort,
                                ListPages pages) {
        List<SortField<?>> orderBy = SortOrders.orderBy(sort, SORT_FIELDS, TICKET.CREATED_AT, TICKET.ID);
        return pages.fetch(db, TICKET.ID, List.of(TICKET.ID, TICKET.NUMBER, TICKET.SUBJECT, TICKET.STATE,
                                TICKET.PRIORITY, TICKET.CATEGORY, TICKET.COMPANY_ID, COMPANY.NAME, TICKET.REQUESTER_NAME,
                                ASSIGNEE.DISPLAY_NAME, TICKET.CREATED_AT, TICKET.UPDATED_AT, SENDER_UNCONFIRMED),
                        JOINED, visibleTo(scope).and(condition(filter)), orderBy, filter, offset, limit)
                .stream()
                .map(row -> new TicketRow(row.get(TICKET.ID), row.get(TICKET.NUMBER), row.get(TICKET.SUBJECT),
                        row.get(TICKET.STATE), TicketPriority.valueOf(row.get(TICKET.PRIORITY)),
                        TicketCategory.valueOf(row.get(TICKET.CATEGORY)), row.get(TICKET.COMPANY_ID),
                        row.get(COMPANY.NAME), row.get(TICKET.REQUESTER_NAME), row.get(ASSIGNEE.DISPLAY_NAME),
                        row.get(TICKET.CREATED_AT), row.get(TICKET.UPDATED_AT), row.get(SENDER_UNCONFIRMED)))
                .toList();
    }

    public int count(PortalScope scope, TicketFilter filter) {
        return db.fetchCount(TICKET, visibleTo(scope).and(condition(filter)));
    }

    public long countOpen(PortalScope scope) {
        return db.fetchCount(TICKET, visibleTo(scope).and(TICKET.STATE.ne(TicketState.DONE)));
    }

    /** A ticket by number, only when it lies in the scope: otherwise the same empty answer as for a wrong number. */
    public Optional<Ticket> find(PortalScope scope, String number) {
        return find(visibleTo(scope).and(TICKET.NUMBER.eq(number)));
    }

    public Optional<Ticket> find(long id) {
        return find(TICKET.ID.eq(id));
    }

    private Optional<Ticket> find(Condition condition) {
        List<SelectFieldOrAsterisk> fields = new ArrayList<>(List.of(TICKET.fields()));
        fields.addAll(List.of(COMPANY.NAME, PERSON.NAME, ASSIGNEE.DISPLAY_NAME));
        return db.select(fields).from(JOINED)
                .leftJoin(PERSON).on(PERSON.ID.eq(TICKET.CONTACT_ID))
                .where(condition)
                .fetchOptional(TicketRepository::toTicket);
    }

    /**
     * Tickets changed at or after {@code since}, oldest change first, continuing after the given (time, id): the
     * integration API's list for systems that follow the tickets. Every ticket, as staff see them.
     */
    public List<Ticket> changedSince(Instant since, Instant afterTime, Long afterId, int limit) {
        Condition condition = since == null ? DSL.noCondition() : TICKET.UPDATED_AT.ge(since);
        if (afterTime != null) {
            condition = condition.and(DSL.row(TICKET.UPDATED_AT, TICKET.ID).gt(afterTime, afterId));
        }
        List<SelectFieldOrAsterisk> fields = new ArrayList<>(List.of(TICKET.fields()));
        fields.addAll(List.of(COMPANY.NAME, PERSON.NAME, ASSIGNEE.DISPLAY_NAME));
        return db.select(fields).from(JOINED)
                .leftJoin(PERSON).on(PERSON.ID.eq(TICKET.CONTACT_ID))
                .where(condition)
                .orderBy(TICKET.UPDATED_AT, TICKET.ID)
                .limit(limit)
                .fetch(TicketRepository::toTicket);
    }

    private static Ticket toTicket(Record row) {
        return new Ticket(row.get(TICKET.ID), row.get(TICKET.VERSION), row.get(TICKET.NUMBER), row.get(TICKET.SUBJECT),
                row.get(TICKET.DESCRIPTION), TicketCategory.valueOf(row.get(TICKET.CATEGORY)),
                TicketPriority.valueOf(row.get(TICKET.PRIORITY)), row.get(TICKET.STATE),
                TicketSource.valueOf(row.get(TICKET.SOURCE)), row.get(TICKET.COMPANY_ID), row.get(COMPANY.NAME),
                row.get(TICKET.CONTACT_ID), row.get(PERSON.NAME), row.get(TICKET.REQUESTER_NAME),
                row.get(TICKET.REQUESTER_EMAIL), row.get(TICKET.REQUESTER_COMPANY), row.get(TICKET.ASSIGNED_USER_ID),
                row.get(ASSIGNEE.DISPLAY_NAME), row.get(TICKET.CREATED_AT), row.get(TICKET.UPDATED_AT),
                row.get(TICKET.CLOSED_AT), row.get(TICKET.REOPENED_AT), row.get(TICKET.REQUESTER_CONFIRMED_AT));
    }

    /** What a user may see: the tickets of the companies in its scope; staff see all. The one visibility rule of tickets. */
    public static Condition visibleTo(PortalScope scope) {
        return scope.customers(TICKET.COMPANY_ID);
    }

    private static Condition condition(TicketFilter filter) {
        Condition condition = DSL.noCondition();
        if (filter.hasText()) {
            String pattern = filter.likePattern();
            condition = condition.and(TICKET.NUMBER.likeIgnoreCase(pattern, '\\')
                    .or(TICKET.SUBJECT.likeIgnoreCase(pattern, '\\'))
                    .or(TICKET.DESCRIPTION.likeIgnoreCase(pattern, '\\')));
        }
        if (filter.from() != null) {
            condition = condition.and(TICKET.CREATED_AT.ge(filter.from().atStartOfDay(Formats.ZONE).toInstant()));
        }
        if (filter.to() != null) {
            condition = condition.and(TICKET.CREATED_AT.lt(filter.to().plusDays(1).atStartOfDay(Formats.ZONE).toInstant()));
        }
        if (filter.state() != null) {
            condition = condition.and(TICKET.STATE.eq(filter.state()));
        }
        if (filter.companyId() != null) {
            condition = condition.and(TICKET.COMPANY_ID.eq(filter.companyId()));
        }
        if (filter.priority() != null) {
            condition = condition.and(TICKET.PRIORITY.eq(filter.priority().name()));
        }
        if (filter.assignee() == Assignee.ME) {
            condition = condition.and(filter.userId() == null ? DSL.falseCondition() : TICKET.ASSIGNED_USER_ID.eq(filter.userId()));
        } else if (filter.assignee() == Assignee.UNASSIGNED) {
            condition = condition.and(TICKET.ASSIGNED_USER_ID.isNull());
        }
        return condition;
    }

    /** The companies a portal user's scope holds, for the customer filter of a partner. */
    public List<ContactOption> companiesInScope(PortalScope scope) {
        return db.select(CONTACT.ID, CONTACT.NAME).from(CONTACT)
                .where(ContactRepository.visibleTo(scope))
                .orderBy(CONTACT.NAME, CONTACT.ID)
                .fetch(Records.mapping(ContactOption::new));
    }

    /** Staff members a ticket can be assigned to. */
    public List<ContactOption> staffMembers() {
        return db.select(APP_USER.ID, APP_USER.DISPLAY_NAME).from(APP_USER)
                .where(APP_USER.KIND.eq(UserKind.INTERNAL).and(APP_USER.ENABLED.isTrue()))
                .orderBy(APP_USER.DISPLAY_NAME, APP_USER.ID)
                .fetch(Records.mapping(ContactOption::new));
    }

    long insert(String number, TicketSource source, Long companyId, Long contactId, Long userId, String requesterName,
                String requesterEmail, String requesterCompany, String subject, String description,
                TicketCategory category, TicketPriority priority, Instant now) {
        return db.insertInto(TICKET)
                .set(TICKET.NUMBER, number)
                .set(TICKET.SOURCE, source.name())
                .set(TICKET.COMPANY_ID, companyId)
                .set(TICKET.CONTACT_ID, contactId)
                .set(TICKET.CREATED_BY_USER_ID, userId)
                .set(TICKET.REQUESTER_NAME, requesterName)
                .set(TICKET.REQUESTER_EMAIL, requesterEmail)
                .set(TICKET.REQUESTER_COMPANY, requesterCompany)
                .set(TICKET.SUBJECT, subject)
                .set(TICKET.DESCRIPTION, description)
                .set(TICKET.CATEGORY, category.name())
                .set(TICKET.PRIORITY, priority.name())
                .set(TICKET.STATE, TicketState.NEW)
                .set(TICKET.CREATED_AT, now)
                .set(TICKET.UPDATED_AT, now)
                .returningResult(TICKET.ID)
                .fetchSingle(TICKET.ID);
    }

    public Optional<Long> idOf(String number) {
        return db.select(TICKET.ID).from(TICKET).where(TICKET.NUMBER.eq(number)).fetchOptional(TICKET.ID);
    }

    /** For the demo data: moves a ticket and the entries of its history so far to when it was created. */
    public void backdate(long ticketId, Instant created) {
        db.update(TICKET).set(TICKET.CREATED_AT, created).set(TICKET.UPDATED_AT, created).where(TICKET.ID.eq(ticketId)).execute();
        db.update(HISTORY_ENTRY).set(HISTORY_ENTRY.CREATED_AT, created)
                .where(HISTORY_ENTRY.DOCUMENT_TYPE.eq(DocumentType.TICKET).and(HISTORY_ENTRY.DOCUMENT_ID.eq(ticketId)))
                .execute();
    }

    /**
     * For the demo data: the state and assignee a ticket reached at a past time, without the checks and the
     * version count of a change made by hand.
     */
    public void backdateState(long ticketId, TicketState state, Long assignee, Instant changed) {
        db.update(TICKET)
                .set(TICKET.STATE, state)
                .set(TICKET.ASSIGNED_USER_ID, assignee)
                .set(TICKET.UPDATED_AT, changed)
                .set(TICKET.CLOSED_AT, state == TicketState.DONE ? changed : null)
                .where(TICKET.ID.eq(ticketId))
                .execute();
    }

    /**
     * Moves a ticket from one state to another, only if it still is in that state (and, when given, at that
     * version): a second click or a second tab finds nothing to change.
     *
     * @return whether the ticket changed
     */
    boolean changeState(long ticketId, TicketState from, Integer version, TicketState to, Instant now) {
        Condition guard = TICKET.ID.eq(ticketId).and(TICKET.STATE.eq(from));
        if (version != null) {
            guard = guard.and(TICKET.VERSION.eq(version));
        }
        var update = db.update(TICKET)
                .set(TICKET.STATE, to)
                .set(TICKET.UPDATED_AT, now)
                .set(TICKET.VERSION, TICKET.VERSION.plus(1))
                .set(TICKET.CLOSED_AT, to == TicketState.DONE ? now : null);
        if (from == TicketState.DONE) {
            update = update.set(TICKET.REOPENED_AT, now);
        }
        return update.where(guard).execute() == 1;
    }

    boolean assign(long ticketId, int version, Long userId, Instant now) {
        return db.update(TICKET)
                .set(TICKET.ASSIGNED_USER_ID, userId)
                .set(TICKET.UPDATED_AT, now)
                .set(TICKET.VERSION, TICKET.VERSION.plus(1))
                .where(TICKET.ID.eq(ticketId).and(TICKET.VERSION.eq(version)))
                .execute() == 1;
    }

    boolean link(long ticketId, int version, long companyId, Long contactId, Instant now) {
        return db.update(TICKET)
                .set(TICKET.COMPANY_ID, companyId)
                .set(TICKET.CONTACT_ID, contactId)
                .set(TICKET.UPDATED_AT, now)
                .set(TICKET.VERSION, TICKET.VERSION.plus(1))
                .where(TICKET.ID.eq(ticketId).and(TICKET.VERSION.eq(version)))
                .execute() == 1;
    }

    /** Remembers the (hashed) token of the link that lets the sender of a public request confirm the address. */
    void awaitConfirmation(String number, String tokenHash) {
        db.update(TICKET).set(TICKET.CONFIRMATION_TOKEN_HASH, tokenHash).where(TICKET.NUMBER.eq(number)).execute();
    }

    /** The public request a confirmation link belongs to. */
    Optional<PublicRequestToConfirm> requestToConfirm(String tokenHash) {
        return db.select(TICKET.ID, TICKET.NUMBER, TICKET.SUBJECT, TICKET.DESCRIPTION, TICKET.REQUESTER_EMAIL,
                        TICKET.CREATED_AT, TICKET.REQUESTER_CONFIRMED_AT)
                .from(TICKET)
                .where(TICKET.CONFIRMATION_TOKEN_HASH.eq(tokenHash).and(TICKET.SOURCE.eq(TicketSource.PUBLIC_FORM.name())))
                .fetchOptional(Records.mapping(PublicRequestToConfirm::new));
    }

    /** Marks the sender's address as confirmed, once: a second click finds nothing to change. */
    boolean markRequesterConfirmed(long ticketId, Instant now) {
        return db.update(TICKET)
                .set(TICKET.REQUESTER_CONFIRMED_AT, now)
                .set(TICKET.UPDATED_AT, now)
                .set(TICKET.VERSION, TICKET.VERSION.plus(1))
                .where(TICKET.ID.eq(ticketId).and(TICKET.REQUESTER_CONFIRMED_AT.isNull()))
                .execute() == 1;
    }

    void touch(long ticketId, Instant now) {
        db.update(TICKET).set(TICKET.UPDATED_AT, now).where(TICKET.ID.eq(ticketId)).execute();
    }

    void addAttachment(long ticketId, TicketFile file, String contentType, String sha256) {
        db.insertInto(TICKET_ATTACHMENT)
                .set(TICKET_ATTACHMENT.TICKET_ID, ticketId)
                .set(TICKET_ATTACHMENT.FILE_NAME, file.fileName())
                .set(TICKET_ATTACHMENT.CONTENT_TYPE, contentType)
                .set(TICKET_ATTACHMENT.SIZE_BYTES, (long) file.content().length)
                .set(TICKET_ATTACHMENT.SHA256, sha256)
                .set(TICKET_ATTACHMENT.CONTENT, file.content())
                .execute();
    }

    public List<TicketAttachment> attachments(long ticketId) {
        return db.select(TICKET_ATTACHMENT.ID, TICKET_ATTACHMENT.FILE_NAME, TICKET_ATTACHMENT.CONTENT_TYPE,
                        TICKET_ATTACHMENT.SIZE_BYTES)
                .from(TICKET_ATTACHMENT)
                .where(TICKET_ATTACHMENT.TICKET_ID.eq(ticketId))
                .orderBy(TICKET_ATTACHMENT.ID)
                .fetch(Records.mapping(TicketAttachment::new));
    }

    /** An attachment's bytes, only when it belongs to the ticket the caller was allowed to open. */
    public Optional<byte[]> attachmentContent(long ticketId, long attachmentId) {
        return db.select(TICKET_ATTACHMENT.CONTENT).from(TICKET_ATTACHMENT)
                .where(TICKET_ATTACHMENT.ID.eq(attachmentId).and(TICKET_ATTACHMENT.TICKET_ID.eq(ticketId)))
                .fetchOptional(TICKET_ATTACHMENT.CONTENT);
    }


    // --- the public support form's submissions, kept for its rate limits ---

    private static final RequestLog SUBMISSIONS = new RequestLog(TICKET_SUBMISSION, TICKET_SUBMISSION.EMAIL,
            TICKET_SUBMISSION.CLIENT_ADDRESS, TICKET_SUBMISSION.SUBMITTED_AT, PublicTickets.WINDOW);

    Optional<Instant> submissionsLimitedUntil(String email, String clientAddress, Instant now) {
        return SUBMISSIONS.limitedUntil(db, email, clientAddress, PublicTickets.PER_EMAIL, PublicTickets.PER_ADDRESS, now);
    }

    void recordSubmission(String email, String clientAddress, Instant at) {
        SUBMISSIONS.record(db, email, clientAddress, at);
    }
}
