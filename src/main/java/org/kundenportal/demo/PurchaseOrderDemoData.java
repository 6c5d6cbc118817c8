package org.kundenportal.demo;

import static org.kundenportal.db.Tables.PURCHASE_ORDER;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.kundenportal.base.security.PortalScope;
import org.kundenportal.documents.domain.DocumentLine;
import org.kundenportal.documents.domain.DocumentRef;
import org.kundenportal.documents.domain.HistoryEvent;
import org.kundenportal.documents.domain.HistoryLog;
import org.kundenportal.purchasing.domain.PurchaseOrderDraft;
import org.kundenportal.purchasing.domain.PurchaseOrderRepository;
import org.kundenportal.purchasing.domain.PurchaseOrderService;
import org.kundenportal.purchasing.domain.PurchaseOrderState;
import org.kundenportal.settings.domain.PaymentTermRepository;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Purchase orders with Papier &amp; Co. in every state: a draft, two waiting for acknowledgement, one
 * acknowledged, one received, one cancelled. State changes are written directly, without mails.
 */
@Component
@Order(25)
class PurchaseOrderDemoData implements DemoDataPart {

    private static final BigDecimal VAT = new BigDecimal("19");

    private final PurchaseOrderService service;
    private final PurchaseOrderRepository orders;
    private final HistoryLog history;
    private final PaymentTermRepository paymentTerms;

    PurchaseOrderDemoData(PurchaseOrderService service, PurchaseOrderRepository orders, HistoryLog history, PaymentTermRepository paymentTerms) {
        this.paymentTerms = paymentTerms;
        this.service = service;
        this.orders = orders;
        this.history = history;
    }

    @Override
    public void load(DemoCompanies demo) {
        LocalDate today = PurchaseOrderService.today();
        long received = create(demo, today.minusDays(45), today.minusDays(35), "Nachschub Filialen Q3", List.of(
                rolls("TR-80", "Thermorollen 80 mm × 80 m, BPA-frei", "200", "12.40", today.minusDays(35)),
                line("BR-57", "Bonrollen 57 mm × 40 m", "300", "0.85", today.minusDays(35))));
        long cancelled = create(demo, today.minusDays(20), today.minusDays(6), "Etiketten Herbstaktion", List.of(
                line("ET-40", "Etiketten 40 × 30 mm, 1 000 Stück je Rolle", "50", "6.90", today.minusDays(6))));
        long acknowledged = create(demo, today.minusDays(9), today.plusDays(5), "Kassenbücher 2027", List.of(
                DocumentLine.section("Vordrucke"),
                line("KB-A4", "Kassenbuch-Vordrucke A4, Block mit 100 Blatt", "40", "3.95", today.plusDays(5)),
                line("KB-A5", "Kassenbuch-Vordrucke A5, Block mit 50 Blatt", "60", "2.45", today.plusDays(12)),
                DocumentLine.note("Bitte in Kartons zu je 20 Blöcken liefern.")));
        long sent = create(demo, today.minusDays(3), today.plusDays(10), "Thermorollen Filiale Schwabing", List.of(
                rolls("TR-80", "Thermorollen 80 mm × 80 m, BPA-frei", "120", "12.40", today.plusDays(10)),
                line("BR-57", "Bonrollen 57 mm × 40 m", "150", "0.85", today.plusDays(14))));
        long sentToo = create(demo, today.minusDays(1), today.plusDays(14), null, List.of(
                line("ET-40", "Etiketten 40 × 30 mm, 1 000 Stück je Rolle", "30", "6.90", today.plusDays(14)),
                line("ET-58", "Preisetiketten 58 × 40 mm, ablösbar", "20", "8.20", today.plusDays(21))));
        create(demo, today, today.plusDays(21), "Jahresbedarf Bonrollen", List.of(
                line("BR-57", "Bonrollen 57 mm × 40 m", "1000", "0.79", today.plusDays(21))));

        for (long id : List.of(received, cancelled, acknowledged, sent, sentToo)) {
            move(id, PurchaseOrderState.DRAFT, PurchaseOrderState.SENT, HistoryEvent.SENT, demo.staffUser());
        }
        orders.acknowledge(acknowledged, PortalScope.staff(), demo.sarahUser(), today.plusDays(7));
        history.event(DocumentRef.purchaseOrder(acknowledged), HistoryEvent.ACKNOWLEDGED, demo.sarahUser(), null);
        orders.acknowledge(received, PortalScope.staff(), demo.sarahUser(), null);
        history.event(DocumentRef.purchaseOrder(received), HistoryEvent.ACKNOWLEDGED, demo.sarahUser(), null);
        move(received, PurchaseOrderState.ACKNOWLEDGED, PurchaseOrderState.RECEIVED, HistoryEvent.RECEIVED, demo.staffUser());
        move(cancelled, PurchaseOrderState.SENT, PurchaseOrderState.CANCELLED, HistoryEvent.CANCELLED, demo.staffUser());
    }

    private long create(DemoCompanies demo, LocalDate orderDate, LocalDate expected, String reference,
                        List<DocumentLine> lines) {
        PurchaseOrderDraft draft = new PurchaseOrderDraft(null, 0, demo.paper(), demo.sarah(), reference, orderDate,
                expected, paymentTerms.idOf("NET30").orElse(null), "Lieferung bitte an die Zentrale, Rampe 2.", lines);
        String number = service.create(draft, demo.staffUser());
        return orders.findForStaff(number).orElseThrow().id();
    }

    private void move(long id, PurchaseOrderState from, PurchaseOrderState to, HistoryEvent event, long userId) {
        var stamp = switch (to) {
            case SENT -> PURCHASE_ORDER.SENT_AT;
            case RECEIVED -> PURCHASE_ORDER.RECEIVED_AT;
            default -> PURCHASE_ORDER.CANCELLED_AT;
        };
        orders.transition(id, List.of(from), to, stamp);
        history.event(DocumentRef.purchaseOrder(id), event, userId, null);
    }

    private static DocumentLine rolls(String code, String description, String quantity, String price, LocalDate expected) {
        return line(code, description, quantity, "Karton", price, expected);
    }

    private static DocumentLine line(String code, String description, String quantity, String price, LocalDate expected) {
        return line(code, description, quantity, "Stück", price, expected);
    }

    private static DocumentLine line(String code, String description, String quantity, String unit, String price,
                                     LocalDate expected) {
        return DocumentLine.product(code, description, new BigDecimal(quantity), unit, new BigDecimal(price),
                BigDecimal.ZERO, VAT).withExpectedDate(expected);
    }
}
