package org.kundenportal.receipts.domain;

/** How a receipt names the employee at the register. */
public final class Cashiers {

    private Cashiers() {
    }

    /** The employee's name, or only the reference when the employee's receipt type asks for it (privacy). */
    public static String cashierLabel(Employee employee) {
        return employee.receiptType() == ReceiptType.REFERENCE ? employee.reference() : employee.name();
    }
}
