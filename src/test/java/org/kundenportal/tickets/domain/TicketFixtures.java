package org.kundenportal.tickets.domain;

import static org.kundenportal.db.Tables.CONTACT;
import static org.kundenportal.db.Tables.TICKET;

import java.util.List;
import org.jooq.DSLContext;
import org.kundenportal.base.security.PortalScope;
import org.kundenportal.base.security.PortalScopeService;
import org.kundenportal.base.security.PortalUser;
import org.kundenportal.users.domain.UserRepository;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Each test's own tickets, created through the service, so no test depends on another's. */
public class TicketFixtures {

    private final DSLContext db;
    private final TicketService service;
    private final TicketRepository tickets;
    private final TransactionTemplate transaction;
    private final UserRepository users;
    private final PortalScopeService scopes;

    public TicketFixtures(ApplicationContext context) {
        db = context.getBean(DSLContext.class);
        service = context.getBean(TicketService.class);
        tickets = context.getBean(TicketRepository.class);
        transaction = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
        users = context.getBean(UserRepository.class);
        scopes = context.getBean(PortalScopeService.class);
    }

    public PortalUser user(String email) {
        return users.findPrincipal(email).orElseThrow();
    }

    public PortalScope scope(String email) {
        return scopes.scopeOf(user(email));
    }

    public long companyId(String name) {
        return db.select(CONTACT.ID).from(CONTACT).where(CONTACT.NAME.eq(name)).fetchSingle(CONTACT.ID);
    }

    /** A ticket of the company (null: an unlinked public submission) in the given state; the subject tells tests apart. */
    public Ticket ticket(Long companyId, TicketState state, String subject) {
        return ticket(companyId, state, subject, TicketPriority.NORMAL);
    }

    public Ticket ticket(Long companyId, TicketState state, String subject, TicketPriority priority) {
        String number = transaction.execute(status -> service.create(TicketSource.STAFF, companyId, null, null, null,
                null, null, subject, "Created by a test.", TicketCategory.PROBLEM, priority, List.of()));
        db.update(TICKET).set(TICKET.STATE, state).where(TICKET.NUMBER.eq(number)).execute();
        return byNumber(number);
    }

    /** A NEW request from the public form, linked to no company: lists show the sender's name as the customer. */
    public Ticket publicRequest(String requesterName, String subject) {
        String number = transaction.execute(status -> service.create(TicketSource.PUBLIC_FORM, null, null, null,
                requesterName, "anfrage-" + System.nanoTime() + "@testwelt.example", null, subject, "Bitte melden.",
                TicketCategory.QUESTION, TicketPriority.NORMAL, List.of()));
        return byNumber(number);
    }

    public static String unique(String subject) {
        return subject + " " + System.nanoTime();
    }

    public Ticket byNumber(String number) {
        return tickets.find(PortalScope.staff(), number).orElseThrow();
    }

    public Ticket reload(Ticket ticket) {
        return tickets.find(ticket.id()).orElseThrow();
    }
}
