package org.kundenportal.tickets.domain;

/**
 * What a ticket list is filtered by: a text in number, subject or description, a state, a customer company,
 * and for the staff queue a priority and the responsible staff member.
 *
 * @param userId the staff member {@link Assignee#ME} stands for
 */
public record TicketFilter(String text, TicketState state, Long companyId, TicketPriority priority, Assignee assignee,
                           Long userId) {

    public static TicketFilter none() {
        return new TicketFilter(null, null, null, null, Assignee.ANYONE, null);
    }

    public boolean hasText() {
        return text != null && !text.isBlank();
    }

    /** The search text as a LIKE pattern, with the LIKE wildcards of the text itself taken literally. */
    public String likePattern() {
        return "%" + text.trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
