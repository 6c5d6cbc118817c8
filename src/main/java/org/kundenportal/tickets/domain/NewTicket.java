package org.kundenportal.tickets.domain;

import java.util.List;

/** What a customer enters to submit a ticket. */
public record NewTicket(String subject, String description, TicketCategory category, TicketPriority priority,
                        List<TicketFile> files) {

    public NewTicket {
        files = files == null ? List.of() : List.copyOf(files);
    }
}
