package org.kundenportal.orders.domain;

/** Where a sales order came from: a quote the customer confirmed, or the web shop. */
public enum OrderSource {
    BACK_OFFICE, WEB_SHOP
}
