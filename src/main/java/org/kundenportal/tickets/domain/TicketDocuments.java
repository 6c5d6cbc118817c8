package org.kundenportal.tickets.domain;

import static org.kundenportal.db.Tables.TICKET;

import java.util.Optional;
import org.jooq.DSLContext;
import org.kundenportal.base.security.PortalScope;
import org.kundenportal.documents.domain.DocumentRef;
import org.kundenportal.documents.domain.DocumentType;
import org.kundenportal.history.domain.DocumentInfo;
import org.kundenportal.history.domain.DocumentSide;
import org.kundenportal.history.domain.HistoryDocumentSource;
import org.springframework.stereotype.Repository;

/**
 * Tickets in the shared history: messages, attachments and the time staff log on them. A ticket needs no area
 * permission; a public submission not yet linked to a company belongs to no portal user's scope.
 */
@Repository
class TicketDocuments implements HistoryDocumentSource {

    private final DSLContext db;

    TicketDocuments(DSLContext db) {
        this.db = db;
    }

    @Override
    public DocumentType type() {
        return DocumentType.TICKET;
    }

    @Override
    public Optional<DocumentInfo> find(long id) {
        return db.select(TICKET.NUMBER, TICKET.COMPANY_ID, TICKET.ASSIGNED_USER_ID)
                .from(TICKET).where(TICKET.ID.eq(id))
                .fetchOptional(row -> new DocumentInfo(new DocumentRef(DocumentType.TICKET, id), row.value1(),
                        row.value2() == null ? 0L : row.value2(), DocumentSide.CUSTOMER, "history.document.ticket",
                        "tickets/" + row.value1(), "staff/tickets/" + row.value1(), null, row.value3()));
    }

    @Override
    public boolean visibleTo(PortalScope scope, long id) {
        return db.fetchExists(TICKET, TICKET.ID.eq(id).and(TicketRepository.visibleTo(scope)));
    }

    /** Bumps the version too, so a ticket page opened before the change refuses to overwrite it. */
    @Override
    public void setResponsible(long id, Long userId) {
        db.update(TICKET).set(TICKET.ASSIGNED_USER_ID, userId).set(TICKET.VERSION, TICKET.VERSION.plus(1))
                .where(TICKET.ID.eq(id)).execute();
    }

    @Override
    public Optional<Long> idOf(String number) {
        return db.select(TICKET.ID).from(TICKET).where(TICKET.NUMBER.eq(number)).fetchOptional(TICKET.ID);
    }
}
