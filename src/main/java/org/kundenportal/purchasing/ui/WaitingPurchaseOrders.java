package org.kundenportal.purchasing.ui;

import org.kundenportal.base.security.PortalScope;
import org.kundenportal.base.ui.HomeCardCounter;
import org.kundenportal.base.ui.NavItem;
import org.kundenportal.purchasing.domain.PurchaseOrderRepository;
import org.springframework.stereotype.Component;

/** The supplier's home card shows how many orders wait for its acknowledgement. */
@Component
class WaitingPurchaseOrders implements HomeCardCounter {

    private final PurchaseOrderRepository orders;

    WaitingPurchaseOrders(PurchaseOrderRepository orders) {
        this.orders = orders;
    }

    @Override
    public NavItem item() {
        return NavItem.PURCHASE_ORDERS;
    }

    @Override
    public String labelKey() {
        return "purchasing.home.waiting";
    }

    @Override
    public long count(PortalScope scope) {
        return orders.waitingForAcknowledgement(scope);
    }
}
