package org.kundenportal.base.ui;

import org.kundenportal.base.security.PortalScope;

/**
 * A feature's figure on its home card (open quotes, unpaid invoices, open tickets, ...). Implemented as a
 * Spring bean by each feature; a card without one shows no figure.
 */
public interface HomeCardCounter {

    NavItem item();

    /** Translation key of the figure's label, with {0} for the number. */
    String labelKey();

    long count(PortalScope scope);
}
