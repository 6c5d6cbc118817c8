package org.kundenportal.wallets.domain;

import java.math.BigDecimal;

/**
 * A transaction booked on a card and the card's balance (or points) after it.
 *
 * @param replayed the same transaction id was booked before: nothing changed this time
 */
public record BookedTransaction(WalletTransaction transaction, BigDecimal balance, Integer points, boolean replayed) {
}
