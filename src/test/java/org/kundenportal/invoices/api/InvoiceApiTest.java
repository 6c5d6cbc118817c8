package org.kundenportal.invoices.api;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.kundenportal.db.Tables.INVOICE;
import static org.kundenportal.db.Tables.PAYMENT;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import java.util.EnumSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kundenportal.Mails;
import org.kundenportal.TestWorld;
import org.kundenportal.integration.ApiHttp;
import org.kundenportal.integration.ApiHttp.Answer;
import org.kundenportal.integration.ApiTestBase;
import org.kundenportal.invoices.domain.InvoiceRepository;
import org.kundenportal.invoices.ui.InvoiceView;
import org.mustangproject.ZUGFeRD.TransactionCalculator;
import org.mustangproject.ZUGFeRD.ZUGFeRDInvoiceImporter;
import org.kundenportal.integration.domain.ApiClientService;
import org.kundenportal.integration.domain.ApiScope;
import org.kundenportal.users.domain.UserRepository;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The invoices resource over real HTTP, as the ERP would call it, and the payments read back. */
class InvoiceApiTest extends ApiTestBase {

    @Autowired
    InvoiceRepository invoices;
    @Autowired
    GreenMail smtp;

    String externalId;
    String path;

    /** The tests' own API client, created by the test world's admin, with every scope. */
    @BeforeEach
    void ownClient() {
        api = new ApiHttp(port, context.getBean(ApiClientService.class)
                .create(context.getBean(UserRepository.class).findPrincipal(TestWorld.ADMIN).orElseThrow(), "Test-ERP",
                        EnumSet.allOf(ApiScope.class)).token());
    }

    @BeforeEach
    void ids() {
        externalId = unique("ERP-INV");
        path = "/api/v1/invoices/" + externalId;
    }

    /** The example dated today, with its payment of 500.00 or none. */
    private String invoice(String state, boolean payment) {
        String request = InvoiceExamples.REQUEST.replace("2026-12-05", today.toString())
                .replaceFirst("\"company\": \"[^\"]+\"", "\"company\": \"" + TestWorld.CUSTOMER_ERP_ID + "\"")
                .replace("\"state\": \"posted\"", "\"state\": \"" + state + "\"");
        return payment ? request : request.replaceFirst(",\\s*\"payments\": \\[.*]", "");
    }

    private String withPayments(String payments) {
        return invoice("posted", false).replaceFirst("\\s*}$", ", \"payments\": [" + payments + "]}");
    }

    @Test
    void theSameInvoiceTwiceIsWrittenOnceAndAnsweredTheSame() {
        Answer first = api.put(path, invoice("posted", true));
        Answer second = api.put(path, invoice("posted", true));

        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(api.get(path).body()).isEqualTo(first.body());
        long id = db.select(INVOICE.ID).from(INVOICE).where(INVOICE.EXTERNAL_ID.eq(externalId)).fetchSingle(INVOICE.ID);
        assertThat(db.fetchCount(PAYMENT, PAYMENT.INVOICE_ID.eq(id))).isEqualTo(1);

        JsonNode body = first.json();
        assertThat(body.path("number").asString()).startsWith("RE-");
        assertThat(body.path("direction").asString()).isEqualTo("out");
        assertThat(body.path("state").asString()).isEqualTo("posted");
        assertThat(body.path("dueDate").asString()).isEqualTo(today.plusDays(14).toString());
        assertThat(body.path("totals").path("total").decimalValue()).isEqualByComparingTo("1297.00");
        assertThat(body.path("amountPaid").decimalValue()).isEqualByComparingTo("500.00");
        assertThat(body.path("amountDue").decimalValue()).isEqualByComparingTo("797.00");
        assertThat(body.path("paymentStatus").asString()).isEqualTo("partially_paid");
        assertThat(body.path("payments").get(0).path("id").asString()).isEqualTo("BANK-2026-12-07-0042");
        assertThat(body.path("payments").get(0).path("state").asString()).isEqualTo("SUCCEEDED");
    }

    @Test
    void aDraftIsReplacedAndThenPosted() {
        String number = api.put(path, invoice("draft", false)).json().path("number").asString();
        String oneLine = """
                {"company": "TW-CUST-1", "date": "%s", "dueDate": "%s", "state": "draft",
                 "lines": [{"description": "Wartung Dezember", "quantity": 1, "unitPrice": 39.00, "taxRate": 19}]}"""
                .formatted(today, today.plusDays(30));

        Answer replaced = api.put(path, oneLine);
        Answer posted = api.put(path, oneLine.replace("\"draft\"", "\"posted\""));

        assertThat(replaced.status()).isEqualTo(200);
        assertThat(replaced.json().path("number").asString()).isEqualTo(number);
        assertThat(replaced.json().path("lines")).hasSize(1);
        assertThat(replaced.json().path("dueDate").asString()).isEqualTo(today.plusDays(30).toString());
        assertThat(replaced.json().path("state").asString()).isEqualTo("draft");
        assertThat(posted.status()).isEqualTo(200);
        assertThat(posted.json().path("state").asString()).isEqualTo("posted");
        assertThat(posted.json().path("sentAt").asString()).isNotBlank();
    }

    @Test
    void aPostedInvoiceOnlyTakesPayments() {
        api.put(path, invoice("posted", false));

        Answer changed = api.put(path, invoice("posted", false).replace("\"quantity\": 2", "\"quantity\": 3"));
        Answer backToDraft = api.put(path, invoice("draft", false));
        Answer firstPayment = api.put(path, withPayments("{\"id\": \"P1\", \"amount\": 297.00}"));
        Answer rest = api.put(path, withPayments("{\"id\": \"P1\", \"amount\": 297.00}, {\"id\": \"P2\", \"amount\": 1000.00}"));
        Answer again = api.put(path, withPayments("{\"id\": \"P1\", \"amount\": 297.00}, {\"id\": \"P2\", \"amount\": 1000.00}"));

        assertThat(changed.status()).isEqualTo(409);
        assertThat(changed.field("type")).isEqualTo("/api/v1/problems/conflict");
        assertThat(backToDraft.status()).isEqualTo(409);
        assertThat(firstPayment.status()).isEqualTo(200);
        assertThat(firstPayment.json().path("amountDue").decimalValue()).isEqualByComparingTo("1000.00");
        assertThat(rest.json().path("paymentStatus").asString()).isEqualTo("paid");
        assertThat(rest.json().path("amountDue").decimalValue()).isEqualByComparingTo("0.00");
        assertThat(rest.json().path("payments")).hasSize(2);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body()).isEqualTo(rest.body());
    }

    @Test
    void badFieldsAreNamedAndNothingIsWritten() {
        String bad = """
                {"direction": "in", "company": "TW-SUPP-1", "date": "%s", "dueDate": "%s", "state": "posted",
                 "lines": [{"description": "Kassenrollen", "unitPrice": 2.50, "taxRate": 19}]}"""
                .formatted(today, today.minusDays(1));
        String rules = bad.replace("\"unitPrice\": 2.50", "\"quantity\": 100, \"unitPrice\": 2.50");
        String tooMuch = withPayments("{\"id\": \"P1\", \"amount\": 5000.00}");

        Answer shape = api.put(path, bad);
        Answer domain = api.put(path, rules);
        Answer overpaid = api.put(path, tooMuch);

        assertThat(shape.status()).isEqualTo(422);
        assertThat(shape.errorFields()).containsExactly("lines[0].quantity");
        assertThat(domain.status()).isEqualTo(422);
        assertThat(domain.field("type")).isEqualTo("/api/v1/problems/validation");
        assertThat(domain.errorFields()).containsExactly("reference", "dueDate");
        Answer currency = api.put(path, invoice("posted", false).replace("\"state\"", "\"currency\": \"XYZ\", \"state\""));
        assertThat(currency.status()).isEqualTo(422);
        assertThat(currency.errorFields()).containsExactly("currency");
        assertThat(overpaid.status()).isEqualTo(422);
        assertThat(overpaid.errorFields()).containsExactly("payments[0].amount");
        assertThat(api.get(path).status()).isEqualTo(404);
        assertThat(db.fetchCount(INVOICE, INVOICE.EXTERNAL_ID.eq(externalId))).isZero();
    }

    @Test
    void anUnknownCompanyIsA422NamingItAndASupplierGetsNoInvoice() {
        Answer unknown = api.put(path, invoice("posted", false).replace(TestWorld.CUSTOMER_ERP_ID, "NO-SUCH-COMPANY"));
        Answer supplier = api.put(path, invoice("posted", false).replace(TestWorld.CUSTOMER_ERP_ID, TestWorld.SUPPLIER_ERP_ID));

        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.field("type")).isEqualTo("/api/v1/problems/unknown-reference");
        assertThat(unknown.errorFields()).containsExactly("company");
        assertThat(supplier.status()).isEqualTo(422);
        assertThat(supplier.errorFields()).containsExactly("company");
    }

    @Test
    void anInvoiceForTheCustomerIsSeenByItsUserAndNotByAnotherCompany() {
        String number = api.put(path, invoice("posted", true)).json().path("number").asString();

        assertThat(invoices.find(number, scope(TestWorld.CUSTOMER), false)).isPresent();
        assertThat(invoices.find(number, scope(TestWorld.CUSTOMER2), false)).isEmpty();
        login(TestWorld.CUSTOMER);
        navigate("invoices/" + number);
        assertThat(_get(InvoiceView.class).getElement().getTextRecursively()).contains(number, "797,00");
        login(TestWorld.CUSTOMER2);
        navigate("invoices/" + number);
        assertThat(_find(InvoiceView.class)).isEmpty();
    }

    @Test
    void aVendorBillIsSeenByTheSupplier() {
        String bill = """
                {"direction": "in", "company": "TW-SUPP-1", "reference": "PC-2026-1187", "date": "%s",
                 "state": "posted",
                 "lines": [{"description": "Kassenrollen 80 mm", "quantity": 100, "unitPrice": 2.50, "taxRate": 19}]}"""
                .formatted(today);

        Answer answer = api.put(path, bill);

        assertThat(answer.status()).isEqualTo(201);
        String number = answer.json().path("number").asString();
        assertThat(number).startsWith("ER-");
        assertThat(answer.json().path("direction").asString()).isEqualTo("in");
        assertThat(answer.json().has("sentAt")).isFalse();
        assertThat(invoices.find(number, scope(TestWorld.SUPPLIER), false)).isPresent();
        assertThat(invoices.find(number, scope(TestWorld.CUSTOMER), false)).isEmpty();
    }

    @Test
    void aPostedInvoiceIsMailedWithItsPdfAndServedAsZugferdPdfAndXRechnung() throws Exception {
        String number = api.put(path, invoice("posted", false)).json().path("number").asString();

        HttpResponse<byte[]> pdf = api.download(path + "/pdf");
        HttpResponse<byte[]> english = api.download(path + "/pdf?lang=en");
        HttpResponse<byte[]> xml = api.download(path + "/xrechnung");

        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(pdf.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                disposition -> assertThat(disposition).contains("attachment", number + ".pdf"));
        org.mustangproject.Invoice read = new ZUGFeRDInvoiceImporter(new ByteArrayInputStream(pdf.body()))
                .extractInvoice();
        assertThat(read.getNumber()).isEqualTo(number);
        assertThat(new TransactionCalculator(read).getGrandTotal()).isEqualByComparingTo("1297.00");
        assertThat(pdfText(pdf.body())).contains("Fällig am");
        assertThat(pdfText(english.body())).contains("Due date");
        assertThat(xml.statusCode()).isEqualTo(200);
        assertThat(xml.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("application/xml"));
        ZUGFeRDInvoiceImporter xrechnung = new ZUGFeRDInvoiceImporter();
        xrechnung.setRawXML(xml.body());
        assertThat(xrechnung.extractInvoice().getNumber()).isEqualTo(number);

        // posted through the API, mailed as by staff's "post and send": the customer's user gets the PDF
        MimeMessage mail = Mails.to(smtp, TestWorld.CUSTOMER).stream()
                .filter(message -> Mails.subject(message).contains(number)).findFirst().orElseThrow();
        assertThat(Mails.attachments(mail)).extracting(Mails.Attachment::fileName).containsExactly(number + ".pdf");
    }

    @Test
    void theFilesAreRefusedWithoutTokenForUnknownIdsDraftsAndVendorBills() {
        api.put(path, invoice("draft", false));
        String bill = unique("ERP-BILL");
        api.put("/api/v1/invoices/" + bill, """
                {"direction": "in", "company": "TW-SUPP-1", "reference": "PC-2026-1188", "date": "%s",
                 "state": "posted",
                 "lines": [{"description": "Kassenrollen 80 mm", "quantity": 10, "unitPrice": 2.50, "taxRate": 19}]}"""
                .formatted(today));

        Answer anonymous = new ApiHttp(port, null).get(path + "/pdf");
        Answer unknown = api.get("/api/v1/invoices/NO-SUCH-INVOICE/xrechnung");
        Answer draft = api.get(path + "/pdf");
        Answer draftXml = api.get(path + "/xrechnung");
        Answer vendorBill = api.get("/api/v1/invoices/" + bill + "/pdf");
        Answer language = api.get(path + "/pdf?lang=fr");

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.field("type")).isEqualTo("/api/v1/problems/not-found");
        assertThat(draft.status()).isEqualTo(409);
        assertThat(draft.contentType()).startsWith("application/problem+json");
        assertThat(draft.field("detail")).contains("is a draft");
        assertThat(draftXml.status()).isEqualTo(409);
        assertThat(vendorBill.status()).isEqualTo(404);
        assertThat(vendorBill.field("detail")).contains("vendor bill");
        assertThat(language.status()).isEqualTo(422);
        assertThat(language.errorFields()).containsExactly("lang");
    }

    private static String pdfText(byte[] pdf) throws java.io.IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
