package org.kundenportal.tickets.domain;

import java.time.Instant;

/** A ticket with everything its detail page shows. */
public record Ticket(long id, int version, String number, String subject, String description, TicketCategory category,
                     TicketPriority priority, TicketState state, TicketSource source, Long companyId, String companyName,
                     Long contactId, String contactName, String requesterName, String requesterEmail,
                     String requesterCompany, Long assignedUserId, String assignedName, Instant createdAt,
                     Instant updatedAt, Instant closedAt, Instant reopenedAt, Instant requesterConfirmedAt) {

    /** A request from the public form whose sender has not proved the address: who sent it is only a claim. */
    public boolean senderUnconfirmed() {
        return source == TicketSource.PUBLIC_FORM && requesterConfirmedAt == null;
    }
}
