package org.kundenportal.demo;

import static org.kundenportal.wallets.domain.WalletTransactionKind.GIFT_CARD_ISSUED;
import static org.kundenportal.wallets.domain.WalletTransactionKind.PURCHASE;
import static org.kundenportal.wallets.domain.WalletTransactionKind.REWARD_REDEEMED;
import static org.kundenportal.wallets.domain.WalletTransactionKind.TOP_UP;
import static org.kundenportal.wallets.domain.WalletTransactionKind.WEB_SHOP_ORDER;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.kundenportal.base.i18n.Formats;
import org.kundenportal.wallets.domain.NewWalletCard;
import org.kundenportal.wallets.domain.WalletService;
import org.kundenportal.wallets.domain.WalletTransaction;
import org.kundenportal.wallets.domain.WalletTransactionKind;
import org.kundenportal.wallets.domain.WalletType;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Cards of every type for the bakery and the café: active, expired and one blocked, with transactions booked as a POS
 * would, by their kinds' codes.
 */
@Component
@Order(70)
class WalletDemoData implements DemoDataPart {

    private final WalletService service;

    WalletDemoData(WalletService service) {
        this.service = service;
    }

    @Override
    public void load(DemoCompanies demo) {
        LocalDate today = LocalDate.now(Formats.ZONE);

        card(demo.bakery(), WalletType.E_WALLET, "EW-SONNE-0001", null, "184.50", null, today.plusYears(2), false, true, true, true,
                money(today.minusDays(40), TOP_UP, "250.00", null),
                money(today.minusDays(21), PURCHASE, "-38.20", receipt(today, 12)),
                money(today.minusDays(9), WEB_SHOP_ORDER, "-27.30", "WEB-2026-00007"));
        card(demo.bakery(), WalletType.GIFT_CARD, "GC-SONNE-5021", null, "50.00", null, today.plusMonths(10), false, true, false, true,
                money(today.minusDays(60), GIFT_CARD_ISSUED, "50.00", null));
        card(demo.bakery(), WalletType.LOYALTY, "LY-SONNE-7788", "Sonnen-Treuepunkte", null, 1240, null, false, true, true, false,
                points(today.minusDays(30), PURCHASE, 320, receipt(today, 5)),
                points(today.minusDays(14), PURCHASE, 180, receipt(today, 31)),
                points(today.minusDays(3), REWARD_REDEEMED, -200, null));
        card(demo.bakery(), WalletType.GIFT_CARD, "GC-SONNE-1999", null, "12.00", null, today.minusMonths(2), false, true, false, false,
                money(today.minusYears(1), GIFT_CARD_ISSUED, "25.00", null),
                money(today.minusMonths(5), PURCHASE, "-13.00", null));
        card(demo.bakery(), WalletType.E_WALLET, "EW-SONNE-0666", null, "20.00", null, today.plusYears(1), true, true, false, true,
                money(today.minusDays(90), TOP_UP, "20.00", null));

        card(demo.cafe(), WalletType.E_WALLET, "EW-MORGEN-0101", null, "75.00", null, today.plusYears(1), false, true, true, true,
                money(today.minusDays(12), TOP_UP, "75.00", null));
        card(demo.cafe(), WalletType.LOYALTY, "LY-MORGEN-4242", "Morgenrot Bonus", null, 310, today.plusMonths(6), false, true, false, true,
                points(today.minusDays(5), PURCHASE, 310, null));
        card(demo.cafe(), WalletType.LOYALTY, "LY-MORGEN-2020", "Morgenrot Bonus", null, 80, today.minusDays(20), false, true, false, false,
                points(today.minusYears(1), PURCHASE, 80, null));
    }

    /** A receipt of the POS demo data, numbered as it numbers them. */
    private static String receipt(LocalDate today, int sequence) {
        return "BON-%d-%05d".formatted(today.getYear(), sequence);
    }

    private void card(long company, WalletType type, String code, String program, String balance, Integer points,
                      LocalDate expiry, boolean blocked, boolean pos, boolean sales, boolean webShop,
                      WalletTransaction... history) {
        service.issue(new NewWalletCard(company, type, code, program, balance == null ? null : new BigDecimal(balance),
                points, Formats.EURO, expiry, blocked, pos, sales, webShop), List.of(history));
    }

    private static WalletTransaction money(LocalDate date, WalletTransactionKind kind, String amount, String receipt) {
        return new WalletTransaction(date, kind.name(), new BigDecimal(amount), null, receipt);
    }

    private static WalletTransaction points(LocalDate date, WalletTransactionKind kind, int points, String receipt) {
        return new WalletTransaction(date, kind.name(), null, points, receipt);
    }
}
