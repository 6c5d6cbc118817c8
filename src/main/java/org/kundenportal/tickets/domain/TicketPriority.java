package org.kundenportal.tickets.domain;

/** How urgent the requester says a ticket is; the UI shows "tickets.priority.NAME". */
public enum TicketPriority {
    LOW, NORMAL, HIGH, URGENT
}
