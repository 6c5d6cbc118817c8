package org.kundenportal.signatures.domain;

import java.math.BigDecimal;

/**
 * A field as staff place it on a page. Position and size are fractions of the page (0..1, origin top left), so
 * they do not depend on the size the page is shown at.
 *
 * @param page 1-based page number
 */
public record NewField(FieldKind kind, String label, boolean required, int page, BigDecimal x, BigDecimal y,
                       BigDecimal width, BigDecimal height) {
}
