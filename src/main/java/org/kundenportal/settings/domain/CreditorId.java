package org.kundenportal.settings.domain;

import java.util.Locale;

/**
 * SEPA creditor identifiers (Gläubiger-Identifikationsnummer, e.g. DE98ZZZ09999999999): a country code, two check
 * digits, a three-character business code the check leaves out, and the national identifier. The check digits are
 * ISO 7064 MOD 97-10 over the national identifier and the country code, as with an IBAN.
 */
public final class CreditorId {

    private CreditorId() {
    }

    /** Upper case without spaces. */
    public static String compact(String creditorId) {
        return creditorId == null ? "" : creditorId.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }

    public static boolean isValid(String creditorId) {
        String compact = compact(creditorId);
        if (!compact.matches("[A-Z]{2}[0-9]{2}[A-Z0-9]{3}[A-Z0-9]{1,28}")) {
            return false;
        }
        return Iban.mod97IsOne(compact.substring(7) + compact.substring(0, 4));
    }
}
