package org.kundenportal.subscriptions.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;

/** A subscription as the list shows it. */
public record SubscriptionRow(long id, String number, String companyName, String planName, SubscriptionState state,
                              BillingPeriod period, LocalDate nextInvoiceDate, BigDecimal recurringTotal,
                              Currency currency) {
}
