package org.kundenportal.base.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The app's date picker: month and day names, first day of the week, date format and buttons in the user's language.
 * The web component knows only English by itself, so every picker in the app is one of these (an ArchUnit rule says
 * so); the texts are set when it is shown, when the UI's language is known.
 */
public class LocalizedDatePicker extends DatePicker {

    /** German is written and typed day first with dots; the short forms are accepted when typed. */
    private static final List<String> GERMAN_FORMATS = List.of("dd.MM.yyyy", "d.M.yyyy", "d.M.yy");
    /** The English UI formats as in the UK (see Formats), day first with slashes. */
    private static final List<String> ENGLISH_FORMATS = List.of("dd/MM/yyyy", "d/M/yyyy", "d/M/yy");

    public LocalizedDatePicker() {
    }

    public LocalizedDatePicker(String label) {
        super(label);
    }

    public LocalizedDatePicker(String label, LocalDate initialDate) {
        super(label, initialDate);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        // texts a view set itself (error messages) stay
        DatePickerI18n i18n = getI18n() == null ? new DatePickerI18n() : getI18n();
        setI18n(localize(i18n, getLocale(), getTranslation("date-picker.today"), getTranslation("date-picker.cancel")));
    }

    static DatePickerI18n localize(DatePickerI18n i18n, Locale locale, String today, String cancel) {
        boolean german = Locale.GERMAN.getLanguage().equals(locale.getLanguage());
        List<String> formats = german ? GERMAN_FORMATS : ENGLISH_FORMATS;
        i18n.setMonthNames(Arrays.stream(Month.values()).map(month -> month.getDisplayName(TextStyle.FULL_STANDALONE, locale)).toList())
                // the web component counts weekdays from Sunday
                .setWeekdays(weekdays(locale, TextStyle.FULL_STANDALONE))
                .setWeekdaysShort(weekdays(locale, TextStyle.SHORT_STANDALONE))
                .setFirstDayOfWeek(1)
                .setToday(today)
                .setCancel(cancel);
        return i18n.setDateFormats(formats.getFirst(), formats.subList(1, formats.size()).toArray(String[]::new));
    }

    private static List<String> weekdays(Locale locale, TextStyle style) {
        return List.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY, DayOfWeek.SATURDAY).stream().map(day -> day.getDisplayName(style, locale)).toList();
    }
}
