package org.kundenportal.wallets.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;

/**
 * A customer company's e-wallet, gift card or loyalty card.
 *
 * @param balance    money on an e-wallet or gift card, null for loyalty cards
 * @param points     points on a loyalty card, null otherwise
 * @param storedState ACTIVE or BLOCKED as staff set it; see {@link #state(LocalDate)}
 * @param expiryDate null when the card never expires
 */
public record WalletCard(long id, long companyId, String companyName, WalletType type, String code, String programName,
                         BigDecimal balance, Integer points, Currency currency, LocalDate expiryDate,
                         WalletState storedState, boolean usablePos, boolean usableSales, boolean usableWebShop) {

    /** A blocked card stays blocked; an active one expires after its expiry date. */
    public WalletState state(LocalDate today) {
        if (storedState == WalletState.BLOCKED) {
            return WalletState.BLOCKED;
        }
        return expiryDate != null && expiryDate.isBefore(today) ? WalletState.EXPIRED : WalletState.ACTIVE;
    }

    /** Only an active card may be shown with a QR code to redeem it. */
    public boolean redeemable(LocalDate today) {
        return state(today) == WalletState.ACTIVE;
    }
}
