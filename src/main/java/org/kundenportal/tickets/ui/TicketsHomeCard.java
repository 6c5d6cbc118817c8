package org.kundenportal.tickets.ui;

import org.kundenportal.base.ui.HomeCardCounter;
import org.kundenportal.tickets.domain.TicketRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The tickets card on the portal home shows how many of the user's tickets are not done yet. */
@Configuration(proxyBeanMethods = false)
class TicketsHomeCard {

    @Bean
    HomeCardCounter openTickets(TicketRepository tickets) {
        return new HomeCardCounter(TicketsView.class, "tickets.home.open", tickets::countOpen);
    }
}
