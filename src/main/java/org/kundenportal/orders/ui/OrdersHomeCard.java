package org.kundenportal.orders.ui;

import org.kundenportal.base.ui.HomeCardCounter;
import org.kundenportal.orders.domain.OrderRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The home card of orders counts those not yet fully delivered. */
@Configuration(proxyBeanMethods = false)
class OrdersHomeCard {

    @Bean
    HomeCardCounter openOrders(OrderRepository orders) {
        return new HomeCardCounter(OrdersView.class, "orders.home.open", orders::countOpen);
    }
}
