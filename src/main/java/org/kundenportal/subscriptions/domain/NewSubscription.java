package org.kundenportal.subscriptions.domain;

import java.time.LocalDate;
import java.util.List;

/** What creating a subscription needs; the number and the recurring total are derived. */
public record NewSubscription(long companyId, String planName, SubscriptionState state, BillingPeriod period,
                              LocalDate startDate, LocalDate nextInvoiceDate, LocalDate endDate,
                              Long responsibleUserId, List<SubscriptionLine> lines) {

    public NewSubscription {
        lines = List.copyOf(lines);
    }
}
