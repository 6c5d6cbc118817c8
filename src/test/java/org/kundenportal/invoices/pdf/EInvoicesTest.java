package org.kundenportal.invoices.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kundenportal.db.Tables.INVOICE;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.kundenportal.SpringTest;
import org.kundenportal.TestWorld;
import org.kundenportal.base.security.PortalScope;
import org.kundenportal.documents.domain.DocumentLine;
import org.kundenportal.documents.einvoice.EInvoiceData;
import org.kundenportal.documents.einvoice.EInvoiceValidation;
import org.kundenportal.documents.einvoice.EInvoices;
import org.kundenportal.documents.pdf.PdfRenderer;
import org.kundenportal.documents.pdf.Viewer;
import org.kundenportal.documents.ui.PdfLinks;
import org.kundenportal.invoices.InvoiceFixtures;
import org.kundenportal.invoices.domain.Direction;
import org.kundenportal.invoices.domain.InvoiceKind;
import org.kundenportal.orders.OrderFixtures;
import org.kundenportal.quotes.QuoteFixtures;
import org.kundenportal.quotes.domain.Quote;
import org.kundenportal.quotes.domain.QuoteService;
import org.mustangproject.ZUGFeRD.Profiles;
import org.mustangproject.ZUGFeRD.ZUGFeRD2PullProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Invoices of every kind as e-invoices, through the Mustang validator (XML schema, EN 16931 and XRechnung Schematron,
 * and veraPDF for PDF/A-3).
 */
class EInvoicesTest extends SpringTest {

    private static final List<Locale> LANGUAGES = List.of(Locale.GERMAN, Locale.ENGLISH);

    @Autowired
    InvoicePdfs invoicePdfs;
    @Autowired
    PdfRenderer renderer;
    @Autowired
    EInvoices eInvoices;
    @Autowired
    DSLContext db;
    @Autowired
    ApplicationContext context;

    private static Viewer staff(Locale locale) {
        return new Viewer(true, PortalScope.staff(), Set.of(), Set.of(), locale);
    }

    /** The validator's errors when it found any; null when the file is valid. */
    static String problems(byte[] file, String name) {
        List<String> errors = EInvoiceValidation.errors(file, name);
        return errors.isEmpty() ? null : String.join("\n", errors);
    }

    /**
     * Posted customer invoices of every kind and shape: sections, notes, discounts and two tax rates, paid in part
     * and in full, made from a sales order, the prepayment of an accepted quote, a credit note, and one of a
     * partner's customer without portal users.
     */
    private List<String> postedInvoices() {
        InvoiceFixtures invoices = new InvoiceFixtures(context);
        long customer = world.customer().companyId();
        List<DocumentLine> mixed = List.of(DocumentLine.section("Kassensystem Filiale"),
                DocumentLine.product("KS-MIETE", "Kassensystem Miete (Monat)", BigDecimal.ONE, "Monat",
                        new BigDecimal("89.00"), BigDecimal.ZERO, new BigDecimal("19")),
                DocumentLine.product("BON-80", "Bonrollen 80 mm, Karton", new BigDecimal("3"), "Karton",
                        new BigDecimal("24.90"), BigDecimal.TEN, new BigDecimal("19")),
                DocumentLine.product("KAF-1", "Kaffeebohnen Crema, 1 kg", new BigDecimal("6"), "kg",
                        new BigDecimal("16.50"), BigDecimal.ZERO, new BigDecimal("7")),
                DocumentLine.note("Leistungszeitraum wie im Vertrag vereinbart."));
        List<String> numbers = new ArrayList<>();
        numbers.add(invoices.posted(customer, InvoiceKind.INVOICE, mixed).number());
        numbers.add(invoices.partiallyPaid(customer).number());
        numbers.add(invoices.paid(world.customer2().companyId()).number());
        numbers.add(invoices.overdue(world.partnerCustomer().companyId()).number());
        numbers.add(invoices.posted(world.partnerCustomer2().id(), InvoiceKind.INVOICE, mixed).number());
        numbers.add(invoices.fromOrder(new OrderFixtures(context).confirmed(customer).id()).number());
        numbers.add(invoices.posted(customer, InvoiceKind.CREDIT_NOTE, mixed).number());
        QuoteFixtures quotes = new QuoteFixtures(context);
        Quote quote = quotes.sent(customer, false, true);
        numbers.add(context.getBean(QuoteService.class).accept(quotes.scope(TestWorld.CUSTOMER), quote.id(),
                world.customer().userId(), "Clara Kunde", null, null).prepaymentInvoiceNumber());
        return numbers;
    }

    @Test
    void everyKindOfPostedInvoiceInBothLanguagesGivesAValidEn16931XmlAndAValidXRechnung() {
        List<String> numbers = postedInvoices();
        assertThat(numbers).hasSize(8).doesNotContainNull();
        List<String> invalid = new ArrayList<>();
        for (String number : numbers) {
            for (Locale locale : LANGUAGES) {
                EInvoiceData data = invoicePdfs.eInvoice(number, staff(locale)).orElseThrow();
                ZUGFeRD2PullProvider facturX = new ZUGFeRD2PullProvider();
                facturX.setProfile(Profiles.getByName("EN16931"));
                facturX.generateXML(data.toMustang());
                String cii = problems(facturX.getXML(), number + "-factur-x.xml");
                String xrechnung = problems(eInvoices.xrechnung(data), number + "-xrechnung.xml");
                if (cii != null) {
                    invalid.add(number + " " + locale + " ZUGFeRD XML: " + cii);
                }
                if (xrechnung != null) {
                    invalid.add(number + " " + locale + " XRechnung: " + xrechnung);
                }
            }
        }
        assertThat(invalid).isEmpty();
    }

    @Test
    void theZugferdPdfOfEachKindOfInvoiceIsPdfA3WithItsXmlInBothLanguages() {
        List<String> posted = postedInvoices();
        List<String> numbers = db.select(INVOICE.NUMBER).from(INVOICE)
                .where(INVOICE.NUMBER.in(posted), INVOICE.ID.in(db.select(org.jooq.impl.DSL.min(INVOICE.ID)).from(INVOICE)
                        .where(INVOICE.NUMBER.in(posted)).groupBy(INVOICE.KIND)))
                .fetch(INVOICE.NUMBER);
        assertThat(numbers).hasSize(InvoiceKind.values().length);
        for (String number : numbers) {
            for (Locale locale : LANGUAGES) {
                Viewer viewer = staff(locale);
                byte[] pdf = eInvoices.zugferd(renderer.render(invoicePdfs.document(PdfLinks.Kind.INVOICE, number, viewer).orElseThrow()),
                        invoicePdfs.eInvoice(number, viewer).orElseThrow());
                assertThat(problems(pdf, number + ".pdf")).as(number + " " + locale).isNull();
                assertThat(new String(pdf, StandardCharsets.ISO_8859_1)).contains("factur-x.xml");
            }
        }
    }

    @Test
    void draftsCancelledInvoicesAndVendorBillsAreNoEInvoicesOfOurs() {
        InvoiceFixtures invoices = new InvoiceFixtures(context);
        List<String> others = List.of(invoices.draft(world.customer().companyId()).number(),
                invoices.cancelled(world.customer().companyId()).number(),
                invoices.posted(world.supplier().companyId(), InvoiceKind.INVOICE, Direction.IN, new BigDecimal("80.00")).number());
        assertThat(others).allSatisfy(number ->
                assertThat(invoicePdfs.eInvoice(number, staff(Locale.GERMAN))).isEmpty());
    }
}
