package org.kundenportal.subscriptions.ui;

import org.kundenportal.base.ui.HomeCardCounter;
import org.kundenportal.subscriptions.domain.SubscriptionRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The home card of the subscriptions shows how many are active. */
@Configuration(proxyBeanMethods = false)
class SubscriptionsHomeCard {

    @Bean
    HomeCardCounter activeSubscriptions(SubscriptionRepository subscriptions) {
        return new HomeCardCounter(SubscriptionsView.class, "subscriptions.home-card", subscriptions::countActive);
    }
}
