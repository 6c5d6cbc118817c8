package org.kundenportal.history.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.kundenportal.base.i18n.TranslationProvider;
import org.kundenportal.documents.domain.HistoryEvent;

class HistoryEventTextTest {

    private final TranslationProvider translations = new TranslationProvider("de");

    private String shown(HistoryEvent event, String body, Locale locale) {
        return HistoryEventText.of(event, body, locale, key -> translations.getTranslation(key, locale));
    }

    @Test
    void aTicketsNewStateIsShownByItsName() {
        assertThat(shown(HistoryEvent.STATE_CHANGED, "WAITING_FOR_CUSTOMER", Locale.GERMAN)).isEqualTo("Rückfrage an den Kunden");
        assertThat(shown(HistoryEvent.STATE_CHANGED, "IN_PROGRESS", Locale.ENGLISH)).isEqualTo("In progress");
        assertThat(shown(HistoryEvent.REOPENED, "NEW", Locale.ENGLISH)).isEqualTo("New");
    }

    @Test
    void amountsAndPaymentMethodsFollowTheReader() {
        assertThat(shown(HistoryEvent.PAYMENT_STARTED, "1.131,47\u00a0€ · BANK_TRANSFER", Locale.ENGLISH))
                .isEqualTo("€1,131.47 · Bank transfer");
        assertThat(shown(HistoryEvent.PAID, "131,47\u00a0€", Locale.GERMAN)).isEqualTo("131,47\u00a0€");
    }

    @Test
    void otherEventsKeepTheirText() {
        assertThat(shown(HistoryEvent.SIGNED, "SHA-256 original: ABC", Locale.ENGLISH)).isEqualTo("SHA-256 original: ABC");
    }
}
