package org.kundenportal.invoices.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.kundenportal.documents.domain.DocumentLine;

/**
 * An invoice or vendor bill as another system sends it, addressed by that system's id.
 *
 * @param contentHash   SHA-256 of the request without its payments (they are idempotent by their own ids)
 * @param dueDate       null: the invoice date plus the payment term's days
 * @param paymentTermId null: the default payment term
 * @param post          POSTED rather than DRAFT; an OUT invoice is then mailed like the back office's "post and send"
 * @param payments      money received, each registered once by its id
 */
public record InvoiceImport(String externalId, String contentHash, Direction direction, long companyId, Long contactId,
                            Long saleOrderId, String reference, LocalDate invoiceDate, LocalDate dueDate,
                            Long paymentTermId, Currency currency, List<DocumentLine> lines, boolean post,
                            List<PaymentImport> payments) {

    public InvoiceImport {
        lines = List.copyOf(lines);
        payments = payments == null ? List.of() : List.copyOf(payments);
    }

    /** A payment the sending system recorded, with its id there. */
    public record PaymentImport(String id, BigDecimal amount, LocalDate date, String note) {
    }
}
