package org.kundenportal.documents.domain;

/**
 * Published (as a Spring application event, after the payment's transaction commits) when an invoice becomes
 * fully paid, so that, for example, a quote waiting for its prepayment can confirm itself.
 *
 * @param saleOrderId the sales order (or quote) the invoice belongs to, if any
 * @param prepayment  whether it is the prepayment invoice of a quote
 */
public record InvoicePaid(long invoiceId, Long saleOrderId, boolean prepayment) {
}
