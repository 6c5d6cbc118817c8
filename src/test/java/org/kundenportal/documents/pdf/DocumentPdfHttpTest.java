package org.kundenportal.documents.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kundenportal.FormLoginClient;
import org.kundenportal.SpringTest;
import org.kundenportal.TestWorld;
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
        quote = fixtures.saleOrder(TestWorld.CUSTOMER_COMPANY, "SENT", PdfFixtures.someLines(), null, null);
        order = fixtures.saleOrder(TestWorld.CUSTOMER_COMPANY, "CONFIRMED", PdfFixtures.someLines(), null, null);
        invoice = fixtures.invoice(TestWorld.CUSTOMER_COMPANY, "OUT", "INVOICE", "POSTED", PdfFixtures.someLines(), BigDecimal.ZERO);
        purchaseOrder = fixtures.purchaseOrder(TestWorld.SUPPLIER_COMPANY, "SENT", PdfFixtures.someLines());
    }

    @Test
    void ownersGetEachOfTheFourDocuments() {
        FormLoginClient customer = loggedIn(TestWorld.CUSTOMER);
        FormLoginClient supplier = loggedIn(TestWorld.SUPPLIER);

        assertPdf(customer.getBytes("/documents/quote/" + quote + ".pdf"), quote, "inline");
        assertPdf(customer.getBytes("/documents/order/" + order + ".pdf"), order, "inline");
        assertPdf(customer.getBytes("/documents/invoice/" + invoice + ".pdf?download"), invoice, "attachment");
        assertPdf(supplier.getBytes("/documents/purchase-order/" + purchaseOrder + ".pdf"), purchaseOrder, "inline");
    }

    @Test
    void aPostedInvoiceIsAZugferdPdfAndHasAnXRechnungBesideIt() {
        FormLoginClient customer = loggedIn(TestWorld.CUSTOMER);

        java.net.http.HttpResponse<byte[]> pdf = customer.getBytes("/documents/invoice/" + invoice + ".pdf");
        assertThat(new String(pdf.body(), java.nio.charset.StandardCharsets.ISO_8859_1))
                .contains("factur-x.xml");
        java.net.http.HttpResponse<byte[]> xml = customer.getBytes("/documents/invoice/" + invoice + ".xml");
        assertThat(xml.statusCode()).isEqualTo(200);
        assertThat(xml.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/xml"));
        assertThat(xml.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                disposition -> assertThat(disposition).contains("attachment", invoice + "-xrechnung.xml"));
        assertThat(EInvoiceValidation.errors(xml.body(), invoice + ".xml")).isEmpty();

        assertNotFound(loggedIn(TestWorld.CUSTOMER2), "/documents/invoice/" + invoice + ".xml");
        PdfFixtures fixtures = new PdfFixtures(db, documentLines);
        String bill = fixtures.invoice(TestWorld.SUPPLIER_COMPANY, "IN", "INVOICE", "POSTED", PdfFixtures.someLines(), BigDecimal.ZERO);
        assertNotFound(loggedIn(TestWorld.STAFF), "/documents/invoice/" + bill + ".xml");
    }

    @Test
    void anotherCompanysUserGetsNotFoundForEachDocument() {
        FormLoginClient partner = loggedIn(TestWorld.PARTNER);
        FormLoginClient otherCustomer = loggedIn(TestWorld.CUSTOMER2);
        FormLoginClient supplier = loggedIn(TestWorld.SUPPLIER);
        FormLoginClient customer = loggedIn(TestWorld.CUSTOMER);

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
        String cafeOrder = fixtures.saleOrder(TestWorld.CUSTOMER2_COMPANY, "CONFIRMED", PdfFixtures.someLines(), null, null);

        // Ben Client may see quotes and invoices of his company, but not its orders
        assertNotFound(loggedIn(TestWorld.CUSTOMER2), "/documents/order/" + cafeOrder + ".pdf");
        assertThat(loggedIn(TestWorld.STAFF).getBytes("/documents/order/" + cafeOrder + ".pdf").statusCode()).isEqualTo(200);
    }

    @Test
    void portalUsersGetNoDraftsStaffDo() {
        PdfFixtures fixtures = new PdfFixtures(db, documentLines);
        String draft = fixtures.saleOrder(TestWorld.CUSTOMER_COMPANY, "DRAFT", PdfFixtures.someLines(), null, null);
        String draftInvoice = fixtures.invoice(TestWorld.CUSTOMER_COMPANY, "OUT", "INVOICE", "DRAFT", PdfFixtures.someLines(), BigDecimal.ZERO);
        FormLoginClient customer = loggedIn(TestWorld.CUSTOMER);
        FormLoginClient staff = loggedIn(TestWorld.STAFF);

        assertNotFound(customer, "/documents/quote/" + draft + ".pdf");
        assertNotFound(customer, "/documents/invoice/" + draftInvoice + ".pdf");
        assertPdf(staff.getBytes("/documents/quote/" + draft + ".pdf"), draft, "inline");
        assertPdf(staff.getBytes("/documents/invoice/" + draftInvoice + ".pdf"), draftInvoice, "inline");
    }

    @Test
    void eachNumberAnswersOnlyUnderItsOwnKind() {
        FormLoginClient customer = loggedIn(TestWorld.CUSTOMER);

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
        client.logIn(email, TestWorld.PASSWORD);
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
