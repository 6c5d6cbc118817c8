package org.kundenportal.base.i18n;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Dates, numbers and money as the user's language writes them. Euro unless a document says otherwise. */
public final class Formats {

    public static final Currency EURO = Currency.getInstance("EUR");
    /** Times are shown in the selling company's zone; the app serves one market. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    /**
     * Looking a format up costs more than formatting (a PDF's or a grid page's amounts showed in profiles); formats are
     * not thread-safe, so each call formats with a copy of the one kept per locale (and currency).
     */
    private static final Map<MoneyFormat, NumberFormat> MONEY_FORMATS = new ConcurrentHashMap<>();
    private static final Map<Locale, NumberFormat> NUMBER_FORMATS = new ConcurrentHashMap<>();

    private Formats() {
    }

    public static String money(BigDecimal amount, Currency currency, Locale locale) {
        if (amount == null) {
            return "";
        }
        Currency shown = currency == null ? EURO : currency;
        Locale regional = regional(locale);
        NumberFormat prototype = MONEY_FORMATS.computeIfAbsent(new MoneyFormat(regional, shown), key -> {
            NumberFormat format = NumberFormat.getCurrencyInstance(key.locale());
            format.setCurrency(key.currency());
            return format;
        });
        return ((NumberFormat) prototype.clone()).format(amount);
    }

    public static String money(BigDecimal amount, Locale locale) {
        return money(amount, EURO, locale);
    }

    public static String number(BigDecimal value, Locale locale) {
        if (value == null) {
            return "";
        }
        Locale regional = regional(locale);
        NumberFormat prototype = NUMBER_FORMATS.computeIfAbsent(regional, NumberFormat::getNumberInstance);
        return ((NumberFormat) prototype.clone()).format(value);
    }

    public static String date(LocalDate date, Locale locale) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(regional(locale)).format(date);
    }

    public static String dateTime(Instant instant, Locale locale) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(regional(locale)).withZone(ZONE).format(instant);
    }

    /** Plain "de" or "en" carry no region; number and currency formats need one. */
    private static Locale regional(Locale locale) {
        if (locale == null || !locale.getCountry().isEmpty()) {
            return locale == null ? Locale.GERMANY : locale;
        }
        return switch (locale.getLanguage()) {
            case "de" -> Locale.GERMANY;
            case "en" -> Locale.UK;
            default -> locale;
        };
    }

    private record MoneyFormat(Locale locale, Currency currency) {
    }
}
