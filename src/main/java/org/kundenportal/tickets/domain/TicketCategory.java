package org.kundenportal.tickets.domain;

/** What a ticket is about; the UI shows "tickets.category.NAME". */
public enum TicketCategory {
    QUESTION, PROBLEM, FEATURE_REQUEST, ACCOUNT
}
