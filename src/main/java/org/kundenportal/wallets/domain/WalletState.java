package org.kundenportal.wallets.domain;

/** ACTIVE and BLOCKED are stored; EXPIRED is an active card whose expiry date has passed. */
public enum WalletState {
    ACTIVE, BLOCKED, EXPIRED
}
