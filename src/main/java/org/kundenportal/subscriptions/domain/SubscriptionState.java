package org.kundenportal.subscriptions.domain;

/** Where a subscription stands; only ACTIVE ones are invoiced. */
public enum SubscriptionState {
    ACTIVE, PAUSED, CANCELLED, EXPIRED
}
