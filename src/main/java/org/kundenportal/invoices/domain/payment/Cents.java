package org.kundenportal.invoices.domain.payment;

import java.math.BigDecimal;

/** Providers count in the currency's smallest unit; our currencies (EUR, CHF, USD ...) have two decimals. */
public final class Cents {

    private Cents() {
    }

    public static long of(BigDecimal amount) {
        return amount.movePointRight(2).longValueExact();
    }

    public static BigDecimal toAmount(long cents) {
        return BigDecimal.valueOf(cents, 2);
    }
}
