package org.kundenportal.history.domain;

/** Whether a document's company is our customer (quotes, orders, invoices) or our supplier (purchase orders, vendor bills). */
public enum DocumentSide {
    CUSTOMER, SUPPLIER
}
