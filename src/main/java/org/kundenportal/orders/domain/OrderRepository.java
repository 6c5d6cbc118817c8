package org.kundenportal.orders.domain;

import static org.kundenportal.db.Tables.APP_USER;
import static org.kundenportal.db.Tables.CONTACT;
import static org.kundenportal.db.Tables.DELIVERY;
import static org.kundenportal.db.Tables.DOCUMENT_LINE;
import static org.kundenportal.db.Tables.INVOICE;
import static org.kundenportal.db.Tables.PAYMENT_TERM;
import static org.kundenportal.db.Tables.SALE_ORDER;

import java.time.Instant;
import java.time.LocalDate;
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
import org.kundenportal.base.db.ListPages;
import org.kundenportal.base.db.SortOrders;
import org.kundenportal.base.security.PortalScope;
import org.kundenportal.documents.domain.DocumentFilter;
import org.kundenportal.documents.domain.DocumentType;
import org.kundenportal.documents.domain.SaleOrderState;
import org.kundenportal.invoices.domain.Direction;
import org.kundenportal.invoices.domain.InvoiceRepository;
import org.kundenportal.invoices.domain.InvoiceState;
import org.kundenportal.quotes.domain.QuoteRepository;
import org.springframework.stereotype.Repository;

/**
 * Sales orders: {@code sale_order} rows in state CONFIRMED. Every query takes the user's {@link PortalScope}, so a
 * portal user never reads another company's order, not even to learn that its number exists.
 */
@Repository
public class OrderRepository {


    /**
     * The delivery status from the deliveries that are not cancelled. Lists read it from {@code sale_order.delivery_status},
     * which {@link DeliveryRepository} sets from this with every change of a delivery: computed for each row, filtering
     * and sorting a big customer's orders by it took half a second.
     */
    static final Field<String> DELIVERY_STATUS_OF_DELIVERIES = deliveryStatus();

    /** Sort keys the order grids may ask for; anything else is refused. */
    public static final Map<String, Field<?>> SORT_FIELDS = Map.of(
            "number", SALE_ORDER.NUMBER,
            "orderDate", SALE_ORDER.ORDER_DATE,
            "source", SALE_ORDER.SOURCE,
            "customer", CONTACT.NAME,
            "deliveryStatus", SALE_ORDER.DELIVERY_STATUS,
            "total", SALE_ORDER.AMOUNT_TOTAL);

    private static final ExternalColumns<?> EXTERNAL = new ExternalColumns<>(SALE_ORDER.ID, SALE_ORDER.EXTERNAL_ID,
            SALE_ORDER.EXTERNAL_HASH);

    private final DSLContext db;

    public OrderRepository(DSLContext db) {
        this.db = db;
    }

    private static Field<Integer> deliveries(Condition condition) {
        return DSL.field(DSL.selectCount().from(DELIVERY).where(DELIVERY.SALE_ORDER_ID.eq(SALE_ORDER.ID), condition));
    }

    private static Field<String> deliveryStatus() {
        Field<Integer> active = deliveries(DELIVERY.STATE.ne(DeliveryState.CANCELLED));
        Field<Integer> shipped = deliveries(DELIVERY.STATE.in(DeliveryState.SHIPPED, DeliveryState.DELIVERED));
        Field<Integer> delivered = deliveries(DELIVERY.STATE.eq(DeliveryState.DELIVERED));
        return DSL.when(shipped.eq(0), ShippingStatus.NOT_SHIPPED.name())
                .when(delivered.eq(active), ShippingStatus.DELIVERED.name())
                .when(shipped.eq(active), ShippingStatus.SHIPPED.name())
                .otherwise(ShippingStatus.PARTIALLY_SHIPPED.name());
    }

    public List<OrderRow> page(PortalScope scope, DocumentFilter<ShippingStatus> filter, int offset, int limit,
                               List<SortOrders.Sort> sort) {
        return page(scope, filter, offset, limit, sort, new ListPages());
    }

    /** A page of a grid that keeps its {@link ListPages}, so that deep pages are read by their sort key. */
    public List<OrderRow> page(PortalScope scope, DocumentFilter<ShippingStatus> filter, int offset, int limit,
                               List<SortOrders.Sort> sort, ListPages pages) {
        List<SortField<?>> orderBy = SortOrders.orderBy(sort, SORT_FIELDS, SALE_ORDER.ORDER_DATE, SALE_ORDER.ID);
        return pages.fetch(db, SALE_ORDER.ID, List.of(SALE_ORDER.ID, SALE_ORDER.NUMBER, SALE_ORDER.ORDER_DATE,
                                SALE_ORDER.SOURCE, SALE_ORDER.CUSTOMER_COMPANY_ID, CONTACT.NAME, SALE_ORDER.DELIVERY_STATUS,
                                SALE_ORDER.AMOUNT_TOTAL, SALE_ORDER.CURRENCY),
                        SALE_ORDER.join(CONTACT).on(CONTACT.ID.eq(SALE_ORDER.CUSTOMER_COMPANY_ID)),
                        condition(scope, filter), orderBy, filter, offset, limit)
                .stream()
                .map(row -> new OrderRow(row.get(SALE_ORDER.ID), row.get(SALE_ORDER.NUMBER),
                        row.get(SALE_ORDER.ORDER_DATE), OrderSource.valueOf(row.get(SALE_ORDER.SOURCE)),
                        row.get(SALE_ORDER.CUSTOMER_COMPANY_ID), row.get(CONTACT.NAME),
                        ShippingStatus.valueOf(row.get(SALE_ORDER.DELIVERY_STATUS)), row.get(SALE_ORDER.AMOUNT_TOTAL),
                        Currency.getInstance(row.get(SALE_ORDER.CURRENCY))))
                .toList();
    }

    public int count(PortalScope scope, DocumentFilter<ShippingStatus> filter) {
        return db.fetchCount(DSL.selectOne().from(SALE_ORDER).where(condition(scope, filter)));
    }

    /** Orders in scope whose goods have not all been delivered yet, for the home card. */
    public long countOpen(PortalScope scope) {
        return db.fetchCount(SALE_ORDER, confirmedIn(scope)
                .and(SALE_ORDER.DELIVERY_STATUS.ne(ShippingStatus.DELIVERED.name())));
    }

    public ShippingStatus deliveryStatus(long orderId) {
        return ShippingStatus.valueOf(db.select(SALE_ORDER.DELIVERY_STATUS).from(SALE_ORDER).where(SALE_ORDER.ID.eq(orderId))
                .fetchSingle(SALE_ORDER.DELIVERY_STATUS));
    }

    private static Condition confirmedIn(PortalScope scope) {
        return SALE_ORDER.STATE.eq(SaleOrderState.CONFIRMED).and(QuoteRepository.visibleTo(scope, false));
    }

    private static Condition condition(PortalScope scope, DocumentFilter<ShippingStatus> filter) {
        Condition condition = confirmedIn(scope);
        if (filter.hasText()) {
            String pattern = filter.likePattern();
            condition = condition.and(SALE_ORDER.NUMBER.like(pattern, '\\')
                    .or(SALE_ORDER.REFERENCE.like(pattern, '\\'))
                    .or(DSL.exists(DSL.selectOne().from(DOCUMENT_LINE).where(
                            DOCUMENT_LINE.DOCUMENT_TYPE.eq(DocumentType.SALE_ORDER),
                            DOCUMENT_LINE.DOCUMENT_ID.eq(SALE_ORDER.ID),
                            DOCUMENT_LINE.DESCRIPTION.like(pattern, '\\').or(DOCUMENT_LINE.PRODUCT_CODE.like(pattern, '\\'))))));
        }
        if (filter.from() != null) {
            condition = condition.and(SALE_ORDER.ORDER_DATE.ge(filter.from()));
        }
        if (filter.to() != null) {
            condition = condition.and(SALE_ORDER.ORDER_DATE.le(filter.to()));
        }
        if (filter.state() != null) {
            condition = condition.and(SALE_ORDER.DELIVERY_STATUS.eq(filter.state().name()));
        }
        if (filter.companyId() != null) {
            condition = condition.and(SALE_ORDER.CUSTOMER_COMPANY_ID.eq(filter.companyId()));
        }
        return condition;
    }

    /** The confirmed order with this number, if the scope may see it; the same empty answer either way. */
    public Optional<OrderDetail> find(PortalScope scope, String number) {
        return fetch(confirmedIn(scope).and(SALE_ORDER.NUMBER.eq(number)));
    }

    /** An order in any state (confirmed or cancelled since), for the integration API. */
    public Optional<OrderDetail> byId(long orderId) {
        return fetch(SALE_ORDER.ID.eq(orderId));
    }

    private Optional<OrderDetail> fetch(Condition condition) {
        return db.select(SALE_ORDER.ID, SALE_ORDER.NUMBER, SALE_ORDER.SOURCE, SALE_ORDER.CUSTOMER_COMPANY_ID,
                        CONTACT.NAME, SALE_ORDER.REFERENCE, SALE_ORDER.ORDER_DATE, APP_USER.DISPLAY_NAME,
                        PAYMENT_TERM.LABEL_DE, PAYMENT_TERM.LABEL_EN, SALE_ORDER.CURRENCY, SALE_ORDER.AMOUNT_UNTAXED,
                        SALE_ORDER.AMOUNT_TAX, SALE_ORDER.AMOUNT_TOTAL, SALE_ORDER.NOTE, SALE_ORDER.SIGNED_NAME,
                        SALE_ORDER.SIGNATURE_PNG, SALE_ORDER.SIGNED_AT)
                .from(SALE_ORDER)
                .join(CONTACT).on(CONTACT.ID.eq(SALE_ORDER.CUSTOMER_COMPANY_ID))
                .leftJoin(APP_USER).on(APP_USER.ID.eq(DSL.coalesce(SALE_ORDER.RESPONSIBLE_USER_ID, SALE_ORDER.CREATED_BY)))
                .leftJoin(PAYMENT_TERM).on(PAYMENT_TERM.ID.eq(SALE_ORDER.PAYMENT_TERM_ID))
                .where(condition)
                .fetchOptional(OrderRepository::toDetail);
    }

    private static OrderDetail toDetail(Record row) {
        return new OrderDetail(row.get(SALE_ORDER.ID), row.get(SALE_ORDER.NUMBER),
                OrderSource.valueOf(row.get(SALE_ORDER.SOURCE)), row.get(SALE_ORDER.CUSTOMER_COMPANY_ID),
                row.get(CONTACT.NAME), row.get(SALE_ORDER.REFERENCE), row.get(SALE_ORDER.ORDER_DATE),
                row.get(APP_USER.DISPLAY_NAME), row.get(PAYMENT_TERM.LABEL_DE), row.get(PAYMENT_TERM.LABEL_EN),
                Currency.getInstance(row.get(SALE_ORDER.CURRENCY)), row.get(SALE_ORDER.AMOUNT_UNTAXED),
                row.get(SALE_ORDER.AMOUNT_TAX), row.get(SALE_ORDER.AMOUNT_TOTAL), row.get(SALE_ORDER.NOTE),
                row.get(SALE_ORDER.SIGNED_NAME), row.get(SALE_ORDER.SIGNATURE_PNG), row.get(SALE_ORDER.SIGNED_AT));
    }

    /** The invoices of an order that have been issued (drafts never show), oldest first. */
    public List<OrderInvoice> invoices(PortalScope scope, long orderId, LocalDate today) {
        Field<String> status = DSL.when(INVOICE.STATE.eq(InvoiceState.CANCELLED), OrderInvoice.PaymentProgress.CANCELLED.name())
                .when(INVOICE.AMOUNT_PAID.ge(INVOICE.AMOUNT_TOTAL), OrderInvoice.PaymentProgress.PAID.name())
                .when(INVOICE.DUE_DATE.lt(today), OrderInvoice.PaymentProgress.OVERDUE.name())
                .when(INVOICE.AMOUNT_PAID.gt(java.math.BigDecimal.ZERO), OrderInvoice.PaymentProgress.PARTIALLY_PAID.name())
                .otherwise(OrderInvoice.PaymentProgress.NOT_PAID.name()).as("payment_status");
        return db.select(INVOICE.ID, INVOICE.NUMBER, INVOICE.INVOICE_DATE, status, INVOICE.AMOUNT_TOTAL, INVOICE.CURRENCY)
                .from(INVOICE)
                .where(INVOICE.SALE_ORDER_ID.eq(orderId), INVOICE.DIRECTION.eq(Direction.OUT),
                        InvoiceRepository.visibleTo(scope, false))
                .orderBy(INVOICE.INVOICE_DATE, INVOICE.ID)
                .fetch(row -> new OrderInvoice(row.get(INVOICE.ID), row.get(INVOICE.NUMBER), row.get(INVOICE.INVOICE_DATE),
                        OrderInvoice.PaymentProgress.valueOf(row.get(status)), row.get(INVOICE.AMOUNT_TOTAL),
                        Currency.getInstance(row.get(INVOICE.CURRENCY))));
    }

    /** Locks a confirmed order for the rest of the transaction; false when it is not (or no longer) confirmed. */
    boolean lockConfirmed(long orderId) {
        return db.select(SALE_ORDER.ID).from(SALE_ORDER)
                .where(SALE_ORDER.ID.eq(orderId), SALE_ORDER.STATE.eq(SaleOrderState.CONFIRMED))
                .forUpdate()
                .fetchOptional().isPresent();
    }

    boolean hasOpenInvoice(long orderId) {
        return db.fetchExists(INVOICE, INVOICE.SALE_ORDER_ID.eq(orderId).and(INVOICE.STATE.ne(InvoiceState.CANCELLED)));
    }

    /** Turns a confirmed order back into a cancelled quote; 0 when it was not confirmed any more. */
    int cancel(long orderId, String reason, Instant at) {
        return db.update(SALE_ORDER)
                .set(SALE_ORDER.STATE, SaleOrderState.CANCELLED)
                .set(SALE_ORDER.CANCELLED_AT, at)
                .set(SALE_ORDER.CANCEL_REASON, reason)
                .set(SALE_ORDER.UPDATED_AT, at)
                .set(SALE_ORDER.VERSION, SALE_ORDER.VERSION.plus(1))
                .where(SALE_ORDER.ID.eq(orderId), SALE_ORDER.STATE.eq(SaleOrderState.CONFIRMED))
                .execute();
    }


    /** The order another system knows by this id. */
    public Optional<ExternalRow> findExternal(String externalId) {
        return EXTERNAL.find(db, externalId);
    }

    public String externalId(long orderId) {
        return EXTERNAL.externalIdOf(db, orderId);
    }

    /** Records which request of which system wrote it last. */
    public void linkExternal(long orderId, String externalId, String externalHash) {
        EXTERNAL.link(db, orderId, externalId, externalHash);
    }

    /** The order's number and whom its mails go to: the customer company and, if set, its contact person. */
    Addressee addressee(long orderId) {
        return db.select(SALE_ORDER.NUMBER, SALE_ORDER.CUSTOMER_COMPANY_ID, SALE_ORDER.CUSTOMER_CONTACT_ID)
                .from(SALE_ORDER).where(SALE_ORDER.ID.eq(orderId)).fetchSingle(Records.mapping(Addressee::new));
    }

    record Addressee(String number, long companyId, Long contactId) {
    }

    public String number(long orderId) {
        return db.select(SALE_ORDER.NUMBER).from(SALE_ORDER).where(SALE_ORDER.ID.eq(orderId)).fetchSingle(SALE_ORDER.NUMBER);
    }

    /** CONFIRMED, or CANCELLED once called off by agreement. */
    public SaleOrderState state(long orderId) {
        return db.select(SALE_ORDER.STATE).from(SALE_ORDER).where(SALE_ORDER.ID.eq(orderId)).fetchSingle(SALE_ORDER.STATE);
    }

    /** The ids of all confirmed orders, oldest first (for the demo data). */
    public List<Long> confirmedIds() {
        return db.select(SALE_ORDER.ID).from(SALE_ORDER).where(SALE_ORDER.STATE.eq(SaleOrderState.CONFIRMED))
                .orderBy(SALE_ORDER.ID).fetch(SALE_ORDER.ID);
    }

    public Optional<LocalDate> orderDate(long orderId) {
        return db.select(SALE_ORDER.ORDER_DATE).from(SALE_ORDER).where(SALE_ORDER.ID.eq(orderId))
                .fetchOptional(SALE_ORDER.ORDER_DATE);
    }
}
