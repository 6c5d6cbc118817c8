package org.kundenportal.documents.domain;

/**
 * The kinds of document that share lines, history and time entries, as stored in their {@code document_type}
 * columns. A quote and the sales order it becomes are one {@link #SALE_ORDER}, so its history carries over.
 */
public enum DocumentType {
    SALE_ORDER, PURCHASE_ORDER, INVOICE, TICKET, SUBSCRIPTION, SIGNATURE
}
