package org.kundenportal.quotes.ui;

import org.kundenportal.base.security.PortalScope;
import org.kundenportal.base.ui.HomeCardCounter;
import org.kundenportal.base.ui.NavItem;
import org.kundenportal.quotes.domain.QuoteRepository;
import org.springframework.stereotype.Component;

/** The quotes card on the portal home counts the quotes waiting for the customer's answer. */
@Component
class OpenQuotesCounter implements HomeCardCounter {

    private final QuoteRepository quotes;

    OpenQuotesCounter(QuoteRepository quotes) {
        this.quotes = quotes;
    }

    @Override
    public NavItem item() {
        return NavItem.QUOTES;
    }

    @Override
    public String labelKey() {
        return "quotes.home.open";
    }

    @Override
    public long count(PortalScope scope) {
        return quotes.countOpen(scope);
    }
}
