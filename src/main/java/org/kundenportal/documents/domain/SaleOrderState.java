package org.kundenportal.documents.domain;

/**
 * The stored state of a sale order, which is a quote until it is CONFIRMED (then a sales order). What a user sees of a
 * quote (open, expired, awaiting payment) is derived from it and other columns by {@code QuoteStatus}.
 */
public enum SaleOrderState {
    DRAFT, SENT, CONFIRMED, CANCELLED
}
