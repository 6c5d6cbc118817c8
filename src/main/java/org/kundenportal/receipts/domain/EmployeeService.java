package org.kundenportal.receipts.domain;

import org.kundenportal.access.domain.RefusedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The HR setting staff may change on an employee: how receipts name them. */
@Service
public class EmployeeService {

    private final EmployeeRepository employees;

    public EmployeeService(EmployeeRepository employees) {
        this.employees = employees;
    }

    /** Refused without a type, and when someone else changed the employee meanwhile (a second tab). */
    @Transactional
    public void changeReceiptType(Employee employee, ReceiptType receiptType) {
        if (receiptType == null) {
            throw new RefusedException("employees.error.receipt-type-required");
        }
        if (!employees.updateReceiptType(employee.id(), employee.version(), receiptType)) {
            throw new RefusedException("employees.error.changed-meanwhile");
        }
    }
}
