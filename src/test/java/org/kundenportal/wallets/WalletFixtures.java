package org.kundenportal.wallets;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Base64;
import org.kundenportal.base.i18n.Formats;
import org.kundenportal.base.qr.QrReading;
import org.kundenportal.receipts.RetailFixtures;
import org.kundenportal.wallets.domain.NewWalletCard;
import org.kundenportal.wallets.domain.WalletRepository;
import org.kundenportal.wallets.domain.WalletType;
import org.springframework.context.ApplicationContext;

/** Cards of the tests' own, and reading a QR code back the way a scanner at the till would. */
public class WalletFixtures {

    public final WalletRepository wallets;

    public WalletFixtures(ApplicationContext context) {
        wallets = context.getBean(WalletRepository.class);
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
