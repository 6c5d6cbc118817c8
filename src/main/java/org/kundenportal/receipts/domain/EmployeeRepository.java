package org.kundenportal.receipts.domain;

import static org.kundenportal.db.Tables.EMPLOYEE;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SortField;
import org.kundenportal.base.db.ExternalColumns;
import org.kundenportal.base.db.ExternalRow;
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

    private static final ExternalColumns<?> EXTERNAL = new ExternalColumns<>(EMPLOYEE.ID, EMPLOYEE.EXTERNAL_ID,
            EMPLOYEE.EXTERNAL_HASH);

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

    public Optional<ExternalRow> findExternal(String externalId) {
        return EXTERNAL.find(db, externalId);
    }

    public Optional<Long> idOfExternal(String externalId) {
        return findExternal(externalId).map(ExternalRow::id);
    }

    public String externalId(long id) {
        return EXTERNAL.externalIdOf(db, id);
    }

    public boolean referenceTaken(String reference, Long exceptId) {
        return db.fetchExists(EMPLOYEE, EMPLOYEE.REFERENCE.eq(reference)
                .and(exceptId == null ? org.jooq.impl.DSL.noCondition() : EMPLOYEE.ID.ne(exceptId)));
    }

    public long create(String externalId, String hash, String name, String reference, ReceiptType receiptType,
                       boolean active) {
        return db.insertInto(EMPLOYEE)
                .set(EMPLOYEE.EXTERNAL_ID, externalId).set(EMPLOYEE.EXTERNAL_HASH, hash)
                .set(EMPLOYEE.NAME, name).set(EMPLOYEE.REFERENCE, reference).set(EMPLOYEE.RECEIPT_TYPE, receiptType.name())
                .set(EMPLOYEE.ACTIVE, active)
                .returningResult(EMPLOYEE.ID).fetchOne(EMPLOYEE.ID);
    }

    /** Replaces what the sending system owns; the version moves on, so an open staff edit notices. */
    public void replace(long id, String hash, String name, String reference, ReceiptType receiptType, boolean active) {
        db.update(EMPLOYEE)
                .set(EMPLOYEE.EXTERNAL_HASH, hash)
                .set(EMPLOYEE.NAME, name).set(EMPLOYEE.REFERENCE, reference).set(EMPLOYEE.RECEIPT_TYPE, receiptType.name())
                .set(EMPLOYEE.ACTIVE, active)
                .set(EMPLOYEE.VERSION, EMPLOYEE.VERSION.plus(1))
                .where(EMPLOYEE.ID.eq(id))
                .execute();
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
