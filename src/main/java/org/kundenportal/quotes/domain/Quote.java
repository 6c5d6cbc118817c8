package org.kundenportal.quotes.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import org.kundenportal.documents.domain.DocumentRef;
import org.kundenportal.documents.domain.SaleOrderState;

/** A quote as its detail page and editor show it. */
public record Quote(long id, String number, SaleOrderState state, QuoteStatus status, long customerId, String customerName,
                    Long contactId, String contactName, String reference, LocalDate quoteDate, LocalDate validUntil,
                    Long paymentTermId, String paymentTermDe, String paymentTermEn, Currency currency,
                    BigDecimal total, boolean requiresSignature, boolean requiresPayment,
                    BigDecimal prepaymentPercent, String note, Long responsibleUserId, String responsibleName,
                    Instant sentAt, String signedName, byte[] signaturePng, Instant signedAt, Instant declinedAt,
                    String declineReason, Instant cancelledAt, String cancelReason, Integer feedbackRating,
                    String feedbackText, Instant feedbackAt, int version) {

    public DocumentRef ref() {
        return DocumentRef.saleOrder(id);
    }

    public boolean answered() {
        return signedAt != null || declinedAt != null;
    }

    public boolean feedbackGiven() {
        return feedbackAt != null;
    }

    public boolean hasSignatureImage() {
        return signaturePng != null && signaturePng.length > 0;
    }

    public String paymentTerm(String language) {
        return "de".equals(language) ? paymentTermDe : paymentTermEn;
    }
}
