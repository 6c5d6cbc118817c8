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

/** Own tickets for tests that change state, so the demo tickets other tests read stay as they are. */
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
        String number = transaction.execute(status -> service.create(TicketSource.STAFF, companyId, null, null, null,
                null, null, subject, "Created by a test.", TicketCategory.PROBLEM, TicketPriority.NORMAL, List.of()));
        db.update(TICKET).set(TICKET.STATE, state).where(TICKET.NUMBER.eq(number)).execute();
        return byNumber(number);
    }

    public Ticket byNumber(String number) {
        return tickets.find(PortalScope.staff(), number).orElseThrow();
    }

    public Ticket reload(Ticket ticket) {
        return tickets.find(ticket.id()).orElseThrow();
    }
}
