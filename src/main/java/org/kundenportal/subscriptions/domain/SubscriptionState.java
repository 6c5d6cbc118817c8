package org.kundenportal.subscriptions.domain;

import java.util.EnumSet;
import java.util.Set;

/** Where a subscription stands; only ACTIVE ones are invoiced. */
public enum SubscriptionState {
    ACTIVE, PAUSED, CANCELLED, EXPIRED;

    /** The states the back office may still change; cancelled and expired subscriptions are history. */
    public static final Set<SubscriptionState> OPEN = EnumSet.of(ACTIVE, PAUSED);

    public boolean isOpen() {
        return OPEN.contains(this);
    }
}
