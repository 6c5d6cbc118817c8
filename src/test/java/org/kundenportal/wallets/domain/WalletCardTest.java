package org.kundenportal.wallets.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.kundenportal.base.i18n.Formats;

class WalletCardTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    private static WalletCard card(LocalDate expiry, WalletState stored) {
        return new WalletCard(1, 2, "Testfirma", WalletType.GIFT_CARD, "GC-1", null, BigDecimal.TEN, null, Formats.EURO,
                expiry, stored, true, false, false);
    }

    @Test
    void aCardExpiresTheDayAfterItsExpiryDate() {
        assertThat(card(TODAY, WalletState.ACTIVE).state(TODAY)).isEqualTo(WalletState.ACTIVE);
        assertThat(card(TODAY.minusDays(1), WalletState.ACTIVE).state(TODAY)).isEqualTo(WalletState.EXPIRED);
        assertThat(card(null, WalletState.ACTIVE).redeemable(TODAY)).isTrue();
    }

    @Test
    void aBlockedCardStaysBlockedAndCannotBeRedeemed() {
        assertThat(card(TODAY.minusDays(1), WalletState.BLOCKED).state(TODAY)).isEqualTo(WalletState.BLOCKED);
        assertThat(card(TODAY.plusDays(1), WalletState.BLOCKED).redeemable(TODAY)).isFalse();
    }
}
