package org.kundenportal.receipts.domain;

import java.time.Instant;
import java.util.Currency;
import java.util.List;
import org.kundenportal.documents.domain.DocumentLine;

/**
 * A receipt as the POS sends it: addressed by the POS's own id, with its register given by code (created or renamed
 * as needed) and its cashier already resolved to an employee.
 *
 * @param requestHash SHA-256 of the request, so that the same request again changes nothing
 */
public record ReceiptImport(String externalId, String requestHash, String number, long companyId,
                            String registerCode, String registerName, String registerLocation, long employeeId,
                            Instant date, String orderReference, Currency currency, List<DocumentLine> lines,
                            List<ReceiptPayment> payments) {

    public ReceiptImport {
        lines = List.copyOf(lines);
        payments = List.copyOf(payments);
    }
}
