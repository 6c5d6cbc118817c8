package org.kundenportal.receipts.domain;

import static org.kundenportal.db.Tables.EMPLOYEE;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SortField;
import org.kundenportal.base.db.SortOrders;
import org.kundenportal.db.tables.records.EmployeeRecord;
import org.springframework.stereotype.Repository;

@Repository
public class EmployeeRepository {

    /** Sort keys the employee grid may ask for; anything else is refused. */
    public static final Map<String, Field<?>> SORT_FIELDS = Map.of(
            "name", EMPLOYEE.NAME,
            "reference", EMPLOYEE.REFERENCE,
            "receiptType", EMPLOYEE.RECEIPT_TYPE,
            "active", EMPLOYEE.ACTIVE);

    private final DSLContext db;

    public EmployeeRepository(DSLContext db) {
        this.db = db;
    }

    public List<Employee> page(int offset, int limit, List<SortOrders.Sort> sort) {
        List<SortField<?>> orderBy = new ArrayList<>(SortOrders.toSortFields(sort, SORT_FIELDS));
        orderBy.add(EMPLOYEE.NAME.asc());
        orderBy.add(EMPLOYEE.ID.asc());
        return db.selectFrom(EMPLOYEE).orderBy(orderBy).offset(offset).limit(limit).fetch(EmployeeRepository::toEmployee);
    }

    public int count() {
        return db.fetchCount(EMPLOYEE);
    }

    public Optional<Employee> find(long id) {
        return db.selectFrom(EMPLOYEE).where(EMPLOYEE.ID.eq(id)).fetchOptional(EmployeeRepository::toEmployee);
    }

    public long create(String name, String reference, ReceiptType receiptType) {
        return db.insertInto(EMPLOYEE)
                .set(EMPLOYEE.NAME, name).set(EMPLOYEE.REFERENCE, reference).set(EMPLOYEE.RECEIPT_TYPE, receiptType.name())
                .returningResult(EMPLOYEE.ID).fetchOne(EMPLOYEE.ID);
    }

    /** Sets the receipt type if nobody changed the employee since it was read; false when someone did. */
    public boolean updateReceiptType(long id, int version, ReceiptType receiptType) {
        return db.update(EMPLOYEE)
                .set(EMPLOYEE.RECEIPT_TYPE, receiptType.name())
                .set(EMPLOYEE.VERSION, version + 1)
                .where(EMPLOYEE.ID.eq(id).and(EMPLOYEE.VERSION.eq(version)))
                .execute() == 1;
    }

    static Employee toEmployee(EmployeeRecord row) {
        return new Employee(row.getId(), row.getVersion(), row.getName(), row.getReference(),
                ReceiptType.valueOf(row.getReceiptType()), row.getActive());
    }
}
