package org.kundenportal.subscriptions.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * A subscription as staff edit it, before it is saved. Fields may be missing or wrong: the service checks them.
 *
 * @param id       null for a new subscription
 * @param version  the version read, for the optimistic check on save
 * @param currency ISO code, one of {@link #CURRENCIES}
 */
public record SubscriptionDraft(Long id, int version, Long companyId, String planName, BillingPeriod period,
                                LocalDate startDate, LocalDate nextInvoiceDate, LocalDate endDate, String currency,
                                Long responsibleUserId, List<SubscriptionLine> lines) {

    /** The currencies staff may bill a subscription in. */
    public static final List<String> CURRENCIES = List.of("EUR", "CHF", "GBP", "USD");

    public SubscriptionDraft {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    /** A new monthly subscription in euros starting today, invoiced first on that day. */
    public static SubscriptionDraft empty(LocalDate today, Long responsibleUserId) {
        return new SubscriptionDraft(null, 0, null, "", BillingPeriod.MONTHLY, today, today, null, "EUR",
                responsibleUserId, List.of());
    }

    public static SubscriptionDraft of(Subscription subscription) {
        return new SubscriptionDraft(subscription.id(), subscription.version(), subscription.companyId(),
                subscription.planName(), subscription.period(), subscription.startDate(),
                subscription.nextInvoiceDate(), subscription.endDate(), subscription.currency().getCurrencyCode(),
                subscription.responsibleUserId(), subscription.lines());
    }

    public boolean isNew() {
        return id == null;
    }
}
