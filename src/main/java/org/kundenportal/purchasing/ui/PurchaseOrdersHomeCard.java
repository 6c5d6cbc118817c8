package org.kundenportal.purchasing.ui;

import org.kundenportal.base.ui.HomeCardCounter;
import org.kundenportal.purchasing.domain.PurchaseOrderRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The supplier's home card shows how many orders wait for its acknowledgement. */
@Configuration(proxyBeanMethods = false)
class PurchaseOrdersHomeCard {

    @Bean
    HomeCardCounter waitingPurchaseOrders(PurchaseOrderRepository orders) {
        return new HomeCardCounter(PurchaseOrdersView.class, "purchasing.home.waiting", orders::waitingForAcknowledgement);
    }
}
