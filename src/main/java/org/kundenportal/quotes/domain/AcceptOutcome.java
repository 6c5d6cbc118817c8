package org.kundenportal.quotes.domain;

/**
 * What accepting a quote led to: the order at once, or a prepayment invoice to pay first.
 *
 * @param prepaymentInvoiceNumber null when the quote became an order at once
 */
public record AcceptOutcome(String orderNumber, String prepaymentInvoiceNumber) {

    public boolean confirmed() {
        return prepaymentInvoiceNumber == null;
    }
}
