package org.kundenportal.history.ui;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kundenportal.base.i18n.Formats;
import org.kundenportal.documents.domain.HistoryEvent;

/**
 * The detail text of a history event in the reader's language. Events store their detail once, as plain text in the
 * writer's terms: a ticket's new state or a payment method as the enum's name, amounts as German money. Translating
 * when showing (rather than when storing) serves both languages and the entries already stored.
 */
final class HistoryEventText {

    /** Which translation keys the upper-case words of an event's detail name; events not listed keep their text. */
    private static final Map<HistoryEvent, String> ENUM_KEY_PREFIXES = Map.of(
            HistoryEvent.STATE_CHANGED, "tickets.state.",
            HistoryEvent.REOPENED, "tickets.state.",
            HistoryEvent.PAYMENT_STARTED, "invoices.method.");
    private static final Pattern ENUM_NAME = Pattern.compile("\\b[A-Z]+(?:_[A-Z]+)*\\b");
    private static final Pattern GERMAN_MONEY = Pattern.compile("(-?\\d{1,3}(?:\\.\\d{3})*,\\d{2})[\\s\\u00a0\\u202f]€");

    private HistoryEventText() {
    }

    /**
     * @param locale the reader's, for amounts
     * @param translate the view's getTranslation(key), in the same locale
     */
    static String of(HistoryEvent event, String body, Locale locale, UnaryOperator<String> translate) {
        String text = GERMAN_MONEY.matcher(body).replaceAll(match -> Matcher.quoteReplacement(
                Formats.money(new BigDecimal(match.group(1).replace(".", "").replace(',', '.')), locale)));
        String prefix = ENUM_KEY_PREFIXES.get(event);
        if (prefix == null) {
            return text;
        }
        return ENUM_NAME.matcher(text).replaceAll(match -> {
            String translated = translate.apply(prefix + match.group());
            return Matcher.quoteReplacement(translated.startsWith("!") ? match.group() : translated);
        });
    }
}
