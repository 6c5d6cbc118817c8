package org.kundenportal.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class FormatsTest {

    private static final Currency FRANC = Currency.getInstance("CHF");

    @Test
    void eachLanguageAndCurrencyKeepsItsOwnFormat() {
        BigDecimal amount = new BigDecimal("1234.5");

        assertThat(Formats.money(amount, Formats.EURO, Locale.GERMAN)).isEqualTo("1.234,50\u00a0€");
        assertThat(Formats.money(amount, FRANC, Locale.GERMAN)).isEqualTo("1.234,50\u00a0CHF");
        assertThat(Formats.money(amount, Formats.EURO, Locale.ENGLISH)).isEqualTo("€1,234.50");
        assertThat(Formats.money(amount, Formats.EURO, Locale.GERMAN)).isEqualTo("1.234,50\u00a0€");
        assertThat(Formats.number(new BigDecimal("0.5"), Locale.GERMAN)).isEqualTo("0,5");
        assertThat(Formats.number(new BigDecimal("0.5"), Locale.ENGLISH)).isEqualTo("0.5");
    }

    @Test
    void threadsFormattingAtOnceDoNotDisturbEachOther() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> results = IntStream.range(0, 8).mapToObj(thread -> pool.submit(() ->
                    IntStream.range(0, 20_000).allMatch(i -> {
                        BigDecimal amount = BigDecimal.valueOf(thread * 100_000L + i, 2);
                        String expected = amount.toPlainString().replace('.', ',');
                        return Formats.money(amount, Formats.EURO, Locale.GERMAN)
                                .equals(grouped(expected) + "\u00a0€");
                    }))).toList();
            for (Future<Boolean> result : results) {
                assertThat(result.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** "1234567,89" as German writes it: "1.234.567,89". */
    private static String grouped(String plain) {
        String whole = plain.substring(0, plain.indexOf(','));
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                out.append('.');
            }
            out.append(whole.charAt(i));
        }
        return out + plain.substring(plain.indexOf(','));
    }
}
