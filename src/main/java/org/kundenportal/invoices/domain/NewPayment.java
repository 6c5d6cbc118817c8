package org.kundenportal.invoices.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;

/** A payment attempt about to be recorded as PENDING. */
public record NewPayment(long invoiceId, PaymentMethod method, String providerCode, BigDecimal amount,
                         Currency currency, String idempotencyKey, LocalDate paymentDate, String note, Long createdBy) {
}
