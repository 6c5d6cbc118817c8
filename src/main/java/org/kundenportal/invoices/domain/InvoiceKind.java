package org.kundenportal.invoices.domain;

/** A PREPAYMENT invoice asks for the share of a quote that must be paid before it becomes an order. */
public enum InvoiceKind {
    INVOICE, PREPAYMENT, CREDIT_NOTE
}
