package org.kundenportal.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.kundenportal.base.i18n.Formats;
import org.kundenportal.base.security.PortalScope;
import org.kundenportal.documents.domain.DocumentLine;
import org.kundenportal.documents.domain.DocumentNumbers;
import org.kundenportal.documents.domain.DocumentRef;
import org.kundenportal.documents.domain.HistoryEvent;
import org.kundenportal.documents.domain.HistoryLog;
import org.kundenportal.invoices.domain.Direction;
import org.kundenportal.invoices.domain.Invoice;
import org.kundenportal.invoices.domain.InvoiceKind;
import org.kundenportal.invoices.domain.InvoicePaymentStatus;
import org.kundenportal.invoices.domain.InvoiceRepository;
import org.kundenportal.invoices.domain.InvoiceService;
import org.kundenportal.invoices.domain.NewInvoice;
import org.kundenportal.invoices.domain.NewPayment;
import org.kundenportal.invoices.domain.PaymentMethod;
import org.kundenportal.invoices.domain.payment.BankTransferProvider;
import org.kundenportal.invoices.domain.payment.PaymentProviders;
import org.kundenportal.invoices.domain.payment.StripeProvider;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo invoices: two years of the bakery's invoices in every payment status (enough that the list pages), a
 * few for the other customers, invoices of the confirmed demo orders, and the supplier's bills. Bank transfer
 * is enabled as a payment provider; Stripe and PayPal stay off until their keys are in the environment.
 */
@Component
@Order(30)
class InvoicesDemoData implements DemoDataPart {

    private static final BigDecimal STANDARD_TAX = new BigDecimal("19");
    private static final BigDecimal REDUCED_TAX = new BigDecimal("7");

    private final PaymentProviders providers;
    private final InvoiceRepository invoices;
    private final InvoiceService service;
    private final DocumentNumbers numbers;
    private final HistoryLog history;

    InvoicesDemoData(PaymentProviders providers, InvoiceRepository invoices, InvoiceService service, DocumentNumbers numbers,
                     HistoryLog history) {
        this.providers = providers;
        this.invoices = invoices;
        this.service = service;
        this.numbers = numbers;
        this.history = history;
    }

    @Override
    public void load(DemoCompanies demo) {
        providers(demo);

        LocalDate today = LocalDate.now(Formats.ZONE);
        for (int i = 63; i >= 0; i--) {
            LocalDate date = today.minusDays(i * 11L);
            Fate fate = i == 0 || i == 1 ? Fate.OPEN
                    : i == 2 || i == 4 ? Fate.PARTIAL
                    : i % 10 == 3 ? Fate.CANCELLED
                    : i % 10 == 7 ? Fate.OPEN
                    : i % 10 == 5 ? Fate.PARTIAL
                    : Fate.PAID;
            long id = outgoing(demo.bakery(), demo.anna(), date, 30, bakeryLines(i), fate, demo);
            if (i == 1) {
                announced(id, demo.annaUser());
            }
        }
        draft(demo.bakery(), demo.anna(), today, bakeryLines(99), demo);

        outgoing(demo.cafe(), demo.lena(), today.minusDays(120), 14, cafeLines(0), Fate.PAID, demo);
        outgoing(demo.cafe(), demo.lena(), today.minusDays(45), 14, cafeLines(1), Fate.OPEN, demo);
        outgoing(demo.cafe(), demo.lena(), today.minusDays(20), 30, cafeLines(2), Fate.PARTIAL, demo);
        outgoing(demo.cafe(), demo.lena(), today.minusDays(3), 14, cafeLines(3), Fate.OPEN, demo);
        outgoing(demo.iceCream(), demo.marco(), today.minusDays(200), 14, cafeLines(4), Fate.PAID, demo);
        outgoing(demo.iceCream(), demo.marco(), today.minusDays(40), 14, cafeLines(5), Fate.OPEN, demo);
        outgoing(demo.iceCream(), demo.marco(), today.minusDays(5), 30, cafeLines(6), Fate.OPEN, demo);
        outgoing(demo.florist(), null, today.minusDays(90), 14, cafeLines(7), Fate.PAID, demo);
        outgoing(demo.florist(), null, today.minusDays(10), 14, cafeLines(8), Fate.OPEN, demo);

        for (InvoiceRepository.OrderToInvoice order : confirmedOrders(demo)) {
            LocalDate date = order.orderDate() == null ? today : order.orderDate();
            String number = service.createFromOrder(order.id(), date, demo.staffUser());
            Invoice invoice = invoices.find(number, PortalScope.staff(), true).orElseThrow();
            post(invoice.id(), date, demo);
            if (date.isBefore(today.minusDays(30))) {
                pay(invoice.id(), invoice.total(), date.plusDays(9), PaymentMethod.BANK_TRANSFER, demo.staffUser());
            }
        }

        for (int i = 5; i >= 0; i--) {
            LocalDate date = today.minusDays(25L + i * 47L);
            bill(demo.paper(), "PC-" + (4711 + i), date, paperLines(i), i >= 2, demo);
        }
    }

    /** Bank transfer works without keys; Stripe is listed, off until its keys are in the environment. */
    private void providers(DemoCompanies demo) {
        providers.save(BankTransferProvider.CODE, true, "", demo.adminUser());
        providers.save(StripeProvider.CODE, false, "", demo.adminUser());
    }

    private List<InvoiceRepository.OrderToInvoice> confirmedOrders(DemoCompanies demo) {
        List<InvoiceRepository.OrderToInvoice> orders = new ArrayList<>();
        for (long company : List.of(demo.bakery(), demo.cafe(), demo.iceCream())) {
            orders.addAll(invoices.confirmedOrders(company, null, 0, 3));
        }
        return orders;
    }

    /** How a demo invoice's story ends. */
    private enum Fate { OPEN, PARTIAL, PAID, CANCELLED }

    private long outgoing(long company, Long contact, LocalDate date, int termDays, List<DocumentLine> invoiceLines,
                          Fate fate, DemoCompanies demo) {
        String number = numbers.next(DocumentNumbers.Series.INVOICE, date);
        long id = invoices.insert(new NewInvoice(number, Direction.OUT, InvoiceKind.INVOICE, company, contact, null,
                null, date, date.plusDays(termDays), invoices.paymentTerm(null, termDays == 30 ? "NET30" : "NET14")
                .map(InvoiceRepository.Term::id).orElse(null), Formats.EURO, demo.staffUser()));
        BigDecimal total = service.store(id, invoiceLines).total();
        post(id, date, demo);
        switch (fate) {
            case PAID -> pay(id, total, date.plusDays(12), date.getDayOfMonth() % 2 == 0 ? PaymentMethod.BANK_TRANSFER
                    : PaymentMethod.MANUAL, demo.staffUser());
            case PARTIAL -> pay(id, total.multiply(new BigDecimal("0.4")).setScale(2, RoundingMode.HALF_UP),
                    date.plusDays(5), PaymentMethod.BANK_TRANSFER, demo.staffUser());
            case CANCELLED -> {
                invoices.cancel(id, at(date.plusDays(2)));
                history.event(DocumentRef.invoice(id), HistoryEvent.CANCELLED, demo.staffUser(), null);
            }
            case OPEN -> { }
        }
        return id;
    }

    private void draft(long company, Long contact, LocalDate date, List<DocumentLine> invoiceLines, DemoCompanies demo) {
        String number = numbers.next(DocumentNumbers.Series.INVOICE, date);
        long id = invoices.insert(new NewInvoice(number, Direction.OUT, InvoiceKind.INVOICE, company, contact, null,
                null, date, date.plusDays(14), null, Formats.EURO, demo.staffUser()));
        service.store(id, invoiceLines);
    }

    private void bill(long supplier, String vendorReference, LocalDate date, List<DocumentLine> billLines, boolean paid,
                      DemoCompanies demo) {
        String number = numbers.next(DocumentNumbers.Series.VENDOR_BILL, date);
        long id = invoices.insert(new NewInvoice(number, Direction.IN, InvoiceKind.INVOICE, supplier, null, null,
                vendorReference, date, date.plusDays(30), null, Formats.EURO, demo.staffUser()));
        BigDecimal total = service.store(id, billLines).total();
        invoices.post(id, null);
        if (paid) {
            pay(id, total, date.plusDays(20), PaymentMethod.BANK_TRANSFER, demo.staffUser());
        }
    }

    private void post(long id, LocalDate date, DemoCompanies demo) {
        invoices.post(id, at(date));
        history.event(DocumentRef.invoice(id), HistoryEvent.SENT, demo.staffUser(), null);
    }

    private void pay(long invoiceId, BigDecimal amount, LocalDate date, PaymentMethod method, long staffUser) {
        LocalDate paidOn = date.isAfter(LocalDate.now(Formats.ZONE)) ? LocalDate.now(Formats.ZONE) : date;
        long paymentId = invoices.insertPayment(new NewPayment(invoiceId, method, null, amount, Formats.EURO,
                "demo:" + invoiceId + ":" + amount + ":" + paidOn, paidOn, null, staffUser));
        invoices.completePayment(paymentId, paidOn, at(paidOn));
        invoices.addPaid(invoiceId, amount, at(paidOn));
        boolean full = invoices.find(invoiceId).map(invoice -> invoice.status() == InvoicePaymentStatus.PAID).orElse(false);
        history.event(DocumentRef.invoice(invoiceId), full ? HistoryEvent.PAID : HistoryEvent.PARTIALLY_PAID, staffUser,
                Formats.money(amount, Locale.GERMAN));
    }

    private void announced(long invoiceId, long customerUser) {
        invoices.find(invoiceId).ifPresent(invoice -> invoices.insertPayment(new NewPayment(invoiceId,
                PaymentMethod.BANK_TRANSFER, BankTransferProvider.CODE, invoice.amountDue(), Formats.EURO,
                "demo-announced:" + invoiceId, null, null, customerUser)));
    }

    private static Instant at(LocalDate date) {
        return date.atTime(10, 0).toInstant(ZoneOffset.UTC);
    }

    private static List<DocumentLine> bakeryLines(int i) {
        List<DocumentLine> result = new ArrayList<>();
        result.add(DocumentLine.section("Kassensystem Filiale Marktplatz"));
        result.add(DocumentLine.product("KS-MIETE", "Kassensystem Miete (Monat)", BigDecimal.ONE, "Monat",
                new BigDecimal("89.00"), BigDecimal.ZERO, STANDARD_TAX));
        result.add(DocumentLine.product("BON-80", "Bonrollen 80 mm, Karton", BigDecimal.valueOf(1 + i % 4), "Karton",
                new BigDecimal("24.90"), i % 3 == 0 ? BigDecimal.TEN : BigDecimal.ZERO, STANDARD_TAX));
        if (i % 2 == 0) {
            result.add(DocumentLine.product("SUP-H", "Support vor Ort", new BigDecimal("1.5"), "Std.",
                    new BigDecimal("75.00"), BigDecimal.ZERO, STANDARD_TAX));
        }
        if (i % 5 == 1) {
            result.add(DocumentLine.product("KAF-1", "Kaffeebohnen Crema, 1 kg", BigDecimal.valueOf(6), "kg",
                    new BigDecimal("16.50"), BigDecimal.ZERO, REDUCED_TAX));
        }
        result.add(DocumentLine.note("Leistungszeitraum wie im Vertrag vereinbart."));
        return result;
    }

    private static List<DocumentLine> cafeLines(int i) {
        return List.of(
                DocumentLine.product("KS-MIETE", "Kassensystem Miete (Monat)", BigDecimal.ONE, "Monat",
                        new BigDecimal("89.00"), BigDecimal.ZERO, STANDARD_TAX),
                DocumentLine.product("TSE-1", "TSE-Zertifikat Verlängerung", BigDecimal.ONE, "Stk.",
                        new BigDecimal("49.00").add(BigDecimal.valueOf(i * 5L)), BigDecimal.ZERO, STANDARD_TAX));
    }

    private static List<DocumentLine> paperLines(int i) {
        return List.of(
                DocumentLine.product("PAP-A4", "Kopierpapier A4, 80 g, Palette", BigDecimal.valueOf(1 + i % 2), "Palette",
                        new BigDecimal("389.00"), BigDecimal.ZERO, STANDARD_TAX),
                DocumentLine.product("BON-80", "Bonrollen 80 mm, Karton", BigDecimal.valueOf(20L + i * 5L), "Karton",
                        new BigDecimal("14.20"), BigDecimal.ZERO, STANDARD_TAX));
    }
}
