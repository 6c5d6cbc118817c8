package org.kundenportal.orders.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;

/** One sales order in a list. */
public record OrderRow(long id, String number, LocalDate orderDate, OrderSource source, long customerId,
                       String customerName, ShippingStatus deliveryStatus, BigDecimal total, Currency currency) {
}
