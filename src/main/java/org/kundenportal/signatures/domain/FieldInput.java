package org.kundenportal.signatures.domain;

/**
 * What the signer entered into one field: text (TEXT), an ISO date (DATE), "true"/"false" (CHECKBOX) or the drawn
 * PNG (SIGNATURE, INITIALS). Checked by {@link SignatureService#sign} before anything is stored.
 */
public record FieldInput(long fieldId, String text, byte[] png) {

    public static FieldInput text(long fieldId, String text) {
        return new FieldInput(fieldId, text, null);
    }

    public static FieldInput drawn(long fieldId, byte[] png) {
        return new FieldInput(fieldId, null, png);
    }
}
