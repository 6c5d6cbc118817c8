package org.kundenportal.invoices.domain;

/** Only POSTED invoices can be paid; portal users never see a DRAFT. */
public enum InvoiceState {
    DRAFT, POSTED, CANCELLED
}
