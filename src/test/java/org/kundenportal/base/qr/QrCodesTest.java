package org.kundenportal.base.qr;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

class QrCodesTest {

    private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    @Test
    void twoFactorUrisWithRandomSecretsReadBackAtTheSizeTheSetUpDialogShows() throws Exception {
        SecureRandom random = new SecureRandom();
        for (int i = 0; i < 300; i++) {
            StringBuilder secret = new StringBuilder();
            for (int c = 0; c < 32; c++) {
                secret.append(BASE32.charAt(random.nextInt(BASE32.length())));
            }
            String uri = "otpauth://totp/Testwelt%20Handel%20GmbH:clara%40testwelt.example?secret=" + secret
                    + "&issuer=Testwelt%20Handel%20GmbH&algorithm=SHA1&digits=6&period=30";
            assertThat(QrReading.text(QrCodes.png(uri, 220))).isEqualTo(uri);
        }
    }

    @Test
    void umlautsSurviveAsUtf8() throws Exception {
        assertThat(QrReading.text(QrCodes.png("Konditorei Müller – Gutschein", 160))).isEqualTo("Konditorei Müller – Gutschein");
    }
}
