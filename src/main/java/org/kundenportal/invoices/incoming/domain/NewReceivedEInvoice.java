package org.kundenportal.invoices.incoming.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

/** A file to keep as received, with the few fields the lists show. */
record NewReceivedEInvoice(long supplierCompanyId, long uploadedBy, String fileName, String mediaType, byte[] content,
                           String sha256, String invoiceNumber, LocalDate issueDate, Currency currency,
                           BigDecimal total, List<String> validationErrors, List<String> validationWarnings) {
}
