package org.kundenportal.subscriptions.ui;

import org.kundenportal.base.security.PortalScope;
import org.kundenportal.base.ui.HomeCardCounter;
import org.kundenportal.base.ui.NavItem;
import org.kundenportal.subscriptions.domain.SubscriptionRepository;
import org.springframework.stereotype.Component;

/** The home card of the subscriptions shows how many are active. */
@Component
class ActiveSubscriptionsCounter implements HomeCardCounter {

    private final SubscriptionRepository subscriptions;

    ActiveSubscriptionsCounter(SubscriptionRepository subscriptions) {
        this.subscriptions = subscriptions;
    }

    @Override
    public NavItem item() {
        return NavItem.SUBSCRIPTIONS;
    }

    @Override
    public String labelKey() {
        return "subscriptions.home-card";
    }

    @Override
    public long count(PortalScope scope) {
        return subscriptions.countActive(scope);
    }
}
