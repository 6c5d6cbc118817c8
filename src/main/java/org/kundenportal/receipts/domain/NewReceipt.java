package org.kundenportal.receipts.domain;

import java.time.Instant;
import java.util.Currency;
import java.util.List;
import org.kundenportal.base.i18n.Formats;
import org.kundenportal.documents.domain.DocumentLine;

/** A receipt to record; totals are computed from the lines. */
public record NewReceipt(String number, long companyId, long registerId, long employeeId, Instant date,
                         String orderReference, Currency currency, List<DocumentLine> lines,
                         List<ReceiptPayment> payments) {

    public NewReceipt {
        lines = List.copyOf(lines);
        payments = List.copyOf(payments);
    }

    public NewReceipt(String number, long companyId, long registerId, long employeeId, Instant date,
                      String orderReference, List<DocumentLine> lines, List<ReceiptPayment> payments) {
        this(number, companyId, registerId, employeeId, date, orderReference, Formats.EURO, lines, payments);
    }
}
