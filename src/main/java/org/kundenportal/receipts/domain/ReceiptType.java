package org.kundenportal.receipts.domain;

/** The HR setting "Rechnungstyp" of an employee: receipts name the cashier in full or by reference only. */
public enum ReceiptType {
    NAME, REFERENCE
}
