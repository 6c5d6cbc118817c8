package org.kundenportal.invoices.domain;

/**
 * How money arrived; MANUAL is what staff register from the bank statement or the till. CARD is the generic card
 * provider of earlier versions, kept for the payments made through it.
 */
public enum PaymentMethod {
    BANK_TRANSFER, CARD, MANUAL, STRIPE, PAYPAL
}
