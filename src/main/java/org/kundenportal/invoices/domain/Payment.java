package org.kundenportal.invoices.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;

/** One payment attempt of an invoice. */
public record Payment(long id, long invoiceId, PaymentMethod method, String providerCode, PaymentState state,
                      BigDecimal amount, Currency currency, String providerReference, String failureReason,
                      LocalDate paymentDate, Instant createdAt, Long createdBy) {
}
