package org.kundenportal.documents.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * One line of a quote, order, purchase order or invoice. Percentages are given as 19 for 19 %.
 *
 * @param expectedDate only purchase order lines have one
 */
public record DocumentLine(LineKind kind, String productCode, String description, BigDecimal quantity, String unit,
                           BigDecimal unitPrice, BigDecimal discountPercent, BigDecimal taxRate, LocalDate expectedDate) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public DocumentLine {
        if (kind == null) {
            kind = LineKind.PRODUCT;
        }
        if (kind != LineKind.PRODUCT) {
            quantity = BigDecimal.ZERO;
            unitPrice = BigDecimal.ZERO;
            discountPercent = BigDecimal.ZERO;
            taxRate = BigDecimal.ZERO;
        }
        quantity = quantity == null ? BigDecimal.ZERO : quantity;
        unitPrice = unitPrice == null ? BigDecimal.ZERO : unitPrice;
        discountPercent = discountPercent == null ? BigDecimal.ZERO : discountPercent;
        taxRate = taxRate == null ? BigDecimal.ZERO : taxRate;
    }

    public static DocumentLine product(String productCode, String description, BigDecimal quantity, String unit,
                                       BigDecimal unitPrice, BigDecimal discountPercent, BigDecimal taxRate) {
        return new DocumentLine(LineKind.PRODUCT, productCode, description, quantity, unit, unitPrice, discountPercent,
                taxRate, null);
    }

    public static DocumentLine section(String title) {
        return new DocumentLine(LineKind.SECTION, null, title, null, null, null, null, null, null);
    }

    public static DocumentLine note(String text) {
        return new DocumentLine(LineKind.NOTE, null, text, null, null, null, null, null, null);
    }

    public DocumentLine withExpectedDate(LocalDate date) {
        return new DocumentLine(kind, productCode, description, quantity, unit, unitPrice, discountPercent, taxRate, date);
    }

    public boolean hasAmount() {
        return kind == LineKind.PRODUCT;
    }

    /** Quantity × unit price less the discount, rounded to cents. */
    public BigDecimal amountNet() {
        if (!hasAmount()) {
            return BigDecimal.ZERO.setScale(2);
        }
        BigDecimal gross = quantity.multiply(unitPrice);
        BigDecimal discount = gross.multiply(discountPercent).divide(HUNDRED, 10, RoundingMode.HALF_UP);
        return gross.subtract(discount).setScale(2, RoundingMode.HALF_UP);
    }
}
