package org.kundenportal.wallets.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * The usual kinds of booking, which a POS or the web shop can send as the description's code ({@code TOP_UP}) so that
 * each reader sees it in their language; any other description is the sending system's text and shown as sent.
 */
public enum WalletTransactionKind {
    TOP_UP, PURCHASE, WEB_SHOP_ORDER, GIFT_CARD_ISSUED, REWARD_REDEEMED;

    /** The kind a stored description names by its code, if it is one. */
    public static Optional<WalletTransactionKind> of(String description) {
        return Arrays.stream(values()).filter(kind -> kind.name().equals(description)).findFirst();
    }
}
