package org.kundenportal.tickets.domain;

import java.time.Instant;

/** A ticket as lists show it. */
public record TicketRow(long id, String number, String subject, TicketState state, TicketPriority priority,
                        TicketCategory category, Long companyId, String companyName, String requesterName,
                        String assignedName, Instant createdAt, Instant updatedAt) {

    /** The customer as lists show it: the linked company, else who sent the public form. */
    public String customer() {
        return companyName != null ? companyName : requesterName;
    }
}
