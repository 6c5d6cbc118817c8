package org.kundenportal.orders;

import static org.kundenportal.db.Tables.APP_USER;
import static org.kundenportal.db.Tables.CONTACT;
import static org.kundenportal.db.Tables.DELIVERY;
import static org.kundenportal.db.Tables.HISTORY_ENTRY;
import static org.kundenportal.db.Tables.INVOICE;
import static org.kundenportal.db.Tables.SALE_ORDER;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.DSLContext;
import org.kundenportal.TestWorld;
import org.kundenportal.documents.domain.DocumentLine;
import org.kundenportal.documents.domain.DocumentLines;
import org.kundenportal.documents.domain.DocumentRef;
import org.kundenportal.documents.domain.DocumentType;
import org.kundenportal.documents.domain.HistoryEvent;
import org.kundenportal.documents.domain.SaleOrderState;
import org.kundenportal.documents.domain.Totals;
import org.kundenportal.invoices.domain.Direction;
import org.kundenportal.invoices.domain.InvoiceState;
import org.kundenportal.orders.domain.Delivery;
import org.kundenportal.orders.domain.DeliveryRepository;
import org.kundenportal.orders.domain.NewDeliveryLine;
import org.kundenportal.orders.domain.OrderService;
import org.kundenportal.orders.domain.OrderSource;
import org.springframework.context.ApplicationContext;

/** Each test's own sales orders (and invoices), inserted directly; the quotes feature creates them in real life. */
public class OrderFixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    /** A 1×1 PNG, enough to show as a signature. */
    public static final byte[] PNG = java.util.Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    /** The name a signed order carries. */
    public static final String SIGNER = "Clara Kunde";

    public record TestOrder(long id, String number, String lineText) {
    }

    public final DSLContext db;
    public final DocumentLines lines;
    public final OrderService service;
    public final DeliveryRepository deliveries;

    public OrderFixtures(ApplicationContext context) {
        db = context.getBean(DSLContext.class);
        lines = context.getBean(DocumentLines.class);
        service = context.getBean(OrderService.class);
        deliveries = context.getBean(DeliveryRepository.class);
    }

    public long company(String name) {
        return db.select(CONTACT.ID).from(CONTACT).where(CONTACT.NAME.eq(name)).fetchSingle(CONTACT.ID);
    }

    public long userId(String email) {
        return db.select(APP_USER.ID).from(APP_USER).where(APP_USER.EMAIL.eq(email)).fetchSingle(APP_USER.ID);
    }




    public TestOrder confirmed(long companyId) {
        return order(companyId, "CONFIRMED", OrderSource.BACK_OFFICE, false);
    }

    /** A sale_order row with a section, two product lines and a note; the line text is unique to it. */
    public TestOrder order(long companyId, String state, OrderSource source, boolean signed) {
        int sequence = SEQUENCE.incrementAndGet();
        String number = "T-" + (System.nanoTime() % 1_000_000_000L) + "-" + sequence;
        String lineText = "Testware " + number;
        List<DocumentLine> orderLines = List.of(
                DocumentLine.section("Ausstattung"),
                DocumentLine.product("P-1", lineText, new BigDecimal("4"), "Stk", new BigDecimal("25.00"), BigDecimal.ZERO,
                        new BigDecimal("19")),
                DocumentLine.product("P-2", "Einweisung", new BigDecimal("2"), "h", new BigDecimal("80.00"), BigDecimal.ZERO,
                        new BigDecimal("19")),
                DocumentLine.note("Lieferung an den Hintereingang"));
        Totals totals = Totals.of(orderLines);
        long id = db.insertInto(SALE_ORDER)
                .set(SALE_ORDER.NUMBER, number)
                .set(SALE_ORDER.SOURCE, source.name())
                .set(SALE_ORDER.STATE, SaleOrderState.valueOf(state))
                .set(SALE_ORDER.CUSTOMER_COMPANY_ID, companyId)
                .set(SALE_ORDER.REFERENCE, "Ref " + number)
                .set(SALE_ORDER.QUOTE_DATE, LocalDate.now().minusDays(10))
                .set(SALE_ORDER.ORDER_DATE, "CONFIRMED".equals(state) ? LocalDate.now().minusDays(5) : null)
                .set(SALE_ORDER.AMOUNT_UNTAXED, totals.untaxed())
                .set(SALE_ORDER.AMOUNT_TAX, totals.tax())
                .set(SALE_ORDER.AMOUNT_TOTAL, totals.total())
                .set(SALE_ORDER.NOTE, "Bitte vormittags liefern.")
                .set(SALE_ORDER.SIGNED_NAME, signed ? SIGNER : null)
                .set(SALE_ORDER.SIGNATURE_PNG, signed ? PNG : null)
                .set(SALE_ORDER.SIGNED_AT, signed ? Instant.now() : null)
                .returning(SALE_ORDER.ID)
                .fetchSingle(SALE_ORDER.ID);
        lines.replace(DocumentRef.saleOrder(id), orderLines);
        return new TestOrder(id, number, lineText);
    }

    /** Sets the order's contact person (who gets the shipping mail when the company has no portal user). */
    public void contactPerson(TestOrder order, long contactId) {
        db.update(SALE_ORDER).set(SALE_ORDER.CUSTOMER_CONTACT_ID, contactId).where(SALE_ORDER.ID.eq(order.id())).execute();
    }

    public String invoice(TestOrder order, long companyId, String state, BigDecimal total, BigDecimal paid, LocalDate due) {
        String number = "TR-" + (System.nanoTime() % 1_000_000_000L) + "-" + SEQUENCE.incrementAndGet();
        db.insertInto(INVOICE)
                .set(INVOICE.NUMBER, number)
                .set(INVOICE.DIRECTION, Direction.OUT)
                .set(INVOICE.STATE, InvoiceState.valueOf(state))
                .set(INVOICE.COMPANY_ID, companyId)
                .set(INVOICE.SALE_ORDER_ID, order.id())
                .set(INVOICE.INVOICE_DATE, LocalDate.now().minusDays(3))
                .set(INVOICE.DUE_DATE, due)
                .set(INVOICE.AMOUNT_TOTAL, total)
                .set(INVOICE.AMOUNT_PAID, paid)
                .execute();
        return number;
    }

    /** A waiting delivery of the first product line's full quantity, made through the service. */
    public Delivery delivery(TestOrder order, long staffUserId) {
        service.addDelivery(order.id(), LocalDate.now(), List.of(new NewDeliveryLine(order.lineText(), new BigDecimal("4"), "Stk")),
                staffUserId);
        return deliveries(order).getLast();
    }

    public List<Delivery> deliveries(TestOrder order) {
        return deliveries.of(order.id());
    }

    public String state(TestOrder order) {
        return db.select(SALE_ORDER.STATE).from(SALE_ORDER).where(SALE_ORDER.ID.eq(order.id())).fetchSingle(SALE_ORDER.STATE).name();
    }

    public int events(TestOrder order, HistoryEvent event) {
        return db.fetchCount(HISTORY_ENTRY, HISTORY_ENTRY.DOCUMENT_TYPE.eq(DocumentType.SALE_ORDER)
                .and(HISTORY_ENTRY.DOCUMENT_ID.eq(order.id())).and(HISTORY_ENTRY.EVENT.eq(event.name())));
    }

    public int deliveryCount(TestOrder order) {
        return db.fetchCount(DELIVERY, DELIVERY.SALE_ORDER_ID.eq(order.id()));
    }
}
