package org.kundenportal.wallets.domain;

/**
 * A card as the POS or web shop sends it, addressed by its own id. Its balance (or points) is the sending
 * system's: a PUT sets it, transactions booked through the portal move it.
 *
 * @param requestHash SHA-256 of the request, so that the same request again changes nothing
 */
public record WalletImport(String externalId, String requestHash, NewWalletCard card) {
}
