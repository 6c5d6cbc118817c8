package org.kundenportal.subscriptions.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A subscribed module or component; prices are net per billing period. */
public record SubscriptionLine(String code, String name, String description, BigDecimal quantity,
                               BigDecimal unitPrice) {

    public BigDecimal amount() {
        return quantity.multiply(unitPrice).setScale(2, RoundingMode.HALF_UP);
    }
}
