package org.kundenportal.invoices.domain;

import org.kundenportal.documents.domain.DocumentFilter;

/** The shared document filter plus the direction ("outgoing / incoming"); a null direction means both. */
public record InvoiceFilter(DocumentFilter<InvoicePaymentStatus> document, Direction direction) {

    public static InvoiceFilter all() {
        return new InvoiceFilter(DocumentFilter.none(), null);
    }
}
