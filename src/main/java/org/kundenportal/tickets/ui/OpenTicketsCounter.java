package org.kundenportal.tickets.ui;

import org.kundenportal.base.security.PortalScope;
import org.kundenportal.base.ui.HomeCardCounter;
import org.kundenportal.base.ui.NavItem;
import org.kundenportal.tickets.domain.TicketRepository;
import org.springframework.stereotype.Component;

/** The tickets card on the portal home shows how many of the user's tickets are not done yet. */
@Component
class OpenTicketsCounter implements HomeCardCounter {

    private final TicketRepository tickets;

    OpenTicketsCounter(TicketRepository tickets) {
        this.tickets = tickets;
    }

    @Override
    public NavItem item() {
        return NavItem.TICKETS;
    }

    @Override
    public String labelKey() {
        return "tickets.home.open";
    }

    @Override
    public long count(PortalScope scope) {
        return tickets.countOpen(scope);
    }
}
