package org.kundenportal.quotes.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;

/** One line of a quote list. */
public record QuoteRow(long id, String number, LocalDate quoteDate, LocalDate validUntil, QuoteStatus status,
                       BigDecimal total, Currency currency, long customerId, String customerName) {
}
