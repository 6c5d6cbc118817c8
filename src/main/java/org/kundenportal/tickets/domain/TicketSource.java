package org.kundenportal.tickets.domain;

/** Where a ticket came from. */
public enum TicketSource {
    PORTAL, PUBLIC_FORM, STAFF
}
