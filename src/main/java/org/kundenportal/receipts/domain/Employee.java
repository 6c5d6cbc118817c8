package org.kundenportal.receipts.domain;

/**
 * A staff member who works a register. The version guards the staff edit against a second tab.
 *
 * @param reference the personnel number printed instead of the name when the receipt type says so
 */
public record Employee(long id, int version, String name, String reference, ReceiptType receiptType, boolean active) {
}
