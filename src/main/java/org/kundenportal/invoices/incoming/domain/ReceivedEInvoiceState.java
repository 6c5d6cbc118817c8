package org.kundenportal.invoices.incoming.domain;

/** Where a received e-invoice stands: waiting for staff, booked as a vendor bill, or sent back to the supplier. */
public enum ReceivedEInvoiceState {
    RECEIVED, POSTED, REJECTED
}
