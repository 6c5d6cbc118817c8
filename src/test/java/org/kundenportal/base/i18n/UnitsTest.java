package org.kundenportal.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class UnitsTest {

    private static final Function<String, String> ENGLISH = Map.of("unit.piece", "pc", "unit.hour", "h",
            "unit.month", "mo.", "unit.box", "box")::get;

    @Test
    void knownUnitsAreShownInTheReadersLanguageWhateverTheyWereWrittenAs() {
        assertThat(Units.name("Stk", ENGLISH)).isEqualTo("pc");
        assertThat(Units.name("Stk.", ENGLISH)).isEqualTo("pc");
        assertThat(Units.name("C62", ENGLISH)).isEqualTo("pc");
        assertThat(Units.name(" Std. ", ENGLISH)).isEqualTo("h");
        assertThat(Units.name("Monat", ENGLISH)).isEqualTo("mo.");
        assertThat(Units.name("Karton", ENGLISH)).isEqualTo("box");
    }

    @Test
    void otherUnitsStayAsWritten() {
        assertThat(Units.name("kg", ENGLISH)).isEqualTo("kg");
        assertThat(Units.name("Rolle à 50 m", ENGLISH)).isEqualTo("Rolle à 50 m");
        assertThat(Units.name(null, ENGLISH)).isEmpty();
    }

    @Test
    void aQuantityCarriesItsUnitOnlyWhenThereIsOne() {
        assertThat(Units.quantity("1.5", "Std.", ENGLISH)).isEqualTo("1.5 h");
        assertThat(Units.quantity("3", null, ENGLISH)).isEqualTo("3");
    }
}
