package org.kundenportal.receipts.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;

/** A receipt as the list shows it. */
public record ReceiptRow(long id, String number, Instant date, String companyName, String register, BigDecimal total,
                         Currency currency, PaymentMethod paymentMethod) {
}
