package org.kundenportal.invoices.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kundenportal.db.Tables.APP_USER;
import static org.kundenportal.db.Tables.INVOICE;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.kundenportal.SpringTest;
import org.kundenportal.base.security.PortalScope;
import org.kundenportal.demo.DemoData;
import org.kundenportal.documents.einvoice.EInvoiceData;
import org.kundenportal.documents.einvoice.EInvoiceValidation;
import org.kundenportal.documents.einvoice.EInvoices;
import org.kundenportal.documents.pdf.PdfRenderer;
import org.kundenportal.documents.pdf.Viewer;
import org.kundenportal.documents.ui.PdfLinks;
import org.kundenportal.invoices.domain.Direction;
import org.kundenportal.invoices.domain.InvoiceState;
import org.mustangproject.ZUGFeRD.Profiles;
import org.mustangproject.ZUGFeRD.ZUGFeRD2PullProvider;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The demo invoices as e-invoices, through the Mustang validator (XML schema, EN 16931 and XRechnung Schematron,
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

    private static Viewer staff(Locale locale) {
        return new Viewer(true, PortalScope.staff(), Set.of(), Set.of(), locale);
    }

    /** The validator's errors when it found any; null when the file is valid. */
    static String problems(byte[] file, String name) {
        List<String> errors = EInvoiceValidation.errors(file, name);
        return errors.isEmpty() ? null : String.join("\n", errors);
    }

    /** The posted customer invoices the demo data made (by its staff member), of every kind. */
    private List<String> demoInvoices() {
        Long demoStaff = db.select(APP_USER.ID).from(APP_USER).where(APP_USER.EMAIL.eq(DemoData.STAFF)).fetchSingle(APP_USER.ID);
        return db.select(INVOICE.NUMBER).from(INVOICE)
                .where(INVOICE.DIRECTION.eq(Direction.OUT), INVOICE.STATE.eq(InvoiceState.POSTED), INVOICE.CREATED_BY.eq(demoStaff))
                .orderBy(INVOICE.ID).fetch(INVOICE.NUMBER);
    }

    @Test
    void everyPostedDemoInvoiceInBothLanguagesGivesAValidEn16931XmlAndAValidXRechnung() {
        List<String> numbers = demoInvoices();
        assertThat(numbers).hasSizeGreaterThan(40);
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
        List<String> numbers = db.select(INVOICE.NUMBER).from(INVOICE)
                .where(INVOICE.DIRECTION.eq(Direction.OUT), INVOICE.STATE.eq(InvoiceState.POSTED),
                        INVOICE.ID.in(db.select(org.jooq.impl.DSL.min(INVOICE.ID)).from(INVOICE)
                                .where(INVOICE.DIRECTION.eq(Direction.OUT), INVOICE.STATE.eq(InvoiceState.POSTED)).groupBy(INVOICE.KIND)))
                .fetch(INVOICE.NUMBER);
        assertThat(numbers).isNotEmpty();
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
        List<String> others = db.select(INVOICE.NUMBER).from(INVOICE)
                .where(INVOICE.DIRECTION.eq(Direction.IN).or(INVOICE.STATE.ne(InvoiceState.POSTED))).limit(20).fetch(INVOICE.NUMBER);
        assertThat(others).isNotEmpty().allSatisfy(number ->
                assertThat(invoicePdfs.eInvoice(number, staff(Locale.GERMAN))).isEmpty());
    }
}
