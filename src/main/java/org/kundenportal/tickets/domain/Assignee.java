package org.kundenportal.tickets.domain;

/** The staff queue's filter on the ticket's responsible staff member. */
public enum Assignee {
    ANYONE, ME, UNASSIGNED
}
