package org.kundenportal.documents.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A document's net amount, tax per rate and total. Tax is computed on each rate's net sum, as German invoices
 * show it, so the per-rate lines add up to the total exactly.
 */
public record Totals(BigDecimal untaxed, List<TaxSubtotal> taxes, BigDecimal tax, BigDecimal total) {

    /** Net amount and tax of one tax rate. */
    public record TaxSubtotal(BigDecimal rate, BigDecimal base, BigDecimal tax) {
    }

    public static Totals of(List<DocumentLine> lines) {
        Map<BigDecimal, BigDecimal> baseByRate = new TreeMap<>();
        for (DocumentLine line : lines) {
            if (line.hasAmount()) {
                baseByRate.merge(line.taxRate().stripTrailingZeros(), line.amountNet(), BigDecimal::add);
            }
        }
        List<TaxSubtotal> taxes = new ArrayList<>();
        BigDecimal untaxed = BigDecimal.ZERO.setScale(2);
        BigDecimal tax = BigDecimal.ZERO.setScale(2);
        for (Map.Entry<BigDecimal, BigDecimal> rate : baseByRate.entrySet()) {
            BigDecimal rateTax = rate.getValue().multiply(rate.getKey())
                    .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
            taxes.add(new TaxSubtotal(rate.getKey(), rate.getValue(), rateTax));
            untaxed = untaxed.add(rate.getValue());
            tax = tax.add(rateTax);
        }
        return new Totals(untaxed, List.copyOf(taxes), tax, untaxed.add(tax));
    }
}
