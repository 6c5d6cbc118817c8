package org.kundenportal.invoices.ui;

import org.kundenportal.base.security.PortalScope;
import org.kundenportal.base.ui.HomeCardCounter;
import org.kundenportal.base.ui.NavItem;
import org.kundenportal.invoices.domain.InvoiceRepository;
import org.springframework.stereotype.Component;

/** "3 open" on the invoices card of the portal home: invoices not yet fully paid. */
@Component
class OpenInvoicesCounter implements HomeCardCounter {

    private final InvoiceRepository invoices;

    OpenInvoicesCounter(InvoiceRepository invoices) {
        this.invoices = invoices;
    }

    @Override
    public NavItem item() {
        return NavItem.INVOICES;
    }

    @Override
    public String labelKey() {
        return "invoices.home.open";
    }

    @Override
    public long count(PortalScope scope) {
        return invoices.countOpen(scope);
    }
}
