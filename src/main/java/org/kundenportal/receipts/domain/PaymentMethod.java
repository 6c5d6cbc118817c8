package org.kundenportal.receipts.domain;

/** How a receipt was paid; also the receipt list's filter, as receipts have no states of their own. */
public enum PaymentMethod {
    CASH, CARD, VOUCHER, E_WALLET
}
