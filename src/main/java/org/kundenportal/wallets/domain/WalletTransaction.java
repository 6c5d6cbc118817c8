package org.kundenportal.wallets.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A top-up, purchase or points booking on a card; amount or points are negative when spent. */
public record WalletTransaction(LocalDate date, String description, BigDecimal amount, Integer points,
                                String receiptReference) {
}
