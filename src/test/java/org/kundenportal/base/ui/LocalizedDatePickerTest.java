package org.kundenportal.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datepicker.DatePicker.DatePickerI18n;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kundenportal.KaribuTest;

/** The invoice list's date filters, as a German and as an English user sees them. */
class LocalizedDatePickerTest extends KaribuTest {

    private DatePickerI18n dateFilterAs(String language) {
        loginNewCustomerSpeaking(language);
        navigate("invoices");
        List<DatePicker> pickers = _find(DatePicker.class);
        assertThat(pickers).isNotEmpty().allSatisfy(picker -> assertThat(picker).isInstanceOf(LocalizedDatePicker.class));
        return pickers.getFirst().getI18n();
    }

    @Test
    void germanNamesMondayFirstAndDayFirstWithDots() {
        DatePickerI18n i18n = dateFilterAs("de");

        assertThat(i18n.getMonthNames()).startsWith("Januar", "Februar", "März").endsWith("Dezember");
        assertThat(i18n.getWeekdays()).startsWith("Sonntag", "Montag");
        assertThat(i18n.getWeekdaysShort()).startsWith("So", "Mo");
        assertThat(i18n.getFirstDayOfWeek()).isEqualTo(1);
        assertThat(i18n.getDateFormats()).startsWith("dd.MM.yyyy");
        assertThat(i18n.getToday()).isEqualTo("Heute");
        assertThat(i18n.getCancel()).isEqualTo("Abbrechen");
    }

    @Test
    void englishNamesInTheEnglishUi() {
        DatePickerI18n i18n = dateFilterAs("en");

        assertThat(i18n.getMonthNames()).startsWith("January").endsWith("December");
        assertThat(i18n.getWeekdays()).startsWith("Sunday", "Monday");
        assertThat(i18n.getFirstDayOfWeek()).isEqualTo(1);
        assertThat(i18n.getDateFormats()).startsWith("dd/MM/yyyy");
        assertThat(i18n.getToday()).isEqualTo("Today");
        assertThat(i18n.getCancel()).isEqualTo("Cancel");
    }
}
