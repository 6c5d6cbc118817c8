package org.kundenportal.receipts.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CashiersTest {

    @Test
    void aCashierWithReceiptTypeNameIsShownByName() {
        Employee julia = new Employee(1, 0, "Julia Hartmann", "MA-1001", ReceiptType.NAME, true);

        assertThat(Cashiers.cashierLabel(julia)).isEqualTo("Julia Hartmann");
    }

    @Test
    void aCashierWithReceiptTypeReferenceIsShownOnlyByReference() {
        Employee tobias = new Employee(2, 0, "Tobias Keller", "MA-1002", ReceiptType.REFERENCE, true);

        assertThat(Cashiers.cashierLabel(tobias)).isEqualTo("MA-1002").doesNotContain("Keller");
    }
}
