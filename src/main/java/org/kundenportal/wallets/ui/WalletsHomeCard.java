package org.kundenportal.wallets.ui;

import java.time.LocalDate;
import org.kundenportal.base.i18n.Formats;
import org.kundenportal.base.ui.HomeCardCounter;
import org.kundenportal.wallets.domain.WalletRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The home card of the wallets shows how many cards can be redeemed today. */
@Configuration(proxyBeanMethods = false)
class WalletsHomeCard {

    @Bean
    HomeCardCounter redeemableWalletCards(WalletRepository wallets) {
        return new HomeCardCounter(WalletsView.class, "wallets.home-card",
                scope -> wallets.countRedeemable(scope, LocalDate.now(Formats.ZONE)));
    }
}
