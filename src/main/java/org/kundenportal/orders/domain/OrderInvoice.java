package org.kundenportal.orders.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;

/** An invoice of a sales order, as the order page lists it. Draft invoices are never listed. */
public record OrderInvoice(long id, String number, LocalDate invoiceDate, PaymentProgress status, BigDecimal amount,
                           Currency currency) {

    /** A display-only payment status; the invoices feature owns the real rules. */
    public enum PaymentProgress {
        NOT_PAID, PARTIALLY_PAID, PAID, OVERDUE, CANCELLED
    }
}
