package org.kundenportal.tickets.domain;

import java.time.LocalDate;
import org.kundenportal.documents.domain.DocumentFilter;

/**
 * What a ticket list is filtered by: the document list's filter (text in number, subject or description, a
 * range of the creation date, a state, a customer company), and for the staff queue a priority and the
 * responsible staff member.
 *
 * @param userId the staff member {@link Assignee#ME} stands for
 */
public record TicketFilter(String text, LocalDate from, LocalDate to, TicketState state, Long companyId,
                           TicketPriority priority, Assignee assignee, Long userId) {

    public static TicketFilter none() {
        return of(DocumentFilter.none());
    }

    public static TicketFilter of(DocumentFilter<TicketState> filter) {
        return new TicketFilter(filter.text(), filter.from(), filter.to(), filter.state(), filter.companyId(), null,
                Assignee.ANYONE, null);
    }

    public TicketFilter withQueue(TicketPriority priority, Assignee assignee, Long userId) {
        return new TicketFilter(text, from, to, state, companyId, priority, assignee, userId);
    }

    public boolean hasText() {
        return text != null && !text.isBlank();
    }

    /** The search text as a LIKE pattern, with the LIKE wildcards of the text itself taken literally. */
    public String likePattern() {
        return new DocumentFilter<TicketState>(text, null, null, null, null).likePattern();
    }
}
