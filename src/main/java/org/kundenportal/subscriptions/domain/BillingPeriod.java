package org.kundenportal.subscriptions.domain;

/** How often a subscription is invoiced. */
public enum BillingPeriod {
    MONTHLY, QUARTERLY, YEARLY
}
