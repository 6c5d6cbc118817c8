package org.kundenportal.invoices.ui;

import org.kundenportal.base.ui.HomeCardCounter;
import org.kundenportal.invoices.domain.InvoiceRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** "3 open" on the invoices card of the portal home: invoices not yet fully paid. */
@Configuration(proxyBeanMethods = false)
class InvoicesHomeCard {

    @Bean
    HomeCardCounter openInvoices(InvoiceRepository invoices) {
        return new HomeCardCounter(InvoicesView.class, "invoices.home.open", invoices::countOpen);
    }
}
