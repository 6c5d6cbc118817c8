package org.kundenportal.orders.domain;

/**
 * How far an order has been shipped, derived in SQL from its deliveries that are not cancelled: none shipped yet,
 * some shipped, all shipped, all delivered.
 */
public enum ShippingStatus {
    NOT_SHIPPED, PARTIALLY_SHIPPED, SHIPPED, DELIVERED
}
