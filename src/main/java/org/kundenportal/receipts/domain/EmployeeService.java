package org.kundenportal.receipts.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.kundenportal.base.db.ExternalRow;
import org.kundenportal.base.db.Upserted.Outcome;
import org.kundenportal.base.db.Upserted;
import org.kundenportal.base.validation.InvalidInputException.Problem;
import org.kundenportal.base.validation.InvalidInputException;
import org.kundenportal.base.validation.RefusedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The HR setting staff may change on an employee: how receipts name them. */
@Service
public class EmployeeService {

    private final EmployeeRepository employees;

    public EmployeeService(EmployeeRepository employees) {
        this.employees = employees;
    }

    /**
     * Creates or replaces the employee the HR or POS system knows by {@code externalId}; the same request twice
     * writes once.
     */
    @Transactional
    public Upserted put(String externalId, String requestHash, String name, String reference, ReceiptType receiptType,
                        boolean active) {
        Optional<ExternalRow> existing = employees.findExternal(externalId);
        if (existing.isPresent() && existing.get().writtenBy(requestHash)) {
            return new Upserted(existing.get().id(), Outcome.UNCHANGED);
        }
        List<Problem> problems = new ArrayList<>();
        if (name == null || name.isBlank() || name.length() > 200) {
            problems.add(Problem.of("name", "employees.error.name"));
        }
        if (reference == null || reference.isBlank() || reference.length() > 30) {
            problems.add(Problem.of("reference", "employees.error.reference"));
        } else if (employees.referenceTaken(reference, existing.map(ExternalRow::id).orElse(null))) {
            problems.add(Problem.of("reference", "employees.error.reference-taken", reference));
        }
        if (receiptType == null) {
            problems.add(Problem.of("receiptType", "employees.error.receipt-type-required"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (existing.isPresent()) {
            employees.replace(existing.get().id(), requestHash, name.strip(), reference.strip(), receiptType, active);
            return new Upserted(existing.get().id(), Outcome.REPLACED);
        }
        return new Upserted(employees.create(externalId, requestHash, name.strip(), reference.strip(), receiptType, active),
                Outcome.CREATED);
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
