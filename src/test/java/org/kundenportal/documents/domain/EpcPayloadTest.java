package org.kundenportal.documents.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.kundenportal.TestWorld;

class EpcPayloadTest {

    @Test
    void carriesBeneficiaryIbanAmountAndReferenceInTheEpcOrder() {
        String payload = EpcPayload.creditTransfer(TestWorld.SELLER, "DE02 2005 0550 1015 8713 93", "HASPDEHHXXX",
                new BigDecimal("1234.5"), "RE-2026-00042");

        assertThat(payload.split("\n", -1)).containsExactly("BCD", "002", "1", "SCT", "HASPDEHHXXX",
                TestWorld.SELLER, "DE02200505501015871393", "EUR1234.50", "", "", "RE-2026-00042");
    }

    @Test
    void refusesAmountsAGiroCodeCannotCarry() {
        assertThatThrownBy(() -> EpcPayload.creditTransfer("A", "DE02200505501015871393", "", BigDecimal.ZERO, "x"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
