package org.kundenportal.documents.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kundenportal.FormLoginClient;
import org.kundenportal.SpringTest;
import org.kundenportal.demo.DemoData;
import org.kundenportal.documents.domain.DocumentLines;
import org.kundenportal.documents.einvoice.EInvoiceValidation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/** The PDF addresses over real HTTP with real logins: who gets which document, and with which headers. */
class DocumentPdfHttpTest extends SpringTest {

    @Value("${local.server.port}")
    int port;
    @Autowired
    DSLContext db;
    @Autowired
    DocumentLines documentLines;

    String quote;
    String order;
    String invoice;
    String purchaseOrder;

    @BeforeEach
    void documents() {
        PdfFixtures fixtures = new PdfFixtures(db, documentLines);
        quote = fixtures.saleOrder(PdfFixtures.BAKERY, "SENT", PdfFixtures.someLines(), null, null);
        order = fixtures.saleOrder(PdfFixtures.BAKERY, "CONFIRMED", PdfFixtures.someLines(), null, null);
        invoice = fixtures.invoice(PdfFixtures.BAKERY, "OUT", "INVOICE", "POSTED", PdfFixtures.someLines(), BigDecimal.ZERO);
        purchaseOrder = fixtures.purchaseOrder(PdfFixtures.PAPER, "SENT", PdfFixtures.someLines());
    }

    @Test
    void ownersGetEachOfTheFourDocuments() {
        FormLoginClient customer = loggedIn(DemoData.CUSTOMER);
        FormLoginClient supplier = loggedIn(DemoData.SUPPLIER);

        assertPdf(customer.getBytes("/documents/quote/" + quote + ".pdf"), quote, "inline");
        assertPdf(customer.getBytes("/documents/order/" + order + ".pdf"), order, "inline");
        assertPdf(customer.getBytes("/documents/invoice/" + invoice + ".pdf?download"), invoice, "attachment");
        assertPdf(supplier.getBytes("/documents/purchase-order/" + purchaseOrder + ".pdf"), purchaseOrder, "inline");
    }

    @Test
    void aPostedInvoiceIsAZugferdPdfAndHasAnXRechnungBesideIt() {
        FormLoginClient customer = loggedIn(DemoData.CUSTOMER);

        java.net.http.HttpResponse<byte[]> pdf = customer.getBytes("/documents/invoice/" + invoice + ".pdf");
        assertThat(new String(pdf.body(), java.nio.charset.StandardCharsets.ISO_8859_1))
                .contains("factur-x.xml");
        java.net.http.HttpResponse<byte[]> xml = customer.getBytes("/documents/invoice/" + invoice + ".xml");
        assertThat(xml.statusCode()).isEqualTo(200);
        assertThat(xml.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/xml"));
        assertThat(xml.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                disposition -> assertThat(disposition).contains("attachment", invoice + "-xrechnung.xml"));
        assertThat(EInvoiceValidation.errors(xml.body(), invoice + ".xml")).isEmpty();

        assertNotFound(loggedIn(DemoData.CUSTOMER2), "/documents/invoice/" + invoice + ".xml");
        PdfFixtures fixtures = new PdfFixtures(db, documentLines);
        String bill = fixtures.invoice(PdfFixtures.PAPER, "IN", "INVOICE", "POSTED", PdfFixtures.someLines(), BigDecimal.ZERO);
        assertNotFound(loggedIn(DemoData.STAFF), "/documents/invoice/" + bill + ".xml");
    }

    @Test
    void anotherCompanysUserGetsNotFoundForEachDocument() {
        FormLoginClient partner = loggedIn(DemoData.PARTNER);
        FormLoginClient otherCustomer = loggedIn(DemoData.CUSTOMER2);
        FormLoginClient supplier = loggedIn(DemoData.SUPPLIER);
        FormLoginClient customer = loggedIn(DemoData.CUSTOMER);

        for (FormLoginClient stranger : new FormLoginClient[]{partner, otherCustomer, supplier}) {
            assertNotFound(stranger, "/documents/quote/" + quote + ".pdf");
            assertNotFound(stranger, "/documents/order/" + order + ".pdf");
            assertNotFound(stranger, "/documents/invoice/" + invoice + ".pdf");
        }
        assertNotFound(customer, "/documents/purchase-order/" + purchaseOrder + ".pdf");
        assertNotFound(partner, "/documents/purchase-order/" + purchaseOrder + ".pdf");
    }

    @Test
    void customerWithoutTheAreaPermissionGetsNotFound() {
        PdfFixtures fixtures = new PdfFixtures(db, documentLines);
        String cafeOrder = fixtures.saleOrder(PdfFixtures.CAFE, "CONFIRMED", PdfFixtures.someLines(), null, null);

        // Lena Wolf may see quotes and invoices of Café Morgenrot, but not its orders
        assertNotFound(loggedIn(DemoData.CUSTOMER2), "/documents/order/" + cafeOrder + ".pdf");
        assertThat(loggedIn(DemoData.STAFF).getBytes("/documents/order/" + cafeOrder + ".pdf").statusCode()).isEqualTo(200);
    }

    @Test
    void portalUsersGetNoDraftsStaffDo() {
        PdfFixtures fixtures = new PdfFixtures(db, documentLines);
        String draft = fixtures.saleOrder(PdfFixtures.BAKERY, "DRAFT", PdfFixtures.someLines(), null, null);
        String draftInvoice = fixtures.invoice(PdfFixtures.BAKERY, "OUT", "INVOICE", "DRAFT", PdfFixtures.someLines(), BigDecimal.ZERO);
        FormLoginClient customer = loggedIn(DemoData.CUSTOMER);
        FormLoginClient staff = loggedIn(DemoData.STAFF);

        assertNotFound(customer, "/documents/quote/" + draft + ".pdf");
        assertNotFound(customer, "/documents/invoice/" + draftInvoice + ".pdf");
        assertPdf(staff.getBytes("/documents/quote/" + draft + ".pdf"), draft, "inline");
        assertPdf(staff.getBytes("/documents/invoice/" + draftInvoice + ".pdf"), draftInvoice, "inline");
    }

    @Test
    void eachNumberAnswersOnlyUnderItsOwnKind() {
        FormLoginClient customer = loggedIn(DemoData.CUSTOMER);

        assertNotFound(customer, "/documents/quote/" + order + ".pdf");
        assertNotFound(customer, "/documents/order/" + quote + ".pdf");
        assertNotFound(customer, "/documents/purchase-order/" + invoice + ".pdf");
        assertNotFound(customer, "/documents/receipt/" + invoice + ".pdf");
        assertNotFound(customer, "/documents/invoice/NO-SUCH-NUMBER.pdf");
    }

    @Test
    void anonymousVisitorsAreSentToTheLoginWithoutAPdf() {
        HttpResponse<byte[]> response = new FormLoginClient(port).getBytes("/documents/invoice/" + invoice + ".pdf");

        assertThat(response.statusCode()).isIn(302, 401);
        assertThat(response.headers().firstValue("Location").orElse("")).contains("/login");
        assertThat(new String(response.body())).doesNotContain("%PDF");
    }

    private FormLoginClient loggedIn(String email) {
        FormLoginClient client = new FormLoginClient(port);
        client.logIn(email, DemoData.PASSWORD);
        assertThat(client.isLoggedIn()).isTrue();
        return client;
    }

    private static void assertPdf(HttpResponse<byte[]> response, String number, String disposition) {
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(new String(response.body(), 0, 5)).isEqualTo("%PDF-");
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(response.headers().firstValue("Content-Disposition"))
                .hasValue(disposition + "; filename=\"" + number + ".pdf\"");
        assertThat(response.headers().allValues("Cache-Control")).containsExactly("no-store, private");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    private static void assertNotFound(FormLoginClient client, String path) {
        HttpResponse<byte[]> response = client.getBytes(path);
        assertThat(response.statusCode()).as(path).isEqualTo(404);
        assertThat(new String(response.body())).doesNotContain("%PDF");
    }
}
