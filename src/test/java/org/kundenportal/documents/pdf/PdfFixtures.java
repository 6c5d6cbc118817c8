package org.kundenportal.documents.pdf;

import static org.kundenportal.db.Tables.CONTACT;
import static org.kundenportal.db.Tables.INVOICE;
import static org.kundenportal.db.Tables.PURCHASE_ORDER;
import static org.kundenportal.db.Tables.SALE_ORDER;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.kundenportal.TestWorld;
import org.kundenportal.contacts.domain.ContactKind;
import org.kundenportal.documents.domain.DocumentLine;
import org.kundenportal.documents.domain.DocumentLines;
import org.kundenportal.documents.domain.DocumentRef;
import org.kundenportal.documents.domain.SaleOrderState;
import org.kundenportal.documents.domain.Totals;
import org.kundenportal.invoices.domain.Direction;
import org.kundenportal.invoices.domain.InvoiceKind;
import org.kundenportal.invoices.domain.InvoiceState;
import org.kundenportal.purchasing.domain.PurchaseOrderState;

/**
 * Documents of the test world's companies (by name) written straight into the tables, with numbers unique to the test run: the
 * features that create them live on other branches.
 */
public final class PdfFixtures {


    private final DSLContext db;
    private final DocumentLines documentLines;

    public PdfFixtures(DSLContext db, DocumentLines documentLines) {
        this.db = db;
        this.documentLines = documentLines;
    }

    public long company(String name) {
        return db.select(CONTACT.ID).from(CONTACT).where(CONTACT.NAME.eq(name), CONTACT.KIND.eq(ContactKind.COMPANY))
                .fetchSingle(CONTACT.ID);
    }

    public static List<DocumentLine> someLines() {
        return List.of(
                DocumentLine.section("Backwaren"),
                DocumentLine.product("BR-01", "Roggenbrot 1 kg", new BigDecimal("10"), "Stk", new BigDecimal("3.50"),
                        BigDecimal.ZERO, new BigDecimal("7")),
                DocumentLine.product("KM-7", "Knetmaschine Wartung", new BigDecimal("2"), "h", new BigDecimal("85.00"),
                        new BigDecimal("10"), new BigDecimal("19")),
                DocumentLine.note("Lieferung frei Haus"));
    }

    public static List<DocumentLine> manyLines(int count) {
        List<DocumentLine> lines = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            lines.add(DocumentLine.product("P-" + i, "Artikel Nummer " + i, BigDecimal.ONE, "Stk", BigDecimal.TEN,
                    BigDecimal.ZERO, new BigDecimal("19")));
        }
        return lines;
    }

    public String saleOrder(String company, String state, List<DocumentLine> lines, byte[] signature, String signer) {
        String number = number("AN");
        long id = db.insertInto(SALE_ORDER)
                .set(SALE_ORDER.NUMBER, number)
                .set(SALE_ORDER.STATE, SaleOrderState.valueOf(state))
                .set(SALE_ORDER.CUSTOMER_COMPANY_ID, company(company))
                .set(SALE_ORDER.REFERENCE, "Sommerfest")
                .set(SALE_ORDER.QUOTE_DATE, LocalDate.now())
                .set(SALE_ORDER.VALID_UNTIL, LocalDate.now().plusDays(30))
                .set(SALE_ORDER.ORDER_DATE, "CONFIRMED".equals(state) ? LocalDate.now() : null)
                .set(SALE_ORDER.SIGNATURE_PNG, signature)
                .set(SALE_ORDER.SIGNED_NAME, signer)
                .set(SALE_ORDER.SIGNED_AT, signer == null ? null : Instant.parse("2026-03-09T10:15:00Z"))
                .returning(SALE_ORDER.ID).fetchSingle().getId();
        Totals totals = documentLines.replace(DocumentRef.saleOrder(id), lines);
        db.update(SALE_ORDER).set(SALE_ORDER.AMOUNT_TOTAL, totals.total()).where(SALE_ORDER.ID.eq(id)).execute();
        return number;
    }

    public String invoice(String company, String direction, String kind, String state, List<DocumentLine> lines, BigDecimal paid) {
        String number = number("RE");
        long id = db.insertInto(INVOICE)
                .set(INVOICE.NUMBER, number)
                .set(INVOICE.DIRECTION, Direction.valueOf(direction))
                .set(INVOICE.KIND, InvoiceKind.valueOf(kind))
                .set(INVOICE.STATE, InvoiceState.valueOf(state))
                .set(INVOICE.COMPANY_ID, company(company))
                .set(INVOICE.INVOICE_DATE, LocalDate.of(2026, 3, 9))
                .set(INVOICE.DUE_DATE, LocalDate.of(2026, 3, 23))
                .set(INVOICE.AMOUNT_PAID, paid)
                .returning(INVOICE.ID).fetchSingle().getId();
        Totals totals = documentLines.replace(DocumentRef.invoice(id), lines);
        db.update(INVOICE).set(INVOICE.AMOUNT_TOTAL, totals.total()).where(INVOICE.ID.eq(id)).execute();
        return number;
    }

    public String purchaseOrder(String supplier, String state, List<DocumentLine> lines) {
        String number = number("BE");
        long id = db.insertInto(PURCHASE_ORDER)
                .set(PURCHASE_ORDER.NUMBER, number)
                .set(PURCHASE_ORDER.STATE, PurchaseOrderState.valueOf(state))
                .set(PURCHASE_ORDER.SUPPLIER_COMPANY_ID, company(supplier))
                .set(PURCHASE_ORDER.ORDER_DATE, LocalDate.of(2026, 3, 9))
                .returning(PURCHASE_ORDER.ID).fetchSingle().getId();
        documentLines.replace(DocumentRef.purchaseOrder(id), lines.stream()
                .map(line -> line.withExpectedDate(LocalDate.of(2026, 4, 1))).toList());
        return number;
    }

    private static String number(String prefix) {
        return prefix + "-T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }
}
