package org.kundenportal.signatures.domain;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A placed field with what the signer put in, if anything yet.
 *
 * @param page      1-based page number
 * @param textValue text, an ISO date or "true"/"false"; null for drawn fields and unfilled ones
 * @param imagePng  the drawn signature or initials; null otherwise
 */
public record SignatureField(long id, int position, FieldKind kind, String label, boolean required, int page,
                             BigDecimal x, BigDecimal y, BigDecimal width, BigDecimal height, String textValue,
                             byte[] imagePng, Instant filledAt) {

    /** A checkbox counts as filled only when ticked; an optional one may stay empty. */
    public boolean filled() {
        if (kind.drawn()) {
            return imagePng != null && imagePng.length > 0;
        }
        if (kind == FieldKind.CHECKBOX) {
            return "true".equals(textValue);
        }
        return textValue != null && !textValue.isBlank();
    }

    public NewField placement() {
        return new NewField(kind, label, required, page, x, y, width, height);
    }
}
