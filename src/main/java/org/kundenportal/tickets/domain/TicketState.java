package org.kundenportal.tickets.domain;

/** Where a ticket stands, as the support team works it; the UI shows "tickets.state.NAME". */
public enum TicketState {
    NEW, BACKLOG, WAITING_FOR_CUSTOMER, IN_PROGRESS, DONE;

    /**
     * Staff may move an open ticket to any other state. A done ticket only comes back by reopening it, which
     * makes it NEW again; nothing else goes back to NEW, because NEW means "not yet looked at".
     */
    public boolean canChangeTo(TicketState target) {
        if (target == this) {
            return false;
        }
        if (this == DONE) {
            return target == NEW;
        }
        return target != NEW;
    }

    public boolean isOpen() {
        return this != DONE;
    }
}
