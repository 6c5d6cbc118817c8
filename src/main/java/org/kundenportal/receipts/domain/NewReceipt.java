package org.kundenportal.receipts.domain;

import java.time.Instant;
import java.util.List;
import org.kundenportal.documents.domain.DocumentLine;

/** A receipt to record (demo data, tests); totals are computed from the lines. */
public record NewReceipt(String number, long companyId, long registerId, long employeeId, Instant date,
                         String orderReference, List<DocumentLine> lines, List<ReceiptPayment> payments) {
}
