package org.kundenportal.invoices.domain;

/**
 * How far an invoice is paid, derived (in SQL, see {@link InvoiceRepository#STATUS}) from its state, amounts and
 * due date. It is the state filter of the invoice lists and the badge on every invoice.
 */
public enum InvoicePaymentStatus {
    NOT_PAID, PARTIALLY_PAID, OVERDUE, PAID, CANCELLED;

    /** Still waiting for money: counted on the home card. */
    public boolean isOpen() {
        return this == NOT_PAID || this == PARTIALLY_PAID || this == OVERDUE;
    }
}
