package org.kundenportal.invoices.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kundenportal.Mails;
import org.kundenportal.Mails.Attachment;
import org.kundenportal.SpringTest;
import org.kundenportal.TestWorld;
import org.kundenportal.access.AccessFixtures;
import org.kundenportal.base.i18n.Formats;
import org.kundenportal.base.mail.MailAttachment;
import org.kundenportal.base.security.PortalUser;
import org.kundenportal.contacts.domain.CompanyEInvoice;
import org.kundenportal.contacts.domain.ContactRepository;
import org.kundenportal.contacts.domain.ContactService;
import org.kundenportal.documents.domain.DocumentLine;
import org.mustangproject.ZUGFeRD.TransactionCalculator;
import org.mustangproject.ZUGFeRD.ZUGFeRDInvoiceImporter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The invoice mail carries the invoice's e-invoice files, made after the posting from the stored invoice: the
 * ZUGFeRD PDF in the recipient's language for everyone, the XRechnung too for a company that wants it.
 */
class InvoiceMailTest extends SpringTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    InvoiceService service;
    @Autowired
    InvoiceRepository invoices;
    @Autowired
    ContactService contactService;
    @Autowired
    ContactRepository contacts;
    @Autowired
    GreenMail smtp;

    AccessFixtures fixtures;
    PortalUser staff;
    long staffId;

    @BeforeEach
    void fixtures() {
        fixtures = new AccessFixtures(context);
        staff = fixtures.principal(TestWorld.STAFF);
        staffId = staff.id();
    }

    /** A customer of the test's own whose contact person (no portal user) gets the invoice mail. */
    private record Customer(long companyId, long personId, String email) {
    }

    private Customer customer(String language, boolean wantsXRechnung) {
        long companyId = fixtures.customerCompany(AccessFixtures.uniqueName("Rechnungsempfänger"));
        contactService.save(staff, contacts.find(companyId).orElseThrow(),
                new CompanyEInvoice("", wantsXRechnung));
        String email = AccessFixtures.uniqueEmail("invoice-mail");
        return new Customer(companyId, fixtures.person(companyId, "Rita Rechnung", email, language), email);
    }

    /** A draft of 100.00 net + 19 % = 119.00 for the customer, posted and sent as staff do it. */
    private Invoice postAndSend(Customer customer) {
        LocalDate today = LocalDate.now(Formats.ZONE);
        long id = service.put(new InvoiceImport("MAIL-" + System.nanoTime(), "test", Direction.OUT, customer.companyId(),
                customer.personId(), null, "Mailtest", today, null, null, Formats.EURO,
                List.of(DocumentLine.product("T-1", "Testleistung", BigDecimal.ONE, "Stk", new BigDecimal("100.00"),
                        BigDecimal.ZERO, new BigDecimal("19"))), false, List.of()), staffId).id();
        service.postAndSend(id, staffId);
        return invoices.find(id).orElseThrow();
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void theInvoiceMailCarriesTheZugferdPdfInTheRecipientsLanguage() throws Exception {
        Customer customer = customer("en", false);

        Invoice invoice = postAndSend(customer);

        MimeMessage mail = Mails.awaitMailTo(smtp, customer.email());
        assertThat(Mails.subject(mail)).contains(invoice.number());
        assertThat(Mails.text(mail)).contains("Hello Rita Rechnung").contains("119.00");
        List<Attachment> files = Mails.attachments(mail);
        assertThat(files).extracting(Attachment::fileName).containsExactly(invoice.number() + ".pdf");
        assertThat(files.getFirst().contentType()).startsWith("application/pdf");
        byte[] pdf = files.getFirst().content();
        // a one-page invoice with its embedded fonts and XML; mail servers refuse far larger mails
        assertThat(pdf.length).isLessThan(500_000);
        org.mustangproject.Invoice read = new ZUGFeRDInvoiceImporter(new ByteArrayInputStream(pdf)).extractInvoice();
        assertThat(read.getNumber()).isEqualTo(invoice.number());
        assertThat(new TransactionCalculator(read).getGrandTotal()).isEqualByComparingTo("119.00");
        assertThat(text(pdf)).contains("Due date").doesNotContain("Fällig am");
    }

    @Test
    void aCompanyThatWantsXRechnungGetsTheXmlBesideThePdf() throws Exception {
        Customer customer = customer("de", true);

        Invoice invoice = postAndSend(customer);

        List<Attachment> files = Mails.attachments(Mails.awaitMailTo(smtp, customer.email()));
        assertThat(files).extracting(Attachment::fileName)
                .containsExactly(invoice.number() + ".pdf", invoice.number() + ".xml");
        Attachment xml = files.get(1);
        assertThat(xml.contentType()).startsWith("application/xml");
        assertThat(new String(xml.content(), StandardCharsets.UTF_8)).contains("urn:xeinkauf.de:kosit:xrechnung_3.0");
        ZUGFeRDInvoiceImporter importer = new ZUGFeRDInvoiceImporter();
        importer.setRawXML(xml.content());
        org.mustangproject.Invoice read = importer.extractInvoice();
        assertThat(read.getNumber()).isEqualTo(invoice.number());
        assertThat(new TransactionCalculator(read).getGrandTotal()).isEqualByComparingTo("119.00");
        assertThat(text(files.getFirst().content())).contains("Fällig am");
    }

    @Test
    void whenAFileCannotBeMadeTheMailGoesWithoutIt() {
        Customer customer = customer("de", true);
        Invoice invoice = postAndSend(customer);
        EInvoiceFiles broken = new EInvoiceFiles() {
            @Override
            public Optional<byte[]> zugferdPdf(String number, Locale locale) {
                throw new IllegalStateException("PDF/A conversion failed");
            }

            @Override
            public Optional<byte[]> xrechnung(String number, Locale locale) {
                return Optional.of("<xml/>".getBytes(StandardCharsets.UTF_8));
            }
        };

        List<MailAttachment> files = new InvoiceMailFiles(broken, contactService).of(invoice).apply("de");

        assertThat(files).extracting(MailAttachment::fileName).containsExactly(invoice.number() + ".xml");
    }
}
