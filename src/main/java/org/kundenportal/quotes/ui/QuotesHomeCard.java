package org.kundenportal.quotes.ui;

import org.kundenportal.base.ui.HomeCardCounter;
import org.kundenportal.quotes.domain.QuoteRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The quotes card on the portal home counts the quotes waiting for the customer's answer. */
@Configuration(proxyBeanMethods = false)
class QuotesHomeCard {

    @Bean
    HomeCardCounter openQuotes(QuoteRepository quotes) {
        return new HomeCardCounter(QuotesView.class, "quotes.home.open", quotes::countOpen);
    }
}
