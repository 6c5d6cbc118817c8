package org.kundenportal.receipts.domain;

import java.time.Instant;
import java.util.Currency;
import java.util.List;
import org.kundenportal.documents.domain.DocumentLine;
import org.kundenportal.documents.domain.Totals;

/** A POS receipt with everything its detail page shows. */
public record Receipt(long id, String number, long companyId, String companyName, Instant date, PosRegister register,
                      Employee cashier, String orderReference, Currency currency, List<DocumentLine> lines,
                      List<ReceiptPayment> payments) {

    public Receipt {
        lines = List.copyOf(lines);
        payments = List.copyOf(payments);
    }

    public Totals totals() {
        return Totals.of(lines);
    }

    public String cashierLabel() {
        return Cashiers.cashierLabel(cashier);
    }
}
