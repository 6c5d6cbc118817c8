package org.kundenportal.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.kundenportal.base.signature.SignatureImages;
import org.kundenportal.documents.domain.DocumentLine;
import org.kundenportal.documents.domain.DocumentLines;
import org.kundenportal.documents.domain.DocumentNumbers;
import org.kundenportal.documents.domain.DocumentRef;
import org.kundenportal.documents.domain.HistoryEvent;
import org.kundenportal.documents.domain.HistoryLog;
import org.kundenportal.documents.domain.SaleOrderState;
import org.kundenportal.documents.domain.Totals;
import org.kundenportal.quotes.domain.QuoteRepository;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Quotes and orders of a shop-systems seller: drafts, open quotes (one with a 30 % prepayment, one without
 * signature), expired and declined ones, signed orders and web shop orders, spread over the last months.
 */
@Component
@Order(10)
class QuotesDemoData implements DemoDataPart {

    private static final BigDecimal FULL = new BigDecimal("19");
    private static final BigDecimal REDUCED = new BigDecimal("7");

    private final QuoteRepository quotes;
    private final DocumentNumbers numbers;
    private final DocumentLines lines;
    private final HistoryLog history;
    private LocalDate today;
    private long staffUser;

    QuotesDemoData(QuoteRepository quotes, DocumentNumbers numbers, DocumentLines lines, HistoryLog history) {
        this.quotes = quotes;
        this.numbers = numbers;
        this.lines = lines;
        this.history = history;
    }

    @Override
    public void load(DemoCompanies demo) {
        today = QuoteRepository.today();
        staffUser = demo.staffUser();
        long bakery = demo.bakery();
        long anna = demo.anna();

        quote(bakery, anna, "Neue Filiale Schwabing", 3).draft(starterKit(2));
        quote(bakery, anna, "Kassenerneuerung Hauptgeschäft", 12).sent(18).signature().build(starterKit(3));
        quote(bakery, anna, "Kassensystem Filiale Pasing", 6).sent(24).signature().prepayment(30).build(starterKit(1));
        quote(bakery, anna, "Thermopapier Jahresbedarf", 4).sent(26).build(paperSupply(40));
        quote(bakery, anna, "Zweitdrucker Backstube", 70).sent(-40).signature().build(printerOnly());
        quote(bakery, anna, "Kassenladen Tausch", 55).declined("Wir haben uns vorerst für eine Reparatur der alten Kassenladen entschieden.")
                .build(drawers(4));
        quote(bakery, anna, "Schulung neue Mitarbeiter", 100).confirmed(96, "Anna Becker").build(training());
        quote(bakery, anna, "Kassensystem Café-Ecke", 150).confirmed(140, "Anna Becker").build(starterKit(1));
        quote(bakery, anna, "Ersatzteile Sommer", 45).confirmed(44, "Max Huber").build(drawers(1));
        webShop(bakery, 20, paperSupply(10));
        webShop(bakery, 80, paperSupply(20));
        webShop(bakery, 130, printerOnly());

        quote(demo.cafe(), demo.lena(), "Kassenplatz Terrasse", 5).sent(25).signature().build(starterKit(1));
        quote(demo.cafe(), demo.lena(), "Bondrucker Theke", 60).sent(-30).signature().build(printerOnly());
        quote(demo.cafe(), demo.lena(), "Kassenlade", 40).declined("Der Preis liegt über unserem Budget für dieses Jahr.")
                .build(drawers(1));
        quote(demo.cafe(), demo.lena(), "Papierbedarf Quartal", 90).confirmed(88, "Lena Wolf").build(paperSupply(8));
        webShop(demo.cafe(), 35, paperSupply(5));

        quote(demo.iceCream(), demo.marco(), "Saisonstart Kassensystem", 8).sent(22).signature().prepayment(30)
                .build(starterKit(1));
        quote(demo.iceCream(), demo.marco(), "Schulung Aushilfen", 110).confirmed(105, "Marco Rossi").build(training());
        quote(demo.iceCream(), demo.marco(), "Zweitkasse", 2).draft(starterKit(1));
        quote(demo.florist(), null, "Kasse mit Waage-Anbindung", 10).sent(20).signature().build(starterKit(1));
        quote(demo.florist(), null, "Thermopapier", 75).confirmed(70, "Sabine Lindner").build(paperSupply(6));
    }

    private QuoteSpec quote(long company, Long contact, String reference, int daysAgo) {
        return new QuoteSpec(company, contact, reference, today.minusDays(daysAgo));
    }

    /** How one demo quote is to end up. */
    private final class QuoteSpec {
        private final long company;
        private final Long contact;
        private final String reference;
        private final LocalDate date;
        private SaleOrderState state = SaleOrderState.SENT;
        private LocalDate validUntil;
        private boolean signature;
        private BigDecimal prepayment;
        private String declineReason;
        private String signer;
        private LocalDate orderDate;

        QuoteSpec(long company, Long contact, String reference, LocalDate date) {
            this.company = company;
            this.contact = contact;
            this.reference = reference;
            this.date = date;
            this.validUntil = date.plusDays(30);
        }

        /** @param validForDays from today; negative for an expired quote */
        QuoteSpec sent(int validForDays) {
            validUntil = today.plusDays(validForDays);
            return this;
        }

        QuoteSpec signature() {
            signature = true;
            return this;
        }

        QuoteSpec prepayment(int percent) {
            prepayment = BigDecimal.valueOf(percent);
            return this;
        }

        QuoteSpec declined(String reason) {
            state = SaleOrderState.CANCELLED;
            declineReason = reason;
            return this;
        }

        QuoteSpec confirmed(int orderedDaysAgo, String signerName) {
            state = SaleOrderState.CONFIRMED;
            signature = true;
            signer = signerName;
            orderDate = today.minusDays(orderedDaysAgo);
            return this;
        }

        void draft(List<DocumentLine> content) {
            state = SaleOrderState.DRAFT;
            build(content);
        }

        void build(List<DocumentLine> content) {
            String number = numbers.next(DocumentNumbers.Series.QUOTE, date);
            long id = quotes.insertBackdated(number, "BACK_OFFICE", company, contact, reference, date, "NET14", staffUser);
            DocumentRef ref = DocumentRef.saleOrder(id);
            Totals totals = lines.replace(ref, content);
            quotes.backdateOutcome(id, new QuoteRepository.BackdatedOutcome(state, validUntil, signature, prepayment,
                    state == SaleOrderState.DRAFT ? null : date.atTime(10, 0).toInstant(ZoneOffset.UTC),
                    declineReason == null ? null : date.plusDays(3).atTime(9, 30).toInstant(ZoneOffset.UTC), declineReason,
                    orderDate, orderDate == null ? null : orderDate.atTime(11, 15).toInstant(ZoneOffset.UTC), signer,
                    orderDate == null ? null : orderDate.atTime(11, 14).toInstant(ZoneOffset.UTC),
                    orderDate == null ? null : "192.0.2.10", signer == null ? null : SignatureImages.scribble(id)), totals);
            history.event(ref, HistoryEvent.CREATED, staffUser, null);
            if (state != SaleOrderState.DRAFT) {
                history.event(ref, HistoryEvent.SENT, staffUser, null);
            }
            if (declineReason != null) {
                history.event(ref, HistoryEvent.DECLINED, null, declineReason);
            }
            if (signer != null) {
                history.event(ref, HistoryEvent.SIGNED, null, signer);
                history.event(ref, HistoryEvent.CONFIRMED, null, null);
            }
        }
    }

    private void webShop(long company, int daysAgo, List<DocumentLine> content) {
        LocalDate date = today.minusDays(daysAgo);
        long id = quotes.insertBackdated(numbers.next(DocumentNumbers.Series.WEB_SHOP_ORDER, date), "WEB_SHOP", company,
                null, null, date, "NET14", staffUser);
        Totals totals = lines.replace(DocumentRef.saleOrder(id), content);
        quotes.backdateWebShopOrder(id, date, date.atTime(8, 5).toInstant(ZoneOffset.UTC), totals);
        history.event(DocumentRef.saleOrder(id), HistoryEvent.CONFIRMED, null, null);
    }

    private static List<DocumentLine> starterKit(int tills) {
        List<DocumentLine> kit = new ArrayList<>();
        kit.add(DocumentLine.section("Hardware"));
        kit.add(product("KS-100", "Kassensystem TouchPOS 15\" inkl. Kassensoftware (TSE-zertifiziert)", tills, "Stk", "1249.00", "5", FULL));
        kit.add(product("BD-80", "Bondrucker Thermo 80 mm, USB/LAN", tills, "Stk", "289.00", "0", FULL));
        kit.add(product("KL-41", "Kassenlade 410 mm, 5 Schein- und 8 Münzfächer", tills, "Stk", "119.00", "0", FULL));
        kit.add(DocumentLine.section("Dienstleistung"));
        kit.add(product("SV-INST", "Installation und Einrichtung vor Ort", 3 * tills, "Std", "95.00", "0", FULL));
        kit.add(product("SV-SCHU", "Schulung Kassenpersonal (halber Tag)", 1, "Pausch.", "380.00", "0", FULL));
        kit.add(DocumentLine.section("Verbrauchsmaterial und Literatur"));
        kit.add(product("TP-80", "Thermopapierrollen 80 mm × 80 m, Karton à 50 Rollen", 2, "Karton", "64.90", "0", FULL));
        kit.add(product("BU-GOBD", "Praxisleitfaden Kassenführung nach GoBD (Buch)", 1, "Stk", "39.90", "0", REDUCED));
        kit.add(DocumentLine.note("Lieferung und Installation nach Terminabsprache, in der Regel innerhalb von 10 Werktagen."));
        return kit;
    }

    private static List<DocumentLine> printerOnly() {
        return List.of(product("BD-80", "Bondrucker Thermo 80 mm, USB/LAN", 1, "Stk", "289.00", "0", FULL),
                product("SV-INST", "Einrichtung per Fernwartung", 1, "Std", "95.00", "0", FULL));
    }

    private static List<DocumentLine> paperSupply(int boxes) {
        return List.of(product("TP-80", "Thermopapierrollen 80 mm × 80 m, Karton à 50 Rollen", boxes, "Karton", "64.90",
                        boxes >= 20 ? "10" : "0", FULL),
                product("TP-57", "Thermopapierrollen 57 mm × 40 m für EC-Terminal, Karton à 50", Math.max(1, boxes / 4), "Karton",
                        "42.50", "0", FULL),
                DocumentLine.note("Versandkostenfrei ab 5 Kartons."));
    }

    private static List<DocumentLine> drawers(int count) {
        return List.of(product("KL-41", "Kassenlade 410 mm, 5 Schein- und 8 Münzfächer", count, "Stk", "119.00", "0", FULL),
                product("KL-EIN", "Geldeinsatz mit Deckel für Kassenlade 410", count, "Stk", "34.00", "0", FULL));
    }

    private static List<DocumentLine> training() {
        return List.of(DocumentLine.section("Schulung"),
                product("SV-SCHU", "Schulung Kassenpersonal (halber Tag)", 2, "Pausch.", "380.00", "0", FULL),
                product("BU-GOBD", "Praxisleitfaden Kassenführung nach GoBD (Buch)", 4, "Stk", "39.90", "0", REDUCED));
    }

    private static DocumentLine product(String code, String text, int quantity, String unit, String price, String discount,
                                        BigDecimal tax) {
        return DocumentLine.product(code, text, BigDecimal.valueOf(quantity), unit, new BigDecimal(price),
                new BigDecimal(discount), tax);
    }
}
