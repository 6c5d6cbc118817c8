package org.kundenportal.signatures.domain;

import java.math.BigDecimal;

/**
 * One page of the uploaded PDF as shown (after its rotation), in PDF points. Its image is fetched separately
 * ({@link SignatureRepository#pageImage}), so lists of pages stay small.
 *
 * @param page 1-based page number
 */
public record SignaturePage(int page, BigDecimal widthPt, BigDecimal heightPt) {
}
