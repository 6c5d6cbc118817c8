package org.kundenportal.tickets.domain;

import java.time.Instant;

/**
 * A ticket as lists show it.
 *
 * @param senderUnconfirmed a request from the public form whose sender has not confirmed the address yet
 */
public record TicketRow(long id, String number, String subject, TicketState state, TicketPriority priority,
                        TicketCategory category, Long companyId, String companyName, String requesterName,
                        String assignedName, Instant createdAt, Instant updatedAt, boolean senderUnconfirmed) {

    /** The customer as lists show it: the linked company, else who sent the public form. */
    public String customer() {
        return companyName != null ? companyName : requesterName;
    }
}
