package org.kundenportal.invoices.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import org.kundenportal.documents.domain.SaleOrderState;

/**
 * An invoice's header as its page shows it. Whoever holds one has found it through the user's scope.
 *
 * @param saleOrderNumber the order (or quote) it belongs to, if any
 * @param paymentTermDe   the payment terms in German and English, if it has any
 * @param directDebit     the SEPA mandate it is collected under (fixed when posted); null when paid by transfer
 */
public record Invoice(long id, String number, Direction direction, InvoiceKind kind, InvoiceState state,
                      InvoicePaymentStatus status, long companyId, String companyName, Long contactId, Long saleOrderId,
                      String saleOrderNumber, SaleOrderState saleOrderState, String reference, LocalDate invoiceDate,
                      LocalDate dueDate, String paymentTermDe, String paymentTermEn, Currency currency,
                      BigDecimal total, BigDecimal paid, Instant sentAt, String note, int version,
                      DirectDebit directDebit) {

    /** The mandate's reference and the debtor's IBAN (compact). */
    public record DirectDebit(String mandateReference, String iban) {
    }

    public BigDecimal amountDue() {
        return state == InvoiceState.CANCELLED ? BigDecimal.ZERO.setScale(2) : total.subtract(paid);
    }

    /**
     * Whether a customer can still pay it online: our invoice, posted, with money due, and not collected by direct
     * debit (paying it online too would pay it twice).
     */
    public boolean payable() {
        return direction == Direction.OUT && state == InvoiceState.POSTED && status != InvoicePaymentStatus.PAID
                && amountDue().signum() > 0 && directDebit == null;
    }

    public String paymentTerm(String language) {
        return "de".equals(language) ? paymentTermDe : paymentTermEn;
    }
}
