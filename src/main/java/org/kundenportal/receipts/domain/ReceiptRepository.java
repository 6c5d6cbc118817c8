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
import org.kundenportal.base.db.ListPages;
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
                .where(POS_RECEIPT.NUMBER.eq(number).and(scope.customers(POS_RECEIPT.COMPANY_ID)))
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

    public long create(NewReceipt receipt) {
        Totals totals = Totals.of(receipt.lines());
        // the list shows one method: the one most of the receipt was paid with
        PaymentMethod mainMethod = receipt.payments().stream().max(Comparator.comparing(ReceiptPayment::amount))
                .map(ReceiptPayment::method).orElse(PaymentMethod.CASH);
        long id = db.insertInto(POS_RECEIPT)
                .set(POS_RECEIPT.NUMBER, receipt.number())
                .set(POS_RECEIPT.COMPANY_ID, receipt.companyId())
                .set(POS_RECEIPT.REGISTER_ID, receipt.registerId())
                .set(POS_RECEIPT.EMPLOYEE_ID, receipt.employeeId())
                .set(POS_RECEIPT.RECEIPT_DATE, receipt.date())
                .set(POS_RECEIPT.ORDER_REFERENCE, receipt.orderReference())
                .set(POS_RECEIPT.CURRENCY, Formats.EURO.getCurrencyCode())
                .set(POS_RECEIPT.AMOUNT_UNTAXED, totals.untaxed())
                .set(POS_RECEIPT.AMOUNT_TAX, totals.tax())
                .set(POS_RECEIPT.AMOUNT_TOTAL, totals.total())
                .set(POS_RECEIPT.PAYMENT_METHOD, mainMethod.name())
                .returningResult(POS_RECEIPT.ID)
                .fetchOne(POS_RECEIPT.ID);
        int position = 0;
        for (DocumentLine line : receipt.lines()) {
            db.insertInto(POS_RECEIPT_LINE)
                    .set(POS_RECEIPT_LINE.RECEIPT_ID, id)
                    .set(POS_RECEIPT_LINE.POSITION, position++)
                    .set(POS_RECEIPT_LINE.PRODUCT_CODE, line.productCode())
                    .set(POS_RECEIPT_LINE.PRODUCT, line.description())
                    .set(POS_RECEIPT_LINE.QUANTITY, line.quantity())
                    .set(POS_RECEIPT_LINE.UNIT_PRICE, line.unitPrice())
                    .set(POS_RECEIPT_LINE.DISCOUNT_PERCENT, line.discountPercent())
                    .set(POS_RECEIPT_LINE.TAX_RATE, line.taxRate())
                    .set(POS_RECEIPT_LINE.AMOUNT, line.amountNet())
                    .execute();
        }
        for (ReceiptPayment payment : receipt.payments()) {
            db.insertInto(POS_RECEIPT_PAYMENT)
                    .set(POS_RECEIPT_PAYMENT.RECEIPT_ID, id)
                    .set(POS_RECEIPT_PAYMENT.METHOD, payment.method().name())
                    .set(POS_RECEIPT_PAYMENT.AMOUNT, payment.amount())
                    .execute();
        }
        return id;
    }

    public long createRegister(String code, String name, String location) {
        return db.insertInto(POS_REGISTER)
                .set(POS_REGISTER.CODE, code).set(POS_REGISTER.NAME, name).set(POS_REGISTER.LOCATION, location)
                .returningResult(POS_REGISTER.ID).fetchOne(POS_REGISTER.ID);
    }

    private static Condition condition(PortalScope scope, DocumentFilter<PaymentMethod> filter) {
        Condition condition = scope.customers(POS_RECEIPT.COMPANY_ID);
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
