package org.kundenportal.wallets.domain;

/** What a card holds: money (e-wallet, gift card) or points (loyalty). */
public enum WalletType {
    E_WALLET, GIFT_CARD, LOYALTY;

    public boolean holdsPoints() {
        return this == LOYALTY;
    }
}
