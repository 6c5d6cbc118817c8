package org.kundenportal.invoices.domain;

/** How money arrived; MANUAL is what staff register from the bank statement or the till. */
public enum PaymentMethod {
    BANK_TRANSFER, CARD, MANUAL
}
