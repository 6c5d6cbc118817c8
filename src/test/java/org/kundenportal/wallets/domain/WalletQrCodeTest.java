package org.kundenportal.wallets.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kundenportal.base.qr.QrCodes;
import org.kundenportal.wallets.WalletFixtures;

class WalletQrCodeTest {

    @Test
    void theQrCodeOfACardDecodesBackToItsCode() throws Exception {
        byte[] png = QrCodes.png("GC-SONNE-5021", 220);

        assertThat(WalletFixtures.decode(png)).isEqualTo("GC-SONNE-5021");
    }
}
