package org.kundenportal.orders.domain;

import java.math.BigDecimal;

/** A line of a delivery being created: what is shipped and how much of it. */
public record NewDeliveryLine(String description, BigDecimal quantity, String unit) {
}
