package org.kundenportal.purchasing.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import org.kundenportal.documents.domain.DocumentRef;

/**
 * The header of a purchase order as its pages show it.
 *
 * @param confirmedDate  the delivery date the supplier confirmed when acknowledging, if it gave one
 * @param paymentTermDe  the payment term's German label (null without a term); English in paymentTermEn
 * @param acknowledgedBy the name of the supplier's user who acknowledged it
 */
public record PurchaseOrder(long id, String number, PurchaseOrderState state, long supplierCompanyId,
                            String supplierName, Long supplierContactId, String supplierContactName, String reference,
                            LocalDate orderDate, LocalDate expectedDate, LocalDate confirmedDate, Long paymentTermId, String paymentTermDe,
                            String paymentTermEn, Currency currency, BigDecimal untaxed, BigDecimal tax,
                            BigDecimal total, String note, String responsibleName, String responsibleEmail,
                            Instant sentAt, Instant acknowledgedAt, String acknowledgedBy, Instant receivedAt,
                            Instant cancelledAt, int version) {

    public DocumentRef ref() {
        return DocumentRef.purchaseOrder(id);
    }

    public String paymentTerm(String language) {
        return "en".equals(language) ? paymentTermEn : paymentTermDe;
    }
}
