package org.kundenportal.receipts.domain;

import static org.kundenportal.db.Tables.CONTACT;
import static org.kundenportal.db.Tables.EMPLOYEE;
import static org.kundenportal.db.Tables.POS_RECEIPT;
import static org.kundenportal.db.Tables.POS_RECEIPT_LINE;
import static org.kundenportal.db.Tables.POS_RECEIPT_PAYMENT;
import static org.kundenportal.db.Tables.POS_REGISTER;

import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SortField;
import org.jooq.Table;
import org.kundenportal.base.db.ExternalColumns;
import org.kundenportal.base.db.ExternalRow;
import org.kundenportal.base.db.ListPages;
import org.kundenportal.base.db.RowInserts;
import org.kundenportal.base.db.SortOrders;
import org.kundenportal.base.i18n.Formats;
import org.kundenportal.base.security.PortalScope;
import org.kundenportal.documents.domain.DocumentFilter;
import org.kundenportal.documents.domain.DocumentLine;
import org.kundenportal.documents.domain.Totals;
import org.springframework.stereotype.Repository;

/** POS receipts of the companies in the user's scope; every query takes the scope. */
@Repository
public class ReceiptRepository {

    /** Sort keys the receipt grid may ask for; anything else is refused. */
    public static final Map<String, Field<?>> SORT_FIELDS = Map.of(
            "number", POS_RECEIPT.NUMBER,
            "date", POS_RECEIPT.RECEIPT_DATE,
            "customer", CONTACT.NAME,
            "register", POS_RECEIPT.REGISTER_NAME,
            "total", POS_RECEIPT.AMOUNT_TOTAL,
            "paymentMethod", POS_RECEIPT.PAYMENT_METHOD);

    /**
     * A receipt with its company; the register's name is the receipt's own copy (V19), so a sort by register reads an
     * index. A left join, although the key is NOT NULL (so no row differs): it keeps the receipts first in MariaDB's
     * plan, where the list's index gives the order.
     */
    private static final Table<?> LISTED = POS_RECEIPT.leftJoin(CONTACT).on(CONTACT.ID.eq(POS_RECEIPT.COMPANY_ID));

    private static final ExternalColumns<?> EXTERNAL = new ExternalColumns<>(POS_RECEIPT.ID, POS_RECEIPT.EXTERNAL_ID,
            POS_RECEIPT.EXTERNAL_HASH);

    private static final org.kundenportal.base.db.UtcInstantConverter INSTANTS = new org.kundenportal.base.db.UtcInstantConverter();

    private final DSLContext db;

    public ReceiptRepository(DSLContext db) {
        this.db = db;
    }

    public List<ReceiptRow> page(PortalScope scope, DocumentFilter<PaymentMethod> filter, int offset, int limit,
                                 List<SortOrders.Sort> sort) {
        return page(scope, filter, offset, limit, sort, new ListPages());
    }

    /** A page of a grid that keeps its {@link ListPages}, so that deep pages are read by their sort key. */
    public List<ReceiptRow> page(PortalScope scope, DocumentFilter<PaymentMethod> filter, int offset, int limit,
                                 List<SortOrders.Sort> sort, ListPages pages) {
        List<SortField<?>> orderBy = SortOrders.orderBy(sort, SORT_FIELDS, POS_RECEIPT.RECEIPT_DATE, POS_RECEIPT.ID);
        return pages.fetch(db, POS_RECEIPT.ID, List.of(POS_RECEIPT.ID, POS_RECEIPT.NUMBER, POS_RECEIPT.RECEIPT_DATE,
                                CONTACT.NAME, POS_RECEIPT.REGISTER_NAME, POS_RECEIPT.AMOUNT_TOTAL, POS_RECEIPT.CURRENCY,
                                POS_RECEIPT.PAYMENT_METHOD),
                        LISTED, condition(scope, filter), orderBy, filter, offset, limit)
                .stream()
                .map(row -> new ReceiptRow(row.get(POS_RECEIPT.ID), row.get(POS_RECEIPT.NUMBER),
                        row.get(POS_RECEIPT.RECEIPT_DATE), row.get(CONTACT.NAME), row.get(POS_RECEIPT.REGISTER_NAME),
                        row.get(POS_RECEIPT.AMOUNT_TOTAL), Currency.getInstance(row.get(POS_RECEIPT.CURRENCY)),
                        PaymentMethod.valueOf(row.get(POS_RECEIPT.PAYMENT_METHOD))))
                .toList();
    }

    public int count(PortalScope scope, DocumentFilter<PaymentMethod> filter) {
        return db.fetchCount(POS_RECEIPT, condition(scope, filter));
    }

    /** The receipt with this number if it is in the user's scope; empty both when it is not and when it does not exist. */
    public Optional<Receipt> find(PortalScope scope, String number) {
        return db.select(POS_RECEIPT.fields()).select(CONTACT.NAME).select(POS_REGISTER.fields()).select(EMPLOYEE.fields())
                .from(POS_RECEIPT)
                .join(CONTACT).on(CONTACT.ID.eq(POS_RECEIPT.COMPANY_ID))
                .join(POS_REGISTER).on(POS_REGISTER.ID.eq(POS_RECEIPT.REGISTER_ID))
                .join(EMPLOYEE).on(EMPLOYEE.ID.eq(POS_RECEIPT.EMPLOYEE_ID))
                .where(POS_RECEIPT.NUMBER.eq(number).and(visibleTo(scope)))
                .fetchOptional(this::toReceipt);
    }

    private Receipt toReceipt(Record row) {
        long id = row.get(POS_RECEIPT.ID);
        return new Receipt(id, row.get(POS_RECEIPT.NUMBER), row.get(POS_RECEIPT.COMPANY_ID), row.get(CONTACT.NAME),
                row.get(POS_RECEIPT.RECEIPT_DATE),
                new PosRegister(row.get(POS_REGISTER.ID), row.get(POS_REGISTER.CODE), row.get(POS_REGISTER.NAME),
                        row.get(POS_REGISTER.LOCATION)),
                EmployeeRepository.toEmployee(row.into(EMPLOYEE)),
                row.get(POS_RECEIPT.ORDER_REFERENCE), Currency.getInstance(row.get(POS_RECEIPT.CURRENCY)),
                lines(id), payments(id));
    }

    private List<DocumentLine> lines(long receiptId) {
        return db.selectFrom(POS_RECEIPT_LINE).where(POS_RECEIPT_LINE.RECEIPT_ID.eq(receiptId))
                .orderBy(POS_RECEIPT_LINE.POSITION)
                .fetch(line -> DocumentLine.product(line.getProductCode(), line.getProduct(), line.getQuantity(), null,
                        line.getUnitPrice(), line.getDiscountPercent(), line.getTaxRate()));
    }

    private List<ReceiptPayment> payments(long receiptId) {
        return db.selectFrom(POS_RECEIPT_PAYMENT).where(POS_RECEIPT_PAYMENT.RECEIPT_ID.eq(receiptId))
                .orderBy(POS_RECEIPT_PAYMENT.ID)
                .fetch(payment -> new ReceiptPayment(PaymentMethod.valueOf(payment.getMethod()), payment.getAmount()));
    }

    /** A receipt by its id, whoever may see it: for callers that already checked access (the integration API). */
    public Optional<Receipt> find(long id) {
        return db.select(POS_RECEIPT.fields()).select(CONTACT.NAME).select(POS_REGISTER.fields()).select(EMPLOYEE.fields())
                .from(POS_RECEIPT)
                .join(CONTACT).on(CONTACT.ID.eq(POS_RECEIPT.COMPANY_ID))
                .join(POS_REGISTER).on(POS_REGISTER.ID.eq(POS_RECEIPT.REGISTER_ID))
                .join(EMPLOYEE).on(EMPLOYEE.ID.eq(POS_RECEIPT.EMPLOYEE_ID))
                .where(POS_RECEIPT.ID.eq(id))
                .fetchOptional(this::toReceipt);
    }

    /** The receipt another system wrote under this id, with the hash of the request that wrote it last. */
    public Optional<ExternalRow> findExternal(String externalId) {
        return EXTERNAL.find(db, externalId);
    }

    /** The receipts other systems wrote under these ids, with the hash of the request that wrote each last. */
    public Map<String, ExternalRow> findExternal(List<String> externalIds) {
        Map<String, ExternalRow> found = new java.util.HashMap<>();
        db.select(POS_RECEIPT.EXTERNAL_ID, POS_RECEIPT.ID, POS_RECEIPT.EXTERNAL_HASH).from(POS_RECEIPT)
                .where(POS_RECEIPT.EXTERNAL_ID.in(externalIds))
                .forEach(row -> found.put(row.value1(), new ExternalRow(row.value2(), row.value3())));
        return found;
    }

    /** The receipts that carry these numbers, by number. */
    public Map<String, Long> idsOfNumbers(List<String> numbers) {
        Map<String, Long> found = new java.util.HashMap<>();
        db.select(POS_RECEIPT.NUMBER, POS_RECEIPT.ID).from(POS_RECEIPT).where(POS_RECEIPT.NUMBER.in(numbers))
                .forEach(row -> found.put(row.value1(), row.value2()));
        return found;
    }

    public String externalId(long id) {
        return EXTERNAL.externalIdOf(db, id);
    }

    /** Whether another receipt than {@code exceptId} carries this number. */
    public boolean numberTaken(String number, Long exceptId) {
        return db.fetchExists(POS_RECEIPT, POS_RECEIPT.NUMBER.eq(number)
                .and(exceptId == null ? org.jooq.impl.DSL.noCondition() : POS_RECEIPT.ID.ne(exceptId)));
    }

    public long create(NewReceipt receipt) {
        return create(receipt, null, null);
    }

    public long create(NewReceipt receipt, String externalId, String externalHash) {
        long id = db.insertInto(POS_RECEIPT)
                .set(POS_RECEIPT.NUMBER, receipt.number())
                .set(POS_RECEIPT.EXTERNAL_ID, externalId)
                .set(POS_RECEIPT.EXTERNAL_HASH, externalHash)
                .set(header(receipt))
                .returningResult(POS_RECEIPT.ID)
                .fetchOne(POS_RECEIPT.ID);
        insertLinesAndPayments(id, receipt);
        return id;
    }

    /** Replaces everything of the receipt by what the sending system says now. */
    public void replace(long id, NewReceipt receipt, String externalHash) {
        db.deleteFrom(POS_RECEIPT_LINE).where(POS_RECEIPT_LINE.RECEIPT_ID.eq(id)).execute();
        db.deleteFrom(POS_RECEIPT_PAYMENT).where(POS_RECEIPT_PAYMENT.RECEIPT_ID.eq(id)).execute();
        db.update(POS_RECEIPT)
                .set(POS_RECEIPT.NUMBER, receipt.number())
                .set(POS_RECEIPT.EXTERNAL_HASH, externalHash)
                .set(header(receipt))
                // the insert trigger of V19 keeps the register's name on new receipts only
                .set(POS_RECEIPT.REGISTER_NAME, org.jooq.impl.DSL.field(org.jooq.impl.DSL.select(POS_REGISTER.NAME)
                        .from(POS_REGISTER).where(POS_REGISTER.ID.eq(receipt.registerId()))))
                .where(POS_RECEIPT.ID.eq(id))
                .execute();
        insertLinesAndPayments(id, receipt);
    }

    private static Map<Field<?>, Object> header(NewReceipt receipt) {
        Totals totals = Totals.of(receipt.lines());
        // the list shows one method: the one most of the receipt was paid with
        PaymentMethod mainMethod = receipt.payments().stream().max(Comparator.comparing(ReceiptPayment::amount))
                .map(ReceiptPayment::method).orElse(PaymentMethod.CASH);
        Map<Field<?>, Object> header = new java.util.LinkedHashMap<>();
        header.put(POS_RECEIPT.COMPANY_ID, receipt.companyId());
        header.put(POS_RECEIPT.REGISTER_ID, receipt.registerId());
        header.put(POS_RECEIPT.EMPLOYEE_ID, receipt.employeeId());
        header.put(POS_RECEIPT.RECEIPT_DATE, receipt.date());
        header.put(POS_RECEIPT.ORDER_REFERENCE, receipt.orderReference());
        header.put(POS_RECEIPT.CURRENCY, receipt.currency().getCurrencyCode());
        header.put(POS_RECEIPT.AMOUNT_UNTAXED, totals.untaxed());
        header.put(POS_RECEIPT.AMOUNT_TAX, totals.tax());
        header.put(POS_RECEIPT.AMOUNT_TOTAL, totals.total());
        header.put(POS_RECEIPT.PAYMENT_METHOD, mainMethod.name());
        return header;
    }

    /**
     * New receipts in one statement for their headers and one each for their lines and their payments (per thousand
     * rows); answers their ids in the order given.
     */
    public List<Long> createAll(List<NewReceipt> receipts, List<String> externalIds, List<String> externalHashes) {
        List<Field<?>> fields = new java.util.ArrayList<>(List.of(POS_RECEIPT.NUMBER, POS_RECEIPT.EXTERNAL_ID,
                POS_RECEIPT.EXTERNAL_HASH));
        fields.addAll(header(receipts.getFirst()).keySet());
        RowInserts headers = new RowInserts(db, POS_RECEIPT, fields);
        for (int i = 0; i < receipts.size(); i++) {
            List<Object> values = new java.util.ArrayList<>(List.of(receipts.get(i).number(), externalIds.get(i),
                    externalHashes.get(i)));
            // bound without jOOQ, so the column's converter is called here
            header(receipts.get(i)).forEach((field, value) -> values.add(value instanceof java.time.Instant instant
                    ? INSTANTS.to(instant) : value));
            headers.add(values.toArray());
        }
        Map<String, Long> idsByNumber = headers.executeReturningIds(POS_RECEIPT.ID, POS_RECEIPT.NUMBER);
        List<Long> ids = receipts.stream().map(receipt -> idsByNumber.get(receipt.number())).toList();
        insertLinesAndPayments(ids, receipts);
        return ids;
    }

    private void insertLinesAndPayments(long id, NewReceipt receipt) {
        insertLinesAndPayments(List.of(id), List.of(receipt));
    }

    private void insertLinesAndPayments(List<Long> ids, List<NewReceipt> receipts) {
        RowInserts lines = new RowInserts(db, POS_RECEIPT_LINE, List.of(POS_RECEIPT_LINE.RECEIPT_ID,
                POS_RECEIPT_LINE.POSITION, POS_RECEIPT_LINE.PRODUCT_CODE, POS_RECEIPT_LINE.PRODUCT,
                POS_RECEIPT_LINE.QUANTITY, POS_RECEIPT_LINE.UNIT_PRICE, POS_RECEIPT_LINE.DISCOUNT_PERCENT,
                POS_RECEIPT_LINE.TAX_RATE, POS_RECEIPT_LINE.AMOUNT));
        RowInserts payments = new RowInserts(db, POS_RECEIPT_PAYMENT, List.of(POS_RECEIPT_PAYMENT.RECEIPT_ID,
                POS_RECEIPT_PAYMENT.METHOD, POS_RECEIPT_PAYMENT.AMOUNT));
        for (int r = 0; r < receipts.size(); r++) {
            Long id = ids.get(r);
            int position = 0;
            for (DocumentLine line : receipts.get(r).lines()) {
                lines.add(id, position++, line.productCode(), line.description(), line.quantity(), line.unitPrice(),
                        line.discountPercent(), line.taxRate(), line.amountNet());
            }
            for (ReceiptPayment payment : receipts.get(r).payments()) {
                payments.add(id, payment.method().name(), payment.amount());
            }
        }
        lines.execute();
        payments.execute();
    }

    /** The register with this code, created or renamed to the given name (and location, when one is given). */
    public long register(String code, String name, String location) {
        Optional<Long> existing = db.select(POS_REGISTER.ID).from(POS_REGISTER).where(POS_REGISTER.CODE.eq(code))
                .forUpdate().fetchOptional(POS_REGISTER.ID);
        if (existing.isEmpty()) {
            return createRegister(code, name, location);
        }
        // a receipt that names no location leaves the register's as it is
        String newLocation = location;
        db.update(POS_REGISTER).set(POS_REGISTER.NAME, name)
                .set(POS_REGISTER.LOCATION, newLocation == null ? POS_REGISTER.LOCATION : org.jooq.impl.DSL.val(newLocation))
                .where(POS_REGISTER.ID.eq(existing.get())
                        .and(POS_REGISTER.NAME.ne(name).or(org.jooq.impl.DSL.val(newLocation).isNotNull()
                                .and(POS_REGISTER.LOCATION.isDistinctFrom(newLocation)))))
                .execute();
        return existing.get();
    }

    public long createRegister(String code, String name, String location) {
        return db.insertInto(POS_REGISTER)
                .set(POS_REGISTER.CODE, code).set(POS_REGISTER.NAME, name).set(POS_REGISTER.LOCATION, location)
                .returningResult(POS_REGISTER.ID).fetchOne(POS_REGISTER.ID);
    }

    /** What a user may see: the receipts of the companies in its scope; staff see all. The one visibility rule of receipts. */
    public static Condition visibleTo(PortalScope scope) {
        return scope.customers(POS_RECEIPT.COMPANY_ID);
    }

    private static Condition condition(PortalScope scope, DocumentFilter<PaymentMethod> filter) {
        Condition condition = visibleTo(scope);
        if (filter.hasText()) {
            condition = condition.and(POS_RECEIPT.NUMBER.likeIgnoreCase(filter.likePattern(), '\\')
                    .or(POS_RECEIPT.ORDER_REFERENCE.likeIgnoreCase(filter.likePattern(), '\\')));
        }
        if (filter.from() != null) {
            condition = condition.and(POS_RECEIPT.RECEIPT_DATE.ge(filter.from().atStartOfDay(Formats.ZONE).toInstant()));
        }
        if (filter.to() != null) {
            condition = condition.and(POS_RECEIPT.RECEIPT_DATE.lt(filter.to().plusDays(1).atStartOfDay(Formats.ZONE).toInstant()));
        }
        if (filter.state() != null) {
            condition = condition.and(POS_RECEIPT.PAYMENT_METHOD.eq(filter.state().name()));
        }
        if (filter.companyId() != null) {
            condition = condition.and(POS_RECEIPT.COMPANY_ID.eq(filter.companyId()));
        }
        return condition;
    }
}
