package org.kundenportal.invoices.incoming.domain;

import java.time.Instant;
import java.util.List;

/**
 * A received e-invoice file with what was decided about it; its bytes are read separately, as only the page that
 * shows or downloads it needs them.
 *
 * @param validationErrors   the Mustang validator's errors at upload (empty: valid)
 * @param validationWarnings the validator's warnings at upload
 * @param billNumber         our vendor bill's number once posted, else null
 */
public record ReceivedEInvoice(long id, long supplierCompanyId, String supplierName, String supplierVatId,
                               String uploadedByName, Instant uploadedAt, String fileName, String mediaType,
                               String sha256, String invoiceNumber, List<String> validationErrors,
                               List<String> validationWarnings, ReceivedEInvoiceState state, Long invoiceId,
                               String billNumber, String rejectionReason, String decidedByName, Instant decidedAt) {
}
