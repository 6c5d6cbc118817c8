package org.kundenportal.settings.domain;

import java.math.BigInteger;
import java.util.Locale;

/** International bank account numbers (ISO 13616): the check digits, and the grouped form printed on documents. */
public final class Iban {

    private static final BigInteger NINETY_SEVEN = BigInteger.valueOf(97);

    private Iban() {
    }

    /** Upper case without spaces. */
    public static String compact(String iban) {
        return iban == null ? "" : iban.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }

    /** In groups of four, as people read and type it. */
    public static String grouped(String iban) {
        return compact(iban).replaceAll("(.{4})(?!$)", "$1 ");
    }

    /** Country, check digits and the last four characters only, for pages and documents that name a debited account. */
    public static String masked(String iban) {
        String compact = compact(iban);
        return compact.length() < 8 ? compact : compact.substring(0, 4) + " **** " + compact.substring(compact.length() - 4);
    }

    /** A country code, two check digits and up to 30 letters or digits whose mod-97 checksum is 1. */
    public static boolean isValid(String iban) {
        String compact = compact(iban);
        if (!compact.matches("[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}")) {
            return false;
        }
        return mod97IsOne(compact.substring(4) + compact.substring(0, 4));
    }

    /** ISO 7064 MOD 97-10 with letters as 10..35: true when the text carries valid check digits at its end. */
    static boolean mod97IsOne(String lettersAndDigits) {
        StringBuilder digits = new StringBuilder();
        for (char c : lettersAndDigits.toCharArray()) {
            digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
        }
        return new BigInteger(digits.toString()).mod(NINETY_SEVEN).intValue() == 1;
    }
}
