package org.kundenportal.wallets.ui;

import com.vaadin.flow.component.Component;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.kundenportal.base.i18n.Formats;
import org.kundenportal.documents.ui.StateBadge;
import org.kundenportal.wallets.domain.WalletCard;
import org.kundenportal.wallets.domain.WalletState;
import org.kundenportal.wallets.domain.WalletType;

/** Labels the wallet list and dialog share. */
final class WalletTexts {

    private WalletTexts() {
    }

    static String type(Component component, WalletType type) {
        return component.getTranslation("wallets.type." + type.name().toLowerCase().replace('_', '-'));
    }

    static String state(Component component, WalletState state) {
        return component.getTranslation("wallets.state." + state.name().toLowerCase());
    }

    static StateBadge badge(Component component, WalletCard card, LocalDate today) {
        WalletState state = card.state(today);
        StateBadge.Tone tone = switch (state) {
            case ACTIVE -> StateBadge.Tone.SUCCESS;
            case BLOCKED -> StateBadge.Tone.ERROR;
            case EXPIRED -> StateBadge.Tone.CONTRAST;
        };
        return new StateBadge(state(component, state), tone);
    }

    /** Money for e-wallets and gift cards, "120 points" for loyalty cards. */
    static String balance(Component component, WalletCard card, Locale locale) {
        if (card.type().holdsPoints()) {
            int points = card.points() == null ? 0 : card.points();
            return component.getTranslation("wallets.points-value", Formats.number(BigDecimal.valueOf(points), locale));
        }
        return Formats.money(card.balance(), card.currency(), locale);
    }
}
