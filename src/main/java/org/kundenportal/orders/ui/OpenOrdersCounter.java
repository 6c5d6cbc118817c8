package org.kundenportal.orders.ui;

import org.kundenportal.base.security.PortalScope;
import org.kundenportal.base.ui.HomeCardCounter;
import org.kundenportal.base.ui.NavItem;
import org.kundenportal.orders.domain.OrderRepository;
import org.springframework.stereotype.Component;

/** The home card of orders counts those not yet fully delivered. */
@Component
class OpenOrdersCounter implements HomeCardCounter {

    private final OrderRepository orders;

    OpenOrdersCounter(OrderRepository orders) {
        this.orders = orders;
    }

    @Override
    public NavItem item() {
        return NavItem.ORDERS;
    }

    @Override
    public String labelKey() {
        return "orders.home.open";
    }

    @Override
    public long count(PortalScope scope) {
        return orders.countOpen(scope);
    }
}
