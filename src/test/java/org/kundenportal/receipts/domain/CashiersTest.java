package org.kundenportal.receipts.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CashiersTest {

    @Test
    void aCashierWithReceiptTypeNameIsShownByName() {
        Employee jana = new Employee(1, 0, "Jana Kasse", "MA-T1", ReceiptType.NAME, true);

        assertThat(Cashiers.cashierLabel(jana)).isEqualTo("Jana Kasse");
    }

    @Test
    void aCashierWithReceiptTypeReferenceIsShownOnlyByReference() {
        Employee tom = new Employee(2, 0, "Tom Nummer", "MA-T2", ReceiptType.REFERENCE, true);

        assertThat(Cashiers.cashierLabel(tom)).isEqualTo("MA-T2").doesNotContain("Nummer");
    }
}
