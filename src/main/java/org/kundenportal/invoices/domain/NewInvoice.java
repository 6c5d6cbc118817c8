package org.kundenportal.invoices.domain;

import java.time.LocalDate;
import java.util.Currency;

/** The header of an invoice about to be created; it starts as a DRAFT. */
public record NewInvoice(String number, Direction direction, InvoiceKind kind, long companyId, Long contactId,
                         Long saleOrderId, String reference, LocalDate invoiceDate, LocalDate dueDate,
                         Long paymentTermId, Currency currency, Long createdBy) {
}
