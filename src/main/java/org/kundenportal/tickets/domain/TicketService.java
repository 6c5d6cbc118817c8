package org.kundenportal.tickets.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.kundenportal.base.events.EventData;
import org.kundenportal.base.events.EventType;
import org.kundenportal.base.events.Outbox;
import org.kundenportal.base.mail.PortalLinks;
import org.kundenportal.base.security.Hashes;
import org.kundenportal.base.security.PortalScope;
import org.kundenportal.base.security.PortalUser;
import org.kundenportal.base.validation.RefusedException;
import org.kundenportal.contacts.domain.ContactRepository;
import org.kundenportal.documents.domain.DocumentNumbers;
import org.kundenportal.documents.domain.DocumentRef;
import org.kundenportal.documents.domain.DocumentType;
import org.kundenportal.documents.domain.HistoryEvent;
import org.kundenportal.documents.domain.HistoryLog;
import org.kundenportal.documents.domain.HistoryMessagePosted;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules of a ticket's life: submitting, the state changes staff make, reopening a done ticket and the
 * customer's answer to a question. Every change is guarded in SQL and written to the ticket's history.
 */
@Service
public class TicketService {

    public static final int MAX_SUBJECT = 200;
    public static final int MAX_DESCRIPTION = 10_000;

    private final TicketRepository tickets;
    private final DocumentNumbers numbers;
    private final HistoryLog history;
    private final ContactRepository contacts;
    private final Outbox outbox;
    private final PortalLinks links;

    public TicketService(TicketRepository tickets, DocumentNumbers numbers, HistoryLog history, ContactRepository contacts,
                         Outbox outbox, PortalLinks links) {
        this.tickets = tickets;
        this.numbers = numbers;
        this.history = history;
        this.contacts = contacts;
        this.outbox = outbox;
        this.links = links;
    }

    public static DocumentRef ref(long ticketId) {
        return new DocumentRef(DocumentType.TICKET, ticketId);
    }

    /** A ticket a portal user submits for the company they act for. */
    @Transactional
    public String submit(PortalUser user, PortalScope scope, NewTicket ticket) {
        if (scope.ownCompanyId() == null) {
            throw new RefusedException("tickets.error.no-company");
        }
        check(ticket.subject(), ticket.description(), ticket.files());
        return create(TicketSource.PORTAL, scope.ownCompanyId(), user.contactId(), user.id(), null, null, null,
                ticket.subject().strip(), ticket.description().strip(), ticket.category(), ticket.priority(), ticket.files());
    }

    /** Checks what every submission must hold; a refusal names the first problem. */
    static void check(String subject, String description, List<TicketFile> files) {
        if (subject == null || subject.isBlank()) {
            throw new RefusedException("tickets.error.subject-required");
        }
        if (subject.strip().length() > MAX_SUBJECT) {
            throw new RefusedException("tickets.error.subject-too-long", MAX_SUBJECT);
        }
        if (description == null || description.isBlank()) {
            throw new RefusedException("tickets.error.description-required");
        }
        if (description.strip().length() > MAX_DESCRIPTION) {
            throw new RefusedException("tickets.error.description-too-long", MAX_DESCRIPTION);
        }
        if (files.size() > TicketFile.MAX_FILES) {
            throw new RefusedException("tickets.error.too-many-files", TicketFile.MAX_FILES);
        }
        for (TicketFile file : files) {
            if (file.sniffedType().isEmpty()) {
                throw new RefusedException("tickets.error.file-rejected", file.fileName());
            }
        }
    }

    public String create(TicketSource source, Long companyId, Long contactId, Long userId, String requesterName,
                  String requesterEmail, String requesterCompany, String subject, String description,
                  TicketCategory category, TicketPriority priority, List<TicketFile> files) {
        Instant now = Instant.now();
        String number = numbers.next(DocumentNumbers.Series.TICKET, LocalDate.now(ZoneOffset.UTC));
        long id = tickets.insert(number, source, companyId, contactId, userId, requesterName, requesterEmail,
                requesterCompany, subject, description, category == null ? TicketCategory.QUESTION : category,
                priority == null ? TicketPriority.NORMAL : priority, now);
        for (TicketFile file : files) {
            tickets.addAttachment(id, file, file.sniffedType().orElseThrow(), Hashes.sha256Hex(file.content()));
        }
        history.event(ref(id), HistoryEvent.TICKET_SUBMITTED, userId, null);
        publish(EventType.TICKET_CREATED, id);
        return number;
    }

    /** A customer reopens a done ticket because the same problem came back: it is NEW again. */
    @Transactional
    public void reopen(long ticketId, long userId) {
        if (!tickets.changeState(ticketId, TicketState.DONE, null, TicketState.NEW, Instant.now())) {
            throw new RefusedException("tickets.error.not-done");
        }
        history.event(ref(ticketId), HistoryEvent.REOPENED, userId, null);
        publish(EventType.TICKET_UPDATED, ticketId);
    }

    /**
     * The customer answered (in the history or on the ticket page). A ticket waiting for the customer goes back
     * to the support team's backlog; in any other state the answer changes nothing.
     *
     * @return whether the state changed
     */
    @Transactional
    public boolean customerAnswered(long ticketId, Long userId) {
        Instant now = Instant.now();
        if (tickets.changeState(ticketId, TicketState.WAITING_FOR_CUSTOMER, null, TicketState.BACKLOG, now)) {
            history.event(ref(ticketId), HistoryEvent.STATE_CHANGED, userId, TicketState.BACKLOG.name());
            publish(EventType.TICKET_UPDATED, ticketId);
            return true;
        }
        tickets.touch(ticketId, now);
        return false;
    }

    /** A portal user's message in a ticket's history is the customer's answer. */
    @EventListener
    public void onHistoryMessage(HistoryMessagePosted message) {
        if (message.document().type() == DocumentType.TICKET && message.byPortalUser()) {
            customerAnswered(message.document().id(), message.authorUserId());
        }
    }

    /** Staff move a ticket on; the version guards against a change made meanwhile in another tab. */
    @Transactional
    public void changeState(Ticket ticket, TicketState target, long staffUserId) {
        if (!ticket.state().canChangeTo(target)) {
            throw new RefusedException("tickets.error.transition");
        }
        if (!tickets.changeState(ticket.id(), ticket.state(), ticket.version(), target, Instant.now())) {
            throw new RefusedException("tickets.error.changed-meanwhile");
        }
        history.event(ref(ticket.id()), target == TicketState.NEW ? HistoryEvent.REOPENED : HistoryEvent.STATE_CHANGED,
                staffUserId, target.name());
        publish(EventType.TICKET_UPDATED, ticket.id());
    }

    @Transactional
    public void assign(Ticket ticket, Long assigneeUserId, long staffUserId) {
        if (!tickets.assign(ticket.id(), ticket.version(), assigneeUserId, Instant.now())) {
            throw new RefusedException("tickets.error.changed-meanwhile");
        }
        history.event(ref(ticket.id()), HistoryEvent.ASSIGNED, staffUserId, null);
        publish(EventType.TICKET_UPDATED, ticket.id());
    }

    /** Staff link a ticket (typically from the public form) to a company and optionally one of its persons. */
    @Transactional
    public void link(Ticket ticket, long companyId, Long contactId, long staffUserId) {
        if (!contacts.isCompany(companyId)) {
            throw new RefusedException("tickets.error.not-a-company");
        }
        if (contactId != null && !contacts.actingCompanyOf(contactId).map(company -> company == companyId).orElse(false)) {
            throw new RefusedException("tickets.error.contact-not-in-company");
        }
        if (!tickets.link(ticket.id(), ticket.version(), companyId, contactId, Instant.now())) {
            throw new RefusedException("tickets.error.changed-meanwhile");
        }
        publish(EventType.TICKET_UPDATED, ticket.id());
    }

    /**
     * The sender of a public request confirmed the address by the mailed link. The request of a portal user's
     * address now belongs to their company, unless staff linked it elsewhere meanwhile.
     *
     * @param owner the portal user the address belongs to, or null
     * @return whether this call confirmed it (false when it was confirmed before)
     */
    @Transactional
    boolean confirmRequester(long ticketId, RequestOwner owner) {
        Instant now = Instant.now();
        if (!tickets.markRequesterConfirmed(ticketId, now)) {
            return false;
        }
        Ticket ticket = tickets.find(ticketId).orElseThrow();
        if (owner != null && ticket.companyId() == null) {
            // the version keeps a link staff make meanwhile
            tickets.link(ticketId, ticket.version(), owner.companyId(), owner.contactId(), now);
        }
        history.event(ref(ticketId), HistoryEvent.REQUESTER_CONFIRMED, owner == null ? null : owner.userId(), null);
        publish(EventType.TICKET_UPDATED, ticketId);
        return true;
    }

    /** The portal user whose address sent a public request, with the company they act for. */
    record RequestOwner(long userId, long contactId, long companyId) {
    }

    /** The ticket as it stands after the change, for other systems. */
    private void publish(EventType type, long ticketId) {
        Ticket ticket = tickets.find(ticketId).orElseThrow();
        outbox.publish(type, "ticket:" + ticket.number(), EventData.of(
                "number", ticket.number(),
                "subject", ticket.subject(),
                "state", ticket.state().name(),
                "priority", ticket.priority().name(),
                "category", ticket.category().name(),
                "source", ticket.source().name(),
                "company_id", ticket.companyId(),
                "company_name", ticket.companyName(),
                "contact_id", ticket.contactId(),
                "requester_name", ticket.requesterName() != null ? ticket.requesterName() : ticket.contactName(),
                "requester_email", ticket.requesterEmail(),
                "assigned_to", ticket.assignedName(),
                "created_at", ticket.createdAt(),
                "updated_at", ticket.updatedAt(),
                "url", links.to("tickets/" + ticket.number())));
    }

    /** A portal user opened the ticket: recorded once per user and day, so the history is not flooded. */
    @Transactional
    public void viewed(long ticketId, long userId) {
        history.viewed(ref(ticketId), userId);
    }
}
