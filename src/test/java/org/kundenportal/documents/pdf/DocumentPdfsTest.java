package org.kundenportal.documents.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.Locale;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kundenportal.SpringTest;
import org.kundenportal.TestImages;
import org.kundenportal.TestWorld;
import org.kundenportal.base.qr.QrReading;
import org.kundenportal.base.security.PortalUser;
import org.kundenportal.documents.domain.DocumentLines;
import org.kundenportal.documents.domain.EpcPayload;
import org.kundenportal.documents.ui.PdfLinks.Kind;
import org.kundenportal.users.domain.UserRepository;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;

/** The PDFs as their readers get them: parsed back to text, in the reader's language. */
class DocumentPdfsTest extends SpringTest {

    @Autowired
    DocumentPdfs pdfs;
    @Autowired
    UserRepository users;
    @Autowired
    DSLContext db;
    @Autowired
    DocumentLines documentLines;
    PdfFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new PdfFixtures(db, documentLines);
    }

    @Test
    void germanInvoiceShowsNumberCustomerLinesTaxesAndAmountDue() throws IOException {
        String number = fixtures.invoice(TestWorld.CUSTOMER_COMPANY, "OUT", "INVOICE", "POSTED", PdfFixtures.someLines(),
                new BigDecimal("19.52"));

        Parsed pdf = parse(pdf(Kind.INVOICE, number, TestWorld.CUSTOMER));

        assertThat(pdf.pages()).isEqualTo(1);
        assertThat(pdf.text()).contains("Rechnung " + number, TestWorld.CUSTOMER_COMPANY, TestWorld.SELLER,
                "Rechnungsdatum", "09.03.2026", "Fällig am", "23.03.2026",
                "Backwaren", "BR-01", "Roggenbrot 1 kg", "Knetmaschine Wartung", "Lieferung frei Haus",
                "Nettobetrag", "188,00 €", "USt. 7 % auf 35,00 €", "2,45 €", "USt. 19 % auf 153,00 €", "29,07 €",
                "Gesamtbetrag", "219,52 €", "Bezahlt", "19,52 €", "Offener Betrag", "200,00 €",
                "Zahlung per Überweisung", "DE02 2005 0550 1015 8713 93", "Seite 1 von 1");
    }

    @Test
    void englishReaderGetsEnglishLabels() throws IOException {
        String number = fixtures.invoice(TestWorld.CUSTOMER2_COMPANY, "OUT", "INVOICE", "POSTED", PdfFixtures.someLines(),
                BigDecimal.ZERO);

        Parsed pdf = parse(pdf(Kind.INVOICE, number, TestWorld.CUSTOMER2));

        assertThat(pdf.text()).contains("Invoice " + number, TestWorld.CUSTOMER2_COMPANY, "Invoice date", "Net amount",
                "Total", "€219.52", "Amount due", "Payment by bank transfer", "Page 1 of 1");
        assertThat(pdf.text()).doesNotContain("Rechnung", "Seite");
    }

    @Test
    void longInvoiceNumbersItsPagesOnEveryPage() throws IOException {
        String number = fixtures.invoice(TestWorld.CUSTOMER_COMPANY, "OUT", "INVOICE", "POSTED", PdfFixtures.manyLines(80),
                BigDecimal.ZERO);

        byte[] bytes = pdf(Kind.INVOICE, number, TestWorld.CUSTOMER);

        PdfReader reader = new PdfReader(bytes);
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        assertThat(reader.getNumberOfPages()).isEqualTo(3);
        for (int page = 1; page <= 3; page++) {
            assertThat(normalized(extractor.getTextFromPage(page))).contains("Seite " + page + " von 3");
        }
        assertThat(normalized(extractor.getTextFromPage(3))).contains("Artikel Nummer 80", "952,00 €");
    }

    @Test
    void signedOrderShowsWhoSignedWhen() throws IOException {
        String number = fixtures.saleOrder(TestWorld.CUSTOMER_COMPANY, "CONFIRMED", PdfFixtures.someLines(),
                TestImages.png(300, 100), "Clara Kunde");

        Parsed pdf = parse(pdf(Kind.ORDER, number, TestWorld.CUSTOMER));

        assertThat(pdf.text()).contains("Auftragsbestätigung " + number, "Bestelldatum", "Referenz", "Sommerfest",
                "Angenommen und unterschrieben von Clara Kunde am 09.03.2026, 11:15");
    }

    @Test
    void purchaseOrderListsExpectedDatesPerLine() throws IOException {
        String number = fixtures.purchaseOrder(TestWorld.SUPPLIER_COMPANY, "SENT", PdfFixtures.someLines());

        Parsed pdf = parse(pdf(Kind.PURCHASE_ORDER, number, TestWorld.SUPPLIER));

        assertThat(pdf.text()).contains("Bestellung " + number, TestWorld.SUPPLIER_COMPANY, "Erwartet", "01.04.2026");
    }

    @Test
    void invoiceGiroCodeCarriesTheAmountDue() throws Exception {
        String number = fixtures.invoice(TestWorld.CUSTOMER_COMPANY, "OUT", "INVOICE", "POSTED", PdfFixtures.someLines(),
                new BigDecimal("19.52"));

        PdfDocument document = pdfs.document(Kind.INVOICE, number, user(TestWorld.CUSTOMER), Locale.GERMAN).orElseThrow();

        assertThat(QrReading.text(document.transfer().qrPng())).isEqualTo(EpcPayload.creditTransfer(TestWorld.SELLER,
                "DE02200505501015871393", "HASPDEHHXXX", new BigDecimal("200.00"), number));
    }

    @Test
    void paidInvoiceAsksForNoTransfer() {
        String number = fixtures.invoice(TestWorld.CUSTOMER_COMPANY, "OUT", "INVOICE", "POSTED", PdfFixtures.someLines(),
                new BigDecimal("219.52"));

        PdfDocument document = pdfs.document(Kind.INVOICE, number, user(TestWorld.CUSTOMER), Locale.GERMAN).orElseThrow();

        assertThat(document.transfer()).isNull();
    }

    @Test
    void vendorBillAndCreditNoteAskForNoPayment() throws IOException {
        String bill = fixtures.invoice(TestWorld.SUPPLIER_COMPANY, "IN", "INVOICE", "POSTED", PdfFixtures.someLines(), BigDecimal.ZERO);
        String creditNote = fixtures.invoice(TestWorld.CUSTOMER_COMPANY, "OUT", "CREDIT_NOTE", "POSTED", PdfFixtures.someLines(),
                BigDecimal.ZERO);

        String billText = parse(pdf(Kind.INVOICE, bill, TestWorld.STAFF)).text();
        String creditNoteText = parse(pdf(Kind.INVOICE, creditNote, TestWorld.CUSTOMER)).text();

        assertThat(billText).contains("Eingangsrechnung " + bill, TestWorld.SUPPLIER_COMPANY, "Offener Betrag")
                .doesNotContain("Zahlung per Überweisung");
        assertThat(creditNoteText).contains("Gutschrift " + creditNote, "219,52 €")
                .doesNotContain("Offener Betrag", "Zahlung per Überweisung");
    }

    @Test
    void portalUsersNeverGetDraftsButStaffDo() {
        String quote = fixtures.saleOrder(TestWorld.CUSTOMER_COMPANY, "DRAFT", PdfFixtures.someLines(), null, null);

        assertThat(pdfs.pdf(Kind.QUOTE, quote, user(TestWorld.CUSTOMER), Locale.GERMAN)).isEmpty();
        assertThat(pdfs.pdf(Kind.QUOTE, quote, user(TestWorld.STAFF), Locale.GERMAN)).isPresent();
    }

    private byte[] pdf(Kind kind, String number, String email) {
        return pdfs.pdf(kind, number, user(email), Locale.GERMAN).orElseThrow();
    }

    private PortalUser user(String email) {
        return users.findPrincipal(email).orElseThrow();
    }

    private static Parsed parse(byte[] pdf) throws IOException {
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        PdfReader reader = new PdfReader(pdf);
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        return new Parsed(reader.getNumberOfPages(), normalized(text.toString()));
    }

    /** Non-breaking spaces (money) and line breaks read as plain single spaces. */
    private static String normalized(String text) {
        return text.replace('\u00a0', ' ').replaceAll("\\s+", " ");
    }


    private record Parsed(int pages, String text) {
    }
}
