package org.kundenportal.wallets;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import org.kundenportal.base.i18n.Formats;
import org.kundenportal.base.qr.QrReading;
import org.kundenportal.receipts.RetailFixtures;
import org.kundenportal.wallets.domain.NewWalletCard;
import org.kundenportal.wallets.domain.WalletRepository;
import org.kundenportal.wallets.domain.WalletService;
import org.kundenportal.wallets.domain.WalletTransaction;
import org.kundenportal.wallets.domain.WalletTransactionKind;
import org.kundenportal.wallets.domain.WalletType;
import org.springframework.context.ApplicationContext;

/** Cards of the tests' own, and reading a QR code back the way a scanner at the till would. */
public class WalletFixtures {

    public final WalletRepository wallets;
    public final WalletService service;

    public WalletFixtures(ApplicationContext context) {
        wallets = context.getBean(WalletRepository.class);
        service = context.getBean(WalletService.class);
    }

    /** An active e-wallet with 75 € topped up twelve days ago, usable everywhere; returns its code. */
    public String eWallet(long companyId) {
        String code = RetailFixtures.unique("EW-TEST");
        service.issue(new NewWalletCard(companyId, WalletType.E_WALLET, code, null, new BigDecimal("75.00"), null,
                Formats.EURO, LocalDate.now(Formats.ZONE).plusYears(1), false, true, true, true),
                List.of(money(12, WalletTransactionKind.TOP_UP, "75.00")));
        return code;
    }

    /** A loyalty card with the given points and history (oldest first), issued through the service; returns its code. */
    public String loyaltyCard(long companyId, int points, LocalDate expiry, WalletTransaction... history) {
        String code = RetailFixtures.unique("LY-TEST");
        service.issue(new NewWalletCard(companyId, WalletType.LOYALTY, code, "Testpunkte", null, points, Formats.EURO,
                expiry, false, true, true, false), List.of(history));
        return code;
    }

    /** A gift card that expired two months ago with 12 € left: issued with 25 €, 13 € spent; returns its code. */
    public String expiredGiftCard(long companyId) {
        String code = RetailFixtures.unique("GC-TEST");
        LocalDate today = LocalDate.now(Formats.ZONE);
        service.issue(new NewWalletCard(companyId, WalletType.GIFT_CARD, code, null, new BigDecimal("12.00"), null,
                Formats.EURO, today.minusMonths(2), false, true, false, false),
                List.of(new WalletTransaction(today.minusYears(1), WalletTransactionKind.GIFT_CARD_ISSUED.name(),
                                new BigDecimal("25.00"), null, null),
                        new WalletTransaction(today.minusMonths(5), WalletTransactionKind.PURCHASE.name(),
                                new BigDecimal("-13.00"), null, null)));
        return code;
    }

    public static WalletTransaction money(int daysAgo, WalletTransactionKind kind, String amount) {
        return new WalletTransaction(LocalDate.now(Formats.ZONE).minusDays(daysAgo), kind.name(), new BigDecimal(amount),
                null, null);
    }

    public static WalletTransaction points(int daysAgo, WalletTransactionKind kind, int points) {
        return new WalletTransaction(LocalDate.now(Formats.ZONE).minusDays(daysAgo), kind.name(), null, points, null);
    }

    /** A gift card with 30 € on it; returns its code. */
    public String giftCard(long companyId, LocalDate expiry, boolean blocked) {
        String code = RetailFixtures.unique("GC-TEST");
        wallets.create(new NewWalletCard(companyId, WalletType.GIFT_CARD, code, null, new BigDecimal("30.00"), null,
                Formats.EURO, expiry, blocked, true, false, true));
        return code;
    }

    public static String decode(byte[] png) throws Exception {
        return QrReading.text(png);
    }

    /** The PNG inside an image's "data:image/png;base64,..." source. */
    public static byte[] pngOfDataUrl(String src) {
        return Base64.getDecoder().decode(src.substring(src.indexOf(',') + 1));
    }
}
