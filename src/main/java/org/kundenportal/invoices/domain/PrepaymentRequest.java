package org.kundenportal.invoices.domain;

import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.kundenportal.documents.domain.DocumentLine;

/** What a signed quote asks to be prepaid: its customer, its number as the reference, and one line per tax rate. */
public record PrepaymentRequest(long saleOrderId, String quoteNumber, long companyId, Long contactId,
                                Long responsibleUserId, LocalDate invoiceDate, Long paymentTermId, Currency currency,
                                List<DocumentLine> lines) {
}
