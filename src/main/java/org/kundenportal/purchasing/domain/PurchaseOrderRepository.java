package org.kundenportal.purchasing.domain;

import static org.kundenportal.db.Tables.APP_USER;
import static org.kundenportal.db.Tables.CONTACT;
import static org.kundenportal.db.Tables.DOCUMENT_LINE;
import static org.kundenportal.db.Tables.PAYMENT_TERM;
import static org.kundenportal.db.Tables.PURCHASE_ORDER;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Records;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import org.kundenportal.base.db.ExternalColumns;
import org.kundenportal.base.db.ExternalRow;
import org.kundenportal.base.db.SortOrders;
import org.kundenportal.base.security.PortalScope;
import org.kundenportal.contacts.domain.ContactKind;
import org.kundenportal.contacts.domain.ContactOption;
import org.kundenportal.db.tables.AppUser;
import org.kundenportal.db.tables.Contact;
import org.kundenportal.db.tables.records.PurchaseOrderRecord;
import org.kundenportal.documents.domain.DocumentFilter;
import org.kundenportal.documents.domain.DocumentLines;
import org.kundenportal.documents.domain.DocumentType;
import org.kundenportal.documents.domain.Totals;
import org.kundenportal.documents.domain.WithLines;
import org.springframework.stereotype.Repository;

/**
 * Purchase orders, always read through a {@link PortalScope}: a supplier's user sees its own company's orders
 * and never a draft, staff see all.
 */
@Repository
public class PurchaseOrderRepository {

    private static final Contact SUPPLIER = CONTACT.as("supplier");
    private static final Contact PERSON = CONTACT.as("person");
    private static final AppUser RESPONSIBLE = APP_USER.as("responsible");
    private static final AppUser ACKNOWLEDGER = APP_USER.as("acknowledger");

    /** Sort keys the lists may ask for; anything else is refused. */
    public static final Map<String, Field<?>> SORT_FIELDS = Map.of(
            "number", PURCHASE_ORDER.NUMBER,
            "orderDate", PURCHASE_ORDER.ORDER_DATE,
            "expectedDate", PURCHASE_ORDER.EXPECTED_DATE,
            "state", PURCHASE_ORDER.STATE,
            "total", PURCHASE_ORDER.AMOUNT_TOTAL,
            "supplier", SUPPLIER.NAME);

    private static final ExternalColumns<?> EXTERNAL = new ExternalColumns<>(PURCHASE_ORDER.ID,
            PURCHASE_ORDER.EXTERNAL_ID, PURCHASE_ORDER.EXTERNAL_HASH);

    private final DSLContext db;

    public PurchaseOrderRepository(DSLContext db) {
        this.db = db;
    }

    /** A supplier's first purchase orders past the draft, oldest first. */
    public List<Long> issuedIds(long supplierId, int limit) {
        return db.select(PURCHASE_ORDER.ID).from(PURCHASE_ORDER)
                .where(PURCHASE_ORDER.SUPPLIER_COMPANY_ID.eq(supplierId).and(PURCHASE_ORDER.STATE.ne(PurchaseOrderState.DRAFT)))
                .orderBy(PURCHASE_ORDER.ID).limit(limit).fetch(PURCHASE_ORDER.ID);
    }

    /** A page of the orders the portal user sees (never drafts). */
    public List<PurchaseOrderRow> page(PortalScope scope, DocumentFilter<PurchaseOrderState> filter, int offset,
                                       int limit, List<SortOrders.Sort> sort) {
        return page(visibleTo(scope, false), filter, offset, limit, sort);
    }

    public int count(PortalScope scope, DocumentFilter<PurchaseOrderState> filter) {
        return db.fetchCount(PURCHASE_ORDER, visibleTo(scope, false).and(condition(filter)));
    }

    /** A page of all orders, drafts included, for the back office. */
    public List<PurchaseOrderRow> staffPage(DocumentFilter<PurchaseOrderState> filter, int offset, int limit,
                                            List<SortOrders.Sort> sort) {
        return page(DSL.trueCondition(), filter, offset, limit, sort);
    }

    public int staffCount(DocumentFilter<PurchaseOrderState> filter) {
        return db.fetchCount(PURCHASE_ORDER, condition(filter));
    }

    private List<PurchaseOrderRow> page(Condition visible, DocumentFilter<PurchaseOrderState> filter, int offset,
                                        int limit, List<SortOrders.Sort> sort) {
        List<SortField<?>> orderBy = new ArrayList<>(SortOrders.toSortFields(sort, SORT_FIELDS));
        orderBy.add(PURCHASE_ORDER.ORDER_DATE.desc());
        orderBy.add(PURCHASE_ORDER.ID.desc());
        return db.select(PURCHASE_ORDER.ID, PURCHASE_ORDER.NUMBER, PURCHASE_ORDER.STATE, SUPPLIER.NAME,
                        PURCHASE_ORDER.ORDER_DATE, PURCHASE_ORDER.EXPECTED_DATE, PURCHASE_ORDER.CURRENCY,
                        PURCHASE_ORDER.AMOUNT_TOTAL)
                .from(PURCHASE_ORDER)
                .join(SUPPLIER).on(SUPPLIER.ID.eq(PURCHASE_ORDER.SUPPLIER_COMPANY_ID))
                .where(visible, condition(filter))
                .orderBy(orderBy)
                .offset(offset)
                .limit(limit)
                .fetch(row -> new PurchaseOrderRow(row.value1(), row.value2(), row.value3(),
                        row.value4(), row.value5(), row.value6(), Currency.getInstance(row.value7()), row.value8()));
    }

    /** Orders in the scope that wait for the supplier's acknowledgement. */
    public int waitingForAcknowledgement(PortalScope scope) {
        return db.fetchCount(PURCHASE_ORDER, visibleTo(scope, false).and(PURCHASE_ORDER.STATE.eq(PurchaseOrderState.SENT)));
    }

    /** The order with this number if the scope may see it; not found and not allowed look the same. */
    public Optional<PurchaseOrder> find(PortalScope scope, String number) {
        return find(visibleTo(scope, false).and(PURCHASE_ORDER.NUMBER.eq(number)));
    }

    /** For the back office: any order, drafts included. */
    public Optional<PurchaseOrder> findForStaff(String number) {
        return find(PURCHASE_ORDER.NUMBER.eq(number));
    }

    public Optional<PurchaseOrder> findForStaff(long id) {
        return find(PURCHASE_ORDER.ID.eq(id));
    }

    private Optional<PurchaseOrder> find(Condition condition) {
        return db.select(PURCHASE_ORDER.fields())
                .select(SUPPLIER.NAME, PERSON.NAME, PAYMENT_TERM.LABEL_DE, PAYMENT_TERM.LABEL_EN,
                        RESPONSIBLE.DISPLAY_NAME, RESPONSIBLE.EMAIL, ACKNOWLEDGER.DISPLAY_NAME)
                .from(PURCHASE_ORDER)
                .join(SUPPLIER).on(SUPPLIER.ID.eq(PURCHASE_ORDER.SUPPLIER_COMPANY_ID))
                .leftJoin(PERSON).on(PERSON.ID.eq(PURCHASE_ORDER.SUPPLIER_CONTACT_ID))
                .leftJoin(PAYMENT_TERM).on(PAYMENT_TERM.ID.eq(PURCHASE_ORDER.PAYMENT_TERM_ID))
                .leftJoin(RESPONSIBLE).on(RESPONSIBLE.ID.eq(PURCHASE_ORDER.RESPONSIBLE_USER_ID))
                .leftJoin(ACKNOWLEDGER).on(ACKNOWLEDGER.ID.eq(PURCHASE_ORDER.ACKNOWLEDGED_BY))
                .where(condition)
                .fetchOptional(PurchaseOrderRepository::toOrder);
    }

    private static PurchaseOrder toOrder(Record row) {
        return new PurchaseOrder(row.get(PURCHASE_ORDER.ID), row.get(PURCHASE_ORDER.NUMBER),
                row.get(PURCHASE_ORDER.STATE), row.get(PURCHASE_ORDER.SUPPLIER_COMPANY_ID),
                row.get(SUPPLIER.NAME), row.get(PURCHASE_ORDER.SUPPLIER_CONTACT_ID), row.get(PERSON.NAME),
                row.get(PURCHASE_ORDER.REFERENCE), row.get(PURCHASE_ORDER.ORDER_DATE),
                row.get(PURCHASE_ORDER.EXPECTED_DATE), row.get(PURCHASE_ORDER.CONFIRMED_DATE),
                row.get(PURCHASE_ORDER.PAYMENT_TERM_ID),
                row.get(PAYMENT_TERM.LABEL_DE), row.get(PAYMENT_TERM.LABEL_EN),
                Currency.getInstance(row.get(PURCHASE_ORDER.CURRENCY)), row.get(PURCHASE_ORDER.AMOUNT_UNTAXED),
                row.get(PURCHASE_ORDER.AMOUNT_TAX), row.get(PURCHASE_ORDER.AMOUNT_TOTAL), row.get(PURCHASE_ORDER.NOTE),
                row.get(RESPONSIBLE.DISPLAY_NAME), row.get(RESPONSIBLE.EMAIL), row.get(PURCHASE_ORDER.SENT_AT),
                row.get(PURCHASE_ORDER.ACKNOWLEDGED_AT), row.get(ACKNOWLEDGER.DISPLAY_NAME),
                row.get(PURCHASE_ORDER.RECEIVED_AT), row.get(PURCHASE_ORDER.CANCELLED_AT),
                row.get(PURCHASE_ORDER.VERSION));
    }

    /** The stored order with that number for its PDF, if the user may see it (by {@link #visibleTo}). */
    public Optional<WithLines<PurchaseOrderRecord>> printable(String number, PortalScope scope, boolean backOffice) {
        return db.select(PURCHASE_ORDER, DocumentLines.nested(DocumentType.PURCHASE_ORDER, PURCHASE_ORDER.ID))
                .from(PURCHASE_ORDER).where(PURCHASE_ORDER.NUMBER.eq(number), visibleTo(scope, backOffice))
                .fetchOptional(Records.mapping(WithLines::new));
    }

    /**
     * What a user may see: staff in the back office every order, a portal user the orders placed with its supplier
     * companies, never a draft.
     */
    public static Condition visibleTo(PortalScope scope, boolean backOffice) {
        if (backOffice && scope.unrestricted()) {
            return DSL.noCondition();
        }
        return scope.suppliers(PURCHASE_ORDER.SUPPLIER_COMPANY_ID)
                .and(PURCHASE_ORDER.STATE.ne(PurchaseOrderState.DRAFT));
    }

    private static Condition condition(DocumentFilter<PurchaseOrderState> filter) {
        Condition condition = DSL.noCondition();
        if (filter.hasText()) {
            String pattern = filter.likePattern();
            condition = condition.and(PURCHASE_ORDER.NUMBER.like(pattern, '\\')
                    .or(PURCHASE_ORDER.REFERENCE.like(pattern, '\\'))
                    .or(DSL.exists(DSL.selectOne().from(DOCUMENT_LINE).where(
                            DOCUMENT_LINE.DOCUMENT_TYPE.eq(DocumentType.PURCHASE_ORDER),
                            DOCUMENT_LINE.DOCUMENT_ID.eq(PURCHASE_ORDER.ID),
                            DOCUMENT_LINE.DESCRIPTION.like(pattern, '\\').or(DOCUMENT_LINE.PRODUCT_CODE.like(pattern, '\\'))))));
        }
        if (filter.from() != null) {
            condition = condition.and(PURCHASE_ORDER.ORDER_DATE.ge(filter.from()));
        }
        if (filter.to() != null) {
            condition = condition.and(PURCHASE_ORDER.ORDER_DATE.le(filter.to()));
        }
        if (filter.state() != null) {
            condition = condition.and(PURCHASE_ORDER.STATE.eq(filter.state()));
        }
        if (filter.companyId() != null) {
            condition = condition.and(PURCHASE_ORDER.SUPPLIER_COMPANY_ID.eq(filter.companyId()));
        }
        return condition;
    }

    public long insert(String number, PurchaseOrderDraft draft, long userId) {
        return db.insertInto(PURCHASE_ORDER)
                .set(PURCHASE_ORDER.NUMBER, number)
                .set(PURCHASE_ORDER.STATE, PurchaseOrderState.DRAFT)
                .set(PURCHASE_ORDER.SUPPLIER_COMPANY_ID, draft.supplierCompanyId())
                .set(PURCHASE_ORDER.SUPPLIER_CONTACT_ID, draft.supplierContactId())
                .set(PURCHASE_ORDER.REFERENCE, draft.reference())
                .set(PURCHASE_ORDER.ORDER_DATE, draft.orderDate())
                .set(PURCHASE_ORDER.EXPECTED_DATE, draft.expectedDate())
                .set(PURCHASE_ORDER.PAYMENT_TERM_ID, draft.paymentTermId())
                .set(PURCHASE_ORDER.NOTE, draft.note())
                .set(PURCHASE_ORDER.RESPONSIBLE_USER_ID, userId)
                .set(PURCHASE_ORDER.CREATED_BY, userId)
                .returningResult(PURCHASE_ORDER.ID)
                .fetchSingle(PURCHASE_ORDER.ID);
    }

    /** Saves a draft's header if it is still a draft at the version the editor read; false otherwise. */
    public boolean updateDraft(PurchaseOrderDraft draft) {
        return db.update(PURCHASE_ORDER)
                .set(PURCHASE_ORDER.SUPPLIER_COMPANY_ID, draft.supplierCompanyId())
                .set(PURCHASE_ORDER.SUPPLIER_CONTACT_ID, draft.supplierContactId())
                .set(PURCHASE_ORDER.REFERENCE, draft.reference())
                .set(PURCHASE_ORDER.ORDER_DATE, draft.orderDate())
                .set(PURCHASE_ORDER.EXPECTED_DATE, draft.expectedDate())
                .set(PURCHASE_ORDER.PAYMENT_TERM_ID, draft.paymentTermId())
                .set(PURCHASE_ORDER.NOTE, draft.note())
                .set(PURCHASE_ORDER.UPDATED_AT, Instant.now())
                .set(PURCHASE_ORDER.VERSION, PURCHASE_ORDER.VERSION.plus(1))
                .where(PURCHASE_ORDER.ID.eq(draft.id()), PURCHASE_ORDER.VERSION.eq(draft.version()),
                        PURCHASE_ORDER.STATE.eq(PurchaseOrderState.DRAFT))
                .execute() == 1;
    }

    public void storeTotals(long id, Totals totals) {
        db.update(PURCHASE_ORDER)
                .set(PURCHASE_ORDER.AMOUNT_UNTAXED, totals.untaxed())
                .set(PURCHASE_ORDER.AMOUNT_TAX, totals.tax())
                .set(PURCHASE_ORDER.AMOUNT_TOTAL, totals.total())
                .where(PURCHASE_ORDER.ID.eq(id))
                .execute();
    }

    /**
     * Moves the order from one of the given states to the target, stamping the moment column; false when it is
     * in none of them any more (someone else was faster).
     */
    public boolean transition(long id, List<PurchaseOrderState> from, PurchaseOrderState to, Field<Instant> stampedAt) {
        return db.update(PURCHASE_ORDER)
                .set(PURCHASE_ORDER.STATE, to)
                .set(stampedAt, Instant.now())
                .set(PURCHASE_ORDER.UPDATED_AT, Instant.now())
                .set(PURCHASE_ORDER.VERSION, PURCHASE_ORDER.VERSION.plus(1))
                .where(PURCHASE_ORDER.ID.eq(id), PURCHASE_ORDER.STATE.in(from.stream().map(Enum::name).toList()))
                .execute() == 1;
    }

    /**
     * SENT to ACKNOWLEDGED by a supplier's user, only if the order is in the user's scope and still SENT.
     *
     * @param confirmedDate the delivery date the supplier confirms, or null
     */
    public boolean acknowledge(long id, PortalScope scope, long userId, LocalDate confirmedDate) {
        return db.update(PURCHASE_ORDER)
                .set(PURCHASE_ORDER.STATE, PurchaseOrderState.ACKNOWLEDGED)
                .set(PURCHASE_ORDER.CONFIRMED_DATE, confirmedDate)
                .set(PURCHASE_ORDER.ACKNOWLEDGED_AT, Instant.now())
                .set(PURCHASE_ORDER.ACKNOWLEDGED_BY, userId)
                .set(PURCHASE_ORDER.UPDATED_AT, Instant.now())
                .set(PURCHASE_ORDER.VERSION, PURCHASE_ORDER.VERSION.plus(1))
                .where(PURCHASE_ORDER.ID.eq(id), PURCHASE_ORDER.STATE.eq(PurchaseOrderState.SENT),
                        visibleTo(scope, false))
                .execute() == 1;
    }


    /** The purchase order another system knows by this id. */
    public Optional<ExternalRow> findExternal(String externalId) {
        return EXTERNAL.find(db, externalId);
    }

    public String externalId(long id) {
        return EXTERNAL.externalIdOf(db, id);
    }

    /** Records which request of which system wrote it last. */
    public void linkExternal(long id, String externalId, String externalHash) {
        EXTERNAL.link(db, id, externalId, externalHash);
    }


    /** Supplier companies whose name contains the text, for a lazy selection. */
    public List<ContactOption> suppliers(String text, int offset, int limit) {
        Condition condition = CONTACT.KIND.eq(ContactKind.COMPANY).and(CONTACT.IS_SUPPLIER.isTrue());
        if (text != null && !text.isBlank()) {
            condition = condition.and(CONTACT.NAME.likeIgnoreCase("%" + text.strip() + "%"));
        }
        return db.select(CONTACT.ID, CONTACT.NAME).from(CONTACT).where(condition)
                .orderBy(CONTACT.NAME, CONTACT.ID).offset(offset).limit(limit)
                .fetch(Records.mapping(ContactOption::new));
    }

    public boolean isSupplier(long companyId) {
        return db.fetchExists(CONTACT, CONTACT.ID.eq(companyId), CONTACT.KIND.eq(ContactKind.COMPANY), CONTACT.IS_SUPPLIER.isTrue());
    }

    /** The persons of a supplier company, to pick the order's contact person. */
    public List<ContactOption> persons(long companyId) {
        return db.select(CONTACT.ID, CONTACT.NAME).from(CONTACT).where(CONTACT.COMPANY_ID.eq(companyId))
                .orderBy(CONTACT.NAME, CONTACT.ID)
                .fetch(Records.mapping(ContactOption::new));
    }


}
