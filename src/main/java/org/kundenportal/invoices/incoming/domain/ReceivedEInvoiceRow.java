package org.kundenportal.invoices.incoming.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;

/**
 * One received e-invoice in a list: what the supplier and staff need to find it, never the file itself.
 *
 * @param billNumber our vendor bill's number once posted, else null
 */
public record ReceivedEInvoiceRow(long id, String supplierName, String invoiceNumber, LocalDate issueDate,
                                  Currency currency, BigDecimal total, String fileName, Instant uploadedAt,
                                  ReceivedEInvoiceState state, String billNumber, String rejectionReason) {
}
