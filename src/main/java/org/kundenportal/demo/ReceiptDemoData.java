package org.kundenportal.demo;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.kundenportal.base.i18n.Formats;
import org.kundenportal.documents.domain.DocumentLine;
import org.kundenportal.documents.domain.Totals;
import org.kundenportal.receipts.domain.EmployeeService;
import org.kundenportal.receipts.domain.NewReceipt;
import org.kundenportal.receipts.domain.PaymentMethod;
import org.kundenportal.receipts.domain.ReceiptPayment;
import org.kundenportal.receipts.domain.ReceiptService;
import org.kundenportal.receipts.domain.ReceiptType;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Two registers, cashiers of both receipt types and enough receipts for the bakery that its list pages (64),
 * plus a few for the café. A fixed seed keeps the receipts the same on every installation.
 */
@Component
@Order(70)
class ReceiptDemoData implements DemoDataPart {

    static final int BAKERY_RECEIPTS = 64;
    static final int CAFE_RECEIPTS = 8;

    private record Product(String code, String name, String price, String taxRate) {
    }

    private static final List<Product> PRODUCTS = List.of(
            new Product("BR-100", "Roggenmischbrot 1 kg", "3.95", "7"),
            new Product("BR-120", "Dinkelvollkornbrot", "4.60", "7"),
            new Product("BR-200", "Laugenbrezel", "0.85", "7"),
            new Product("KU-310", "Apfelkuchen, Stück", "2.90", "7"),
            new Product("KA-010", "Milchkaffee", "3.10", "19"),
            new Product("KA-020", "Espresso", "2.20", "19"),
            new Product("VE-500", "Kassenrolle 80 mm (10 Stück)", "14.90", "19"),
            new Product("VE-510", "Bon-Drucker Reinigungskarte", "9.50", "19"));

    private final ReceiptService receipts;
    private final EmployeeService employees;

    ReceiptDemoData(ReceiptService receipts, EmployeeService employees) {
        this.receipts = receipts;
        this.employees = employees;
    }

    @Override
    public void load(DemoCompanies demo) {
        long[] registers = {
                receipts.register("K1", "Kasse 1 – Verkaufsraum", "Hauptstraße 12, Verkaufsraum"),
                receipts.register("K2", "Kasse 2 – Café", "Hauptstraße 12, Café")};
        long[] cashiers = {
                employees.put("EMP-1001", null, "Julia Hartmann", "MA-1001", ReceiptType.NAME, true).id(),
                employees.put("EMP-1002", null, "Tobias Keller", "MA-1002", ReceiptType.REFERENCE, true).id(),
                employees.put("EMP-1003", null, "Miriam Schulz", "MA-1003", ReceiptType.NAME, true).id()};

        Random random = new Random(20261129L);
        Instant now = LocalDate.now(Formats.ZONE).atTime(18, 0).atZone(Formats.ZONE).toInstant();
        int year = LocalDate.now(Formats.ZONE).getYear();
        int total = BAKERY_RECEIPTS + CAFE_RECEIPTS;
        for (int i = 0; i < total; i++) {
            long company = i % 9 == 8 ? demo.cafe() : demo.bakery();
            // oldest first, so numbers rise with the date
            Instant date = now.minus(Duration.ofHours(7L * (total - i))).minus(Duration.ofMinutes(random.nextInt(300)));
            List<DocumentLine> lines = lines(random);
            receipts.record(new NewReceipt("BON-%d-%05d".formatted(year, i + 1), company, registers[i % 2],
                    cashiers[i % 3], date, i % 7 == 0 ? "WEB-%d-%05d".formatted(year, i + 1) : null, lines,
                    payments(random, Totals.of(lines).total())));
        }
    }

    private static List<DocumentLine> lines(Random random) {
        List<DocumentLine> lines = new ArrayList<>();
        int count = 1 + random.nextInt(4);
        for (int i = 0; i < count; i++) {
            Product product = PRODUCTS.get(random.nextInt(PRODUCTS.size()));
            BigDecimal discount = random.nextInt(6) == 0 ? BigDecimal.TEN : BigDecimal.ZERO;
            lines.add(DocumentLine.product(product.code(), product.name(), BigDecimal.valueOf(1 + random.nextInt(5)), null,
                    new BigDecimal(product.price()), discount, new BigDecimal(product.taxRate())));
        }
        return lines;
    }

    private static List<ReceiptPayment> payments(Random random, BigDecimal total) {
        PaymentMethod method = PaymentMethod.values()[random.nextInt(PaymentMethod.values().length)];
        if (method == PaymentMethod.VOUCHER && total.compareTo(BigDecimal.TEN) > 0) {
            // a voucher rarely covers everything: the rest is paid by card
            return List.of(new ReceiptPayment(PaymentMethod.CARD, total.subtract(BigDecimal.TEN)),
                    new ReceiptPayment(PaymentMethod.VOUCHER, BigDecimal.TEN));
        }
        return List.of(new ReceiptPayment(method, total));
    }
}
