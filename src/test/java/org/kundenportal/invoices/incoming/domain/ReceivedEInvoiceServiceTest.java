package org.kundenportal.invoices.incoming.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kundenportal.db.Tables.HISTORY_ENTRY;
import static org.kundenportal.db.Tables.INVOICE;
import static org.kundenportal.db.Tables.RECEIVED_EINVOICE;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathFactory;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kundenportal.SpringTest;
import org.kundenportal.TestWorld;
import org.kundenportal.base.security.Hashes;
import org.kundenportal.base.security.PortalScope;
import org.kundenportal.base.security.PortalScopeService;
import org.kundenportal.base.validation.RefusedException;
import org.kundenportal.documents.domain.DocumentLine;
import org.kundenportal.documents.domain.DocumentLines;
import org.kundenportal.documents.domain.DocumentRef;
import org.kundenportal.documents.domain.DocumentType;
import org.kundenportal.documents.domain.HistoryEvent;
import org.kundenportal.documents.domain.Totals;
import org.kundenportal.invoices.domain.Direction;
import org.kundenportal.invoices.domain.Invoice;
import org.kundenportal.invoices.domain.InvoiceRepository;
import org.kundenportal.invoices.domain.InvoiceState;
import org.kundenportal.invoices.incoming.ReceivedEInvoiceFixtures.Supplier;
import org.kundenportal.invoices.incoming.ReceivedEInvoiceFixtures;
import org.kundenportal.users.domain.UserRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.w3c.dom.Document;

class ReceivedEInvoiceServiceTest extends SpringTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    ReceivedEInvoiceService service;
    @Autowired
    ReceivedEInvoiceRepository files;
    @Autowired
    InvoiceRepository invoices;
    @Autowired
    DocumentLines lines;
    @Autowired
    DSLContext db;
    @Autowired
    UserRepository users;
    @Autowired
    PortalScopeService scopes;

    ReceivedEInvoiceFixtures fixtures;
    Supplier supplier;
    long staffId;

    @BeforeEach
    void setUp() {
        fixtures = new ReceivedEInvoiceFixtures(context);
        supplier = fixtures.supplier();
        staffId = users.findPrincipal(TestWorld.STAFF).orElseThrow().id();
    }

    private PortalScope scopeOf(Supplier who) {
        return scopes.scopeOf(users.findPrincipal(who.email()).orElseThrow());
    }

    private long upload(String fileName, byte[] file) {
        return service.upload(scopeOf(supplier), supplier.companyId(), fileName, file, supplier.userId());
    }

    private int filesOfTheSupplier() {
        return db.fetchCount(RECEIVED_EINVOICE, RECEIVED_EINVOICE.SUPPLIER_COMPANY_ID.eq(supplier.companyId()));
    }

    /** An amount as the file itself states it, read with plain XPath rather than our reader. */
    private static BigDecimal stated(byte[] xml, String element) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        return new BigDecimal(XPathFactory.newInstance().newXPath()
                .evaluate("(//*[local-name()='" + element + "'])[1]", document).strip());
    }

    /** Posts the file and checks that the bill has the file's header, lines and totals; returns the bill. */
    private Invoice postAndCompare(long id, byte[] xml, String number) throws Exception {
        String billNumber = service.post(id, staffId);

        Invoice bill = invoices.find(billNumber, PortalScope.staff(), true).orElseThrow();
        assertThat(bill.direction()).isEqualTo(Direction.IN);
        assertThat(bill.state()).isEqualTo(InvoiceState.POSTED);
        assertThat(bill.companyId()).isEqualTo(supplier.companyId());
        assertThat(bill.reference()).isEqualTo(number);
        assertThat(bill.invoiceDate()).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(bill.dueDate()).isEqualTo(LocalDate.of(2026, 12, 4));
        assertThat(bill.currency().getCurrencyCode()).isEqualTo("EUR");
        Record amounts = db.select(INVOICE.AMOUNT_UNTAXED, INVOICE.AMOUNT_TAX, INVOICE.AMOUNT_TOTAL).from(INVOICE)
                .where(INVOICE.ID.eq(bill.id())).fetchSingle();
        assertThat(amounts.get(INVOICE.AMOUNT_UNTAXED)).isEqualByComparingTo(stated(xml, "TaxBasisTotalAmount"));
        assertThat(amounts.get(INVOICE.AMOUNT_TAX)).isEqualByComparingTo(stated(xml, "TaxTotalAmount"));
        assertThat(amounts.get(INVOICE.AMOUNT_TOTAL)).isEqualByComparingTo(stated(xml, "GrandTotalAmount"));
        assertThat(bill.amountDue()).isEqualByComparingTo(stated(xml, "DuePayableAmount"));

        List<DocumentLine> billLines = lines.of(DocumentRef.invoice(bill.id()));
        assertThat(billLines).extracting(DocumentLine::description)
                .containsExactly("Thermorollen 80 mm", "Kaffee 500 g");
        assertThat(billLines).extracting(DocumentLine::productCode).containsExactly("TR-80", null);
        assertThat(billLines).extracting(DocumentLine::unit).containsExactly("H87", "XCT");
        assertThat(billLines).extracting(line -> line.quantity().stripTrailingZeros().toPlainString())
                .containsExactly("3", "2");
        assertThat(billLines).extracting(line -> line.unitPrice().toPlainString()).containsExactly("12.40", "4.20");
        assertThat(billLines).extracting(line -> line.taxRate().stripTrailingZeros().toPlainString())
                .containsExactly("19", "7");
        Totals totals = Totals.of(billLines);
        assertThat(totals.taxes()).extracting(tax -> tax.rate().toPlainString() + ": " + tax.base() + " / " + tax.tax())
                .containsExactly("7: 8.40 / 0.59", "19: 37.20 / 7.07");

        ReceivedEInvoice file = files.find(id, PortalScope.staff()).orElseThrow();
        assertThat(file.state()).isEqualTo(ReceivedEInvoiceState.POSTED);
        assertThat(file.invoiceId()).isEqualTo(bill.id());
        assertThat(file.billNumber()).isEqualTo(billNumber);
        assertThat(db.select(HISTORY_ENTRY.BODY).from(HISTORY_ENTRY)
                .where(HISTORY_ENTRY.DOCUMENT_TYPE.eq(DocumentType.INVOICE), HISTORY_ENTRY.DOCUMENT_ID.eq(bill.id()),
                        HISTORY_ENTRY.EVENT.eq(HistoryEvent.RECEIVED.name()))
                .fetch(HISTORY_ENTRY.BODY))
                .containsExactly(file.fileName() + " · SHA-256 " + file.sha256());
        return bill;
    }

    @Test
    void aReceivedXRechnungBecomesAVendorBillWithTheFilesLinesAndTotals() throws Exception {
        String number = ReceivedEInvoiceFixtures.uniqueNumber();
        byte[] xml = ReceivedEInvoiceFixtures.xrechnung(fixtures.invoice(supplier, number));

        long id = upload("C:\\Rechnungen\\" + number + ".xml", xml);

        ReceivedEInvoice file = files.find(id, PortalScope.staff()).orElseThrow();
        assertThat(file.state()).isEqualTo(ReceivedEInvoiceState.RECEIVED);
        assertThat(file.fileName()).isEqualTo(number + ".xml");
        assertThat(file.mediaType()).isEqualTo("application/xml");
        assertThat(file.invoiceNumber()).isEqualTo(number);
        assertThat(file.sha256()).isEqualTo(Hashes.sha256Hex(xml));
        assertThat(files.content(id, PortalScope.staff())).hasValueSatisfying(bytes -> assertThat(bytes).isEqualTo(xml));
        assertThat(file.validationErrors()).isEmpty();
        assertThat(service.checks(file, service.read(xml))).isEmpty();

        postAndCompare(id, xml, number);
    }

    @Test
    void aReceivedZugferdPdfBecomesAVendorBillWithTheFilesLinesAndTotals() throws Exception {
        String number = ReceivedEInvoiceFixtures.uniqueNumber();
        byte[] pdf = ReceivedEInvoiceFixtures.zugferdPdf(fixtures.invoice(supplier, number));

        long id = upload(number + ".pdf", pdf);

        ReceivedEInvoice file = files.find(id, PortalScope.staff()).orElseThrow();
        assertThat(file.mediaType()).isEqualTo("application/pdf");
        assertThat(files.content(id, PortalScope.staff())).hasValueSatisfying(bytes -> assertThat(bytes).isEqualTo(pdf));
        var read = service.read(pdf);
        assertThat(read.embeddedInPdf()).isTrue();
        assertThat(read.bankAccount().iban()).isEqualTo("DE02120300000000202051");
        assertThat(read.bankAccount().bic()).isEqualTo("BYLADEM1001");
        assertThat(read.seller().vatId()).isEqualTo(supplier.vatId());

        byte[] xml = ReceivedEInvoiceFixtures.xrechnung(fixtures.invoice(supplier, number));
        postAndCompare(id, xml, number);
    }

    @Test
    void anXRechnungInUblSyntaxIsReadToo() throws Exception {
        String number = ReceivedEInvoiceFixtures.uniqueNumber();
        byte[] ubl = ReceivedEInvoiceFixtures.xrechnungUbl(fixtures.invoice(supplier, number));
        assertThat(new String(ubl, StandardCharsets.UTF_8)).contains("urn:oasis:names:specification:ubl");

        long id = upload(number + ".xml", ubl);

        var read = service.read(ubl);
        assertThat(read.syntax()).isEqualTo("UBL");
        assertThat(read.totals().gross()).isEqualByComparingTo("53.26");
        assertThat(read.lines()).hasSize(2);
        String billNumber = service.post(id, staffId);
        assertThat(invoices.find(billNumber, PortalScope.staff(), true).orElseThrow().total())
                .isEqualByComparingTo("53.26");
    }

    @Test
    void brokenFilesAreRefusedWithTheirReasonAndNothingIsStored() {
        byte[] xml = ReceivedEInvoiceFixtures.xrechnung(fixtures.invoice(supplier, ReceivedEInvoiceFixtures.uniqueNumber()));
        byte[] random = new byte[4096];
        new Random(42).nextBytes(random);
        random[0] = 'x';

        assertRefused(random, "einvoice.in.unreadable.format");
        assertRefused(ReceivedEInvoiceFixtures.plainPdf(), "einvoice.in.unreadable.no-xml");
        assertRefused(Arrays.copyOf(xml, xml.length / 2), "einvoice.in.unreadable.xml");
        assertRefused("<?xml version=\"1.0\"?><order><id>4711</id></order>".getBytes(StandardCharsets.UTF_8),
                "einvoice.in.unreadable.not-invoice");
        assertRefused(new byte[0], "einvoice.in.empty-file");
        org.mustangproject.Invoice creditNote = fixtures.invoice(supplier, ReceivedEInvoiceFixtures.uniqueNumber());
        creditNote.setCreditNote();
        assertRefused(ReceivedEInvoiceFixtures.xrechnung(creditNote), "einvoice.in.unreadable.credit-note");
        byte[] pdf = ReceivedEInvoiceFixtures.zugferdPdf(fixtures.invoice(supplier, ReceivedEInvoiceFixtures.uniqueNumber()));
        assertRefused(Arrays.copyOf(pdf, pdf.length / 3), "einvoice.in.unreadable.no-xml");

        assertThat(filesOfTheSupplier()).isZero();
    }

    private void assertRefused(byte[] file, String messageKey) {
        assertThatThrownBy(() -> upload("broken.xml", file))
                .isInstanceOfSatisfying(RefusedException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo(messageKey));
    }

    @Test
    void theSameFileOrTheSameInvoiceNumberIsRefusedUntilRejected() {
        String number = ReceivedEInvoiceFixtures.uniqueNumber();
        byte[] xml = ReceivedEInvoiceFixtures.xrechnung(fixtures.invoice(supplier, number));
        byte[] pdf = ReceivedEInvoiceFixtures.zugferdPdf(fixtures.invoice(supplier, number));
        long id = upload("first.xml", xml);

        assertRefused(xml, "einvoice.in.duplicate-file");
        assertThatThrownBy(() -> upload("again.pdf", pdf)).isInstanceOfSatisfying(RefusedException.class,
                refused -> assertThat(refused.messageKey()).isEqualTo("einvoice.in.duplicate-number"));

        service.reject(id, "Bitte mit Bestellnummer neu senden.", staffId);
        assertThat(files.find(id, scopeOf(supplier)).orElseThrow().rejectionReason())
                .isEqualTo("Bitte mit Bestellnummer neu senden.");
        // a corrected file under the same number is welcome now; the very same bytes are not
        assertRefused(xml, "einvoice.in.duplicate-file");
        long corrected = upload("corrected.pdf", pdf);
        assertThat(files.find(corrected, PortalScope.staff()).orElseThrow().state())
                .isEqualTo(ReceivedEInvoiceState.RECEIVED);
        assertThat(filesOfTheSupplier()).isEqualTo(2);
    }

    @Test
    void theDatabaseKeepsTheFileUnchanged() {
        long id = upload("bill.xml", ReceivedEInvoiceFixtures.xrechnung(fixtures.invoice(supplier,
                ReceivedEInvoiceFixtures.uniqueNumber())));

        assertThatThrownBy(() -> db.update(RECEIVED_EINVOICE)
                .set(RECEIVED_EINVOICE.CONTENT, "<Invoice/>".getBytes(StandardCharsets.UTF_8))
                .where(RECEIVED_EINVOICE.ID.eq(id)).execute()).hasMessageContaining("cannot change");
        assertThatThrownBy(() -> db.deleteFrom(RECEIVED_EINVOICE).where(RECEIVED_EINVOICE.ID.eq(id)).execute())
                .hasMessageContaining("cannot be deleted");
        ReceivedEInvoice file = files.find(id, PortalScope.staff()).orElseThrow();
        assertThat(Hashes.sha256Hex(files.content(id, PortalScope.staff()).orElseThrow())).isEqualTo(file.sha256());
    }

    @Test
    void aDecidedFileCannotBeDecidedAgain() {
        long id = upload("bill.xml", ReceivedEInvoiceFixtures.xrechnung(fixtures.invoice(supplier,
                ReceivedEInvoiceFixtures.uniqueNumber())));
        service.post(id, staffId);

        assertThatThrownBy(() -> service.post(id, staffId)).isInstanceOfSatisfying(RefusedException.class,
                refused -> assertThat(refused.messageKey()).isEqualTo("einvoice.in.decided"));
        assertThatThrownBy(() -> service.reject(id, "zu spät", staffId)).isInstanceOfSatisfying(
                RefusedException.class, refused -> assertThat(refused.messageKey()).isEqualTo("einvoice.in.decided"));
        assertThatThrownBy(() -> service.reject(id, " ", staffId)).isInstanceOfSatisfying(
                RefusedException.class, refused -> assertThat(refused.messageKey()).isEqualTo("einvoice.in.reason-required"));
    }

    @Test
    void aFileWhoseTotalsDoNotFollowFromItsLinesIsNotPosted() {
        String number = ReceivedEInvoiceFixtures.uniqueNumber();
        String xml = new String(ReceivedEInvoiceFixtures.xrechnung(fixtures.invoice(supplier, number)),
                StandardCharsets.UTF_8);
        assertThat(xml).contains(">53.26<");
        byte[] wrong = xml.replace(">53.26<", ">63.26<").getBytes(StandardCharsets.UTF_8);
        long id = upload("wrong.xml", wrong);
        ReceivedEInvoice file = files.find(id, PortalScope.staff()).orElseThrow();

        assertThat(service.checks(file, service.read(wrong)))
                .filteredOn(ReceivedEInvoiceChecks.Check::blocksPosting)
                .extracting(ReceivedEInvoiceChecks.Check::messageKey)
                .contains("einvoice.in.check.gross");
        assertThat(file.validationErrors()).isNotEmpty();
        assertThatThrownBy(() -> service.post(id, staffId)).isInstanceOfSatisfying(RefusedException.class,
                refused -> assertThat(refused.messageKey()).isEqualTo("einvoice.in.totals-mismatch"));
        assertThat(files.find(id, PortalScope.staff()).orElseThrow().state()).isEqualTo(ReceivedEInvoiceState.RECEIVED);
        assertThat(db.fetchCount(INVOICE, INVOICE.COMPANY_ID.eq(supplier.companyId()))).isZero();
    }

    @Test
    void aSellerThatIsAnotherCompanyIsShownToStaff() {
        Supplier other = fixtures.supplier();
        byte[] xml = ReceivedEInvoiceFixtures.xrechnung(fixtures.invoice(other, ReceivedEInvoiceFixtures.uniqueNumber()));
        long id = upload("other.xml", xml);

        assertThat(service.checks(files.find(id, PortalScope.staff()).orElseThrow(), service.read(xml)))
                .extracting(ReceivedEInvoiceChecks.Check::messageKey)
                .containsExactly("einvoice.in.check.seller");
    }

    @Test
    void aSupplierSeesOnlyItsOwnCompanysFilesAndUploadsOnlyForIt() {
        Supplier other = fixtures.supplier();
        long id = upload("mine.xml", ReceivedEInvoiceFixtures.xrechnung(fixtures.invoice(supplier,
                ReceivedEInvoiceFixtures.uniqueNumber())));

        assertThat(files.find(id, scopeOf(supplier))).isPresent();
        assertThat(files.find(id, scopeOf(other))).isEmpty();
        assertThat(files.content(id, scopeOf(other))).isEmpty();
        assertThat(files.page(scopeOf(other), null, 0, 50, List.of())).isEmpty();
        assertThat(files.count(scopeOf(supplier), null)).isEqualTo(1);
        assertThat(files.find(id, scopes.scopeOf(users.findPrincipal(TestWorld.CUSTOMER).orElseThrow()))).isEmpty();

        byte[] forOther = ReceivedEInvoiceFixtures.xrechnung(fixtures.invoice(other,
                ReceivedEInvoiceFixtures.uniqueNumber()));
        assertThatThrownBy(() -> service.upload(scopeOf(supplier), other.companyId(), "theirs.xml", forOther,
                supplier.userId())).isInstanceOfSatisfying(RefusedException.class,
                refused -> assertThat(refused.messageKey()).isEqualTo("einvoice.in.not-supplier"));
        assertThat(db.fetchCount(RECEIVED_EINVOICE, RECEIVED_EINVOICE.SUPPLIER_COMPANY_ID.eq(other.companyId())))
                .isZero();
    }
}
