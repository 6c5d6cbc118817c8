package org.kundenportal.account.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RecoveryCodesTest {

    @Test
    void tenDistinctCodesInGroupsOfFive() {
        List<String> codes = RecoveryCodes.generate();

        assertThat(codes).hasSize(10).doesNotHaveDuplicates()
                .allSatisfy(code -> assertThat(code).matches("[0-9a-z]{5}-[0-9a-z]{5}").doesNotContain("i", "l", "o", "u"));
    }

    @Test
    void hashIgnoresCaseSpacesAndDashes() {
        assertThat(RecoveryCodes.hash(" AB12C-DE34F ")).isEqualTo(RecoveryCodes.hash("ab12cde34f"))
                .hasSize(64).isNotEqualTo(RecoveryCodes.hash("ab12cde34g"));
    }
}
