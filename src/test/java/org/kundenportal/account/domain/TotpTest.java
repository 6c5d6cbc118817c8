package org.kundenportal.account.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** TOTP against the test vectors of RFC 6238, appendix B (the HMAC-SHA1 rows). */
class TotpTest {

    private static final byte[] RFC_SECRET = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @ParameterizedTest
    @CsvSource({
            "59, 0000000000000001, 94287082",
            "1111111109, 00000000023523EC, 07081804",
            "1111111111, 00000000023523ED, 14050471",
            "1234567890, 000000000273EF07, 89005924",
            "2000000000, 0000000003F940AA, 69279037",
            "20000000000, 0000000027BC86AA, 65353130"})
    void matchesTheRfc6238TestVectors(long unixTime, String hexStep, String expected) {
        long step = Totp.stepAt(Instant.ofEpochSecond(unixTime));

        assertThat(step).isEqualTo(Long.parseLong(hexStep, 16));
        assertThat(Totp.code(RFC_SECRET, step, 8)).isEqualTo(expected);
        assertThat(Totp.code(RFC_SECRET, step)).isEqualTo(expected.substring(2));
    }

    @Test
    void acceptsTheCodeOfTheStepBeforeAndAfterButNoFurther() {
        Instant now = Instant.ofEpochSecond(1_111_111_111L);
        long step = Totp.stepAt(now);

        assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step), now)).hasValue(step);
        assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step - 1), now)).hasValue(step - 1);
        assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step + 1), now)).hasValue(step + 1);
        assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step - 2), now)).isEmpty();
        assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step + 2), now)).isEmpty();
    }

    @Test
    void ignoresSpacesAndRefusesWhatIsNoCode() {
        Instant now = Instant.ofEpochSecond(59);
        String code = Totp.code(RFC_SECRET, Totp.stepAt(now));

        assertThat(Totp.matchingStep(RFC_SECRET, code.substring(0, 3) + " " + code.substring(3), now)).isPresent();
        assertThat(Totp.matchingStep(RFC_SECRET, "", now)).isEmpty();
        assertThat(Totp.matchingStep(RFC_SECRET, null, now)).isEmpty();
        assertThat(Totp.matchingStep(RFC_SECRET, "12345a", now)).isEmpty();
        assertThat(Totp.looksLikeCode("123 456")).isTrue();
        assertThat(Totp.looksLikeCode("abcde-12345")).isFalse();
    }

    @Test
    void newSecretsAreRandom160BitKeys() {
        byte[] one = Totp.newSecret();

        assertThat(one).hasSize(20);
        assertThat(Totp.newSecret()).isNotEqualTo(one);
    }
}
