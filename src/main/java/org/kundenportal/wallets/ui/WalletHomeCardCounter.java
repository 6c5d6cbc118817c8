package org.kundenportal.wallets.ui;

import java.time.LocalDate;
import org.kundenportal.base.i18n.Formats;
import org.kundenportal.base.security.PortalScope;
import org.kundenportal.base.ui.HomeCardCounter;
import org.kundenportal.base.ui.NavItem;
import org.kundenportal.wallets.domain.WalletRepository;
import org.springframework.stereotype.Component;

/** The home card of the wallets shows how many cards can be redeemed today. */
@Component
class WalletHomeCardCounter implements HomeCardCounter {

    private final WalletRepository wallets;

    WalletHomeCardCounter(WalletRepository wallets) {
        this.wallets = wallets;
    }

    @Override
    public NavItem item() {
        return NavItem.WALLETS;
    }

    @Override
    public String labelKey() {
        return "wallets.home-card";
    }

    @Override
    public long count(PortalScope scope) {
        return wallets.countRedeemable(scope, LocalDate.now(Formats.ZONE));
    }
}
