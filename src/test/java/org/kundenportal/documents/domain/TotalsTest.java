package org.kundenportal.documents.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class TotalsTest {

    private static DocumentLine line(String quantity, String price, String discount, String tax) {
        return DocumentLine.product(null, "x", new BigDecimal(quantity), "Stk", new BigDecimal(price), new BigDecimal(discount),
                new BigDecimal(tax));
    }

    @Test
    void taxIsComputedPerRateOnTheRatesNetSum() {
        Totals totals = Totals.of(List.of(
                DocumentLine.section("Hardware"),
                line("3", "0.35", "0", "19"),
                line("3", "0.35", "0", "19"),
                line("2", "100", "10", "7"),
                DocumentLine.note("Lieferung frei Haus")));

        assertThat(totals.untaxed()).isEqualByComparingTo("182.10");
        assertThat(totals.taxes()).extracting(Totals.TaxSubtotal::rate).containsExactly(new BigDecimal("7"), new BigDecimal("19"));
        // 2.10 × 19 % = 0.399 → 0.40 on the sum, where rounding each line would give 0.20 + 0.20
        assertThat(totals.taxes().get(1).tax()).isEqualByComparingTo("0.40");
        assertThat(totals.taxes().get(0).tax()).isEqualByComparingTo("12.60");
        assertThat(totals.total()).isEqualByComparingTo("195.10");
    }

    @Test
    void sectionsAndNotesHaveNoAmount() {
        DocumentLine note = new DocumentLine(LineKind.NOTE, null, "Hinweis", BigDecimal.TEN, null, BigDecimal.TEN, null,
                BigDecimal.TEN, null);

        assertThat(note.amountNet()).isEqualByComparingTo("0");
        assertThat(Totals.of(List.of(note)).total()).isEqualByComparingTo("0");
    }
}
