package org.kundenportal.documents.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The text of an EPC QR code ("GiroCode", EPC069-12, version 002): a SEPA credit transfer that banking apps
 * fill in when they scan it. Only euro amounts between 0.01 and 999,999,999.99 are allowed.
 */
public final class EpcPayload {

    private EpcPayload() {
    }

    /**
     * @param bic       may be empty (version 002 allows that within the EEA)
     * @param reference the unstructured remittance text, e.g. the invoice number (at most 140 characters)
     */
    public static String creditTransfer(String beneficiary, String iban, String bic, BigDecimal amount, String reference) {
        if (amount.signum() <= 0 || amount.compareTo(new BigDecimal("999999999.99")) > 0) {
            throw new IllegalArgumentException("Amount outside what a GiroCode can carry: " + amount);
        }
        return String.join("\n",
                "BCD", "002", "1", "SCT",
                bic == null ? "" : bic.replace(" ", ""),
                truncate(beneficiary, 70),
                iban.replace(" ", "").toUpperCase(),
                "EUR" + amount.setScale(2, RoundingMode.HALF_UP).toPlainString(),
                "",
                "",
                truncate(reference, 140));
    }

    private static String truncate(String text, int length) {
        String value = text == null ? "" : text.strip();
        return value.length() <= length ? value : value.substring(0, length);
    }
}
