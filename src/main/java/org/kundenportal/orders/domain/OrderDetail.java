package org.kundenportal.orders.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import org.kundenportal.documents.domain.DocumentRef;

/**
 * The header of a sales order as its page shows it.
 *
 * @param preparedBy       the staff member in charge (or who created it), may be null
 * @param paymentTermDe    the payment terms in German, may be null; {@code paymentTermEn} in English
 * @param signaturePng     the drawn signature, null when the order was not signed online
 */
public record OrderDetail(long id, String number, OrderSource source, long customerId, String customerName,
                          String reference, LocalDate orderDate, String preparedBy, String paymentTermDe,
                          String paymentTermEn, Currency currency, BigDecimal untaxed, BigDecimal tax,
                          BigDecimal total, String note, String signedName, byte[] signaturePng, Instant signedAt) {

    public DocumentRef ref() {
        return DocumentRef.saleOrder(id);
    }

    public boolean isSigned() {
        return signedAt != null && (signaturePng != null || signedName != null);
    }

    public String paymentTerm(String language) {
        return "en".equals(language) ? paymentTermEn : paymentTermDe;
    }
}
