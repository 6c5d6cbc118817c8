package org.kundenportal.quotes.ui;

import com.vaadin.flow.component.UI;
import org.kundenportal.documents.ui.StateBadge;
import org.kundenportal.quotes.domain.QuoteStatus;

/** A quote's status as badge and text, the same in every list and page. */
final class QuoteLabels {

    private QuoteLabels() {
    }

    static StateBadge of(QuoteStatus status) {
        StateBadge badge = new StateBadge(label(status), switch (status) {
            case OPEN -> StateBadge.Tone.NORMAL;
            case AWAITING_PAYMENT -> StateBadge.Tone.WARNING;
            case EXPIRED, DRAFT -> StateBadge.Tone.CONTRAST;
            case CANCELLED -> StateBadge.Tone.ERROR;
            case CONFIRMED -> StateBadge.Tone.SUCCESS;
        });
        badge.addClassName("quote-status-" + status.name().toLowerCase());
        return badge;
    }

    static String label(QuoteStatus status) {
        return UI.getCurrent().getTranslation("quotes.status." + status.name().toLowerCase());
    }
}
