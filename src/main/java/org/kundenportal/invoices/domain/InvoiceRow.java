package org.kundenportal.invoices.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;

/** One line of an invoice list. */
public record InvoiceRow(long id, String number, Direction direction, InvoiceKind kind, InvoiceState state,
                         InvoicePaymentStatus status,
                         long companyId, String companyName, LocalDate invoiceDate, LocalDate dueDate, Currency currency,
                         BigDecimal total, BigDecimal paid) {

    public BigDecimal amountDue() {
        return status == InvoicePaymentStatus.CANCELLED ? BigDecimal.ZERO.setScale(2) : total.subtract(paid);
    }
}
