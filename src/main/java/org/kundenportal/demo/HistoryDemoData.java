package org.kundenportal.demo;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.kundenportal.base.i18n.Formats;
import org.kundenportal.base.security.Hashes;
import org.kundenportal.base.security.PortalUser;
import org.kundenportal.documents.domain.DocumentRef;
import org.kundenportal.history.domain.DocumentDirectory;
import org.kundenportal.history.domain.EntryKind;
import org.kundenportal.history.domain.HistoryRepository;
import org.kundenportal.history.domain.HistoryService;
import org.kundenportal.invoices.domain.InvoiceRepository;
import org.kundenportal.purchasing.domain.PurchaseOrderRepository;
import org.kundenportal.quotes.domain.QuoteRepository;
import org.kundenportal.users.domain.UserRepository;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Conversations, internal notes, time entries and the staff in charge on the demo documents the other features
 * created before (quotes, orders, invoices, purchase orders). Without such documents it adds nothing.
 */
@Component
@Order(50)
class HistoryDemoData implements DemoDataPart {

    private static final byte[] METER_READINGS = """
            Kasse;Zählerstand;Datum
            Filiale Marktplatz;48211;01.03.2026
            Filiale Schwabing;19377;01.03.2026
            """.getBytes(StandardCharsets.UTF_8);

    private final QuoteRepository quotes;
    private final InvoiceRepository invoices;
    private final PurchaseOrderRepository purchasing;
    private final HistoryRepository history;
    private final HistoryService historyService;
    private final DocumentDirectory documents;
    private final UserRepository users;

    HistoryDemoData(QuoteRepository quotes, InvoiceRepository invoices, PurchaseOrderRepository purchasing,
                    HistoryRepository history, HistoryService historyService, DocumentDirectory documents,
                    UserRepository users) {
        this.quotes = quotes;
        this.invoices = invoices;
        this.purchasing = purchasing;
        this.history = history;
        this.historyService = historyService;
        this.documents = documents;
        this.users = users;
    }

    @Override
    public void load(DemoCompanies demo) {
        List<DocumentRef> bakeryQuotes = quotes.issuedIds(demo.bakery(), 3).stream().map(DocumentRef::saleOrder).toList();
        List<DocumentRef> cafeQuotes = quotes.issuedIds(demo.cafe(), 1).stream().map(DocumentRef::saleOrder).toList();
        List<DocumentRef> bakeryInvoices = invoices.issuedIds(demo.bakery(), 2).stream().map(DocumentRef::invoice).toList();
        List<DocumentRef> purchaseOrders = purchasing.issuedIds(demo.paper(), 1).stream().map(DocumentRef::purchaseOrder).toList();

        Instant start = Instant.now().minus(Duration.ofDays(6));
        for (DocumentRef quote : bakeryQuotes) {
            installation(quote, demo, start);
        }
        if (!bakeryQuotes.isEmpty()) {
            attachment(bakeryQuotes.getFirst(), demo, start.plus(Duration.ofHours(30)));
        }
        cafeQuotes.forEach(quote -> englishQuestion(quote, demo, start));
        bakeryInvoices.forEach(invoice -> invoiceQuestion(invoice, demo, start));
        purchaseOrders.forEach(order -> supplierConversation(order, demo, start));
    }

    private void installation(DocumentRef ref, DemoCompanies demo, Instant start) {
        responsible(ref, demo.staffUser());
        message(ref, demo.annaUser(), "Guten Tag,\nkönnen Sie die Kassen an einem Montag einrichten? Dienstag bis Samstag "
                + "haben wir durchgehend geöffnet.", start);
        note(ref, demo.staffUser(), "Frau Becker möchte keine Einrichtung während der Öffnungszeiten. Techniker-Team "
                + "Süd ist am Montag frei.", start.plus(Duration.ofHours(2)));
        message(ref, demo.staffUser(), "Guten Tag Frau Becker,\nsehr gern: wir kommen am Montag um 8 Uhr. Die Einrichtung "
                + "dauert etwa drei Stunden.\nViele Grüße\nStefan Krüger", start.plus(Duration.ofHours(3)));
        LocalDate day = LocalDate.ofInstant(start, Formats.ZONE);
        time(ref, demo.staffUser(), day, 20, "Telefonische Abstimmung des Termins");
        time(ref, demo.staffUser(), day.plusDays(2), 150, "Einrichtung Kassensystem vor Ort");
        time(ref, demo.adminUser(), day.plusDays(2), 45, "Einweisung des Personals");
    }

    private void attachment(DocumentRef ref, DemoCompanies demo, Instant at) {
        long entry = message(ref, demo.annaUser(), "Anbei die Zählerstände unserer beiden Kassen für die Übernahme.", at);
        history.insertAttachment(entry, "zaehlerstaende.csv", "text/csv;charset=UTF-8", Hashes.sha256Hex(METER_READINGS),
                METER_READINGS);
    }

    private void englishQuestion(DocumentRef ref, DemoCompanies demo, Instant start) {
        responsible(ref, demo.adminUser());
        message(ref, demo.lenaUser(), "Hello,\ndoes the price include the card terminal?", start.plus(Duration.ofHours(5)));
        message(ref, demo.adminUser(), "Hello Ms Wolf,\nyes, one card terminal is included; a second one costs 9 € a month.",
                start.plus(Duration.ofHours(26)));
        time(ref, demo.adminUser(), LocalDate.ofInstant(start, Formats.ZONE).plusDays(1), 30,
                "Beratung Kartenterminal");
    }

    private void invoiceQuestion(DocumentRef ref, DemoCompanies demo, Instant start) {
        responsible(ref, demo.staffUser());
        message(ref, demo.annaUser(), "Können wir diese Rechnung in zwei Raten bezahlen?", start.plus(Duration.ofDays(1)));
        note(ref, demo.staffUser(), "Ratenzahlung mit der Buchhaltung abgestimmt: zwei Raten sind in Ordnung.",
                start.plus(Duration.ofDays(1).plusHours(4)));
        message(ref, demo.staffUser(), "Ja, gern: bitte überweisen Sie die zweite Hälfte bis zum Monatsende.",
                start.plus(Duration.ofDays(1).plusHours(5)));
    }

    private void supplierConversation(DocumentRef ref, DemoCompanies demo, Instant start) {
        responsible(ref, demo.staffUser());
        message(ref, demo.staffUser(), "Guten Tag Frau Vogel,\nkönnen Sie die Bonrollen bis Freitag liefern?",
                start.plus(Duration.ofDays(2)));
        message(ref, demo.sarahUser(), "Guten Tag Herr Krüger,\nja, die Ware geht am Donnerstag raus.",
                start.plus(Duration.ofDays(2).plusHours(6)));
    }

    private long message(DocumentRef ref, long userId, String text, Instant at) {
        return history.insertEntry(ref, EntryKind.MESSAGE, userId, nameOf(userId), text, at);
    }

    private void note(DocumentRef ref, long userId, String text, Instant at) {
        history.insertEntry(ref, EntryKind.NOTE, userId, nameOf(userId), text, at);
    }

    /** Keeps whom the document's own feature put in charge. */
    private void responsible(DocumentRef ref, long userId) {
        documents.find(ref).filter(document -> document.responsibleUserId() == null)
                .ifPresent(document -> documents.setResponsible(ref, userId));
    }

    private void time(DocumentRef ref, long userId, LocalDate day, int minutes, String description) {
        historyService.addTimeEntry(principal(userId), ref, day, minutes, description);
    }

    private PortalUser principal(long userId) {
        return users.findPrincipal(users.account(userId).orElseThrow().email()).orElseThrow();
    }

    private String nameOf(long userId) {
        return users.account(userId).orElseThrow().displayName();
    }
}
