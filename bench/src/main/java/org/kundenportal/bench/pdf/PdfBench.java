package org.kundenportal.bench.pdf;

import static org.kundenportal.db.Tables.CONTACT;
import static org.kundenportal.db.Tables.INVOICE;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.kundenportal.Application;
import org.kundenportal.base.security.PortalUser;
import org.kundenportal.bench.BenchArgs;
import org.kundenportal.bench.Report;
import org.kundenportal.documents.domain.DocumentLine;
import org.kundenportal.documents.domain.DocumentLines;
import org.kundenportal.documents.domain.DocumentRef;
import org.kundenportal.documents.domain.Totals;
import org.kundenportal.documents.einvoice.EInvoiceData;
import org.kundenportal.documents.einvoice.EInvoices;
import org.kundenportal.documents.pdf.DocumentPdfs;
import org.kundenportal.documents.pdf.PdfDocument;
import org.kundenportal.documents.pdf.PdfRenderer;
import org.kundenportal.documents.ui.PdfLinks;
import org.kundenportal.invoices.domain.Direction;
import org.kundenportal.invoices.domain.InvoiceRepository;
import org.kundenportal.invoices.domain.InvoiceState;
import org.kundenportal.invoices.pdf.InvoiceEInvoices;
import org.kundenportal.users.domain.UserRepository;
import org.openpdf.text.pdf.PdfReader;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Invoice PDFs of 1, 3 and 20 pages through the app's own code, in this JVM: the app's Spring context is started
 * against the bench database (no HTTP involved), and the bench calls what the PDF endpoint calls. Two figures per
 * size, both warm (after a JIT warm-up) and single-threaded on one core:
 * <ul>
 *   <li>render: {@link PdfRenderer#render} of the invoice's {@link PdfDocument}, i.e. OpenPDF's work, the GiroCode
 *   included; its inverse is PDFs per second per core;</li>
 *   <li>with reads: {@link DocumentPdfs#pdf}, what {@code GET /documents/invoice/{number}.pdf} does besides HTTP:
 *   the scope check, reading invoice, lines, settings and user, and rendering.</li>
 * </ul>
 * The invoices ({@code RE-B-PDF-01}, {@code -03}, {@code -20}) belong to the big customer and get as many lines as
 * fill exactly that many pages, found by rendering; they are written on every run, so they follow layout changes.
 */
public final class PdfBench {

    private static final int[] PAGES = {1, 3, 20};

    public static void main(String[] arguments) throws Exception {
        BenchArgs args = BenchArgs.parse(arguments);
        Report report = args.report();
        boolean quick = args.quick();
        // as command line arguments, which win over application.yml (its DB_URL would be empty)
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class).run(
                "--spring.datasource.url=" + args.required("url"),
                "--spring.datasource.username=root",
                "--spring.datasource.password=",
                "--kundenportal.demo-data=false",
                // the bench's own web port: the app that may run meanwhile has the configured one
                "--server.port=0",
                "--server.address=127.0.0.1",
                // the app's libraries have no embedded mail server; the bench's (BenchDatabase) catches any mail
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + args.text("smtp-port", "12525"),
                "--logging.level.root=warn")) {
            new PdfBench(app, quick).run(report);
        }
    }

    private final DocumentPdfs pdfs;
    private final PdfRenderer renderer;
    private final EInvoices eInvoices;
    private final InvoiceEInvoices eInvoiceFiles;
    private final DocumentLines documentLines;
    private final InvoiceRepository invoices;
    private final DSLContext db;
    private final PortalUser user;
    private final long company;
    private final boolean quick;

    private PdfBench(ConfigurableApplicationContext app, boolean quick) {
        this.pdfs = app.getBean(DocumentPdfs.class);
        this.renderer = app.getBean(PdfRenderer.class);
        this.eInvoices = app.getBean(EInvoices.class);
        this.eInvoiceFiles = app.getBean(InvoiceEInvoices.class);
        this.documentLines = app.getBean(DocumentLines.class);
        this.invoices = app.getBean(InvoiceRepository.class);
        this.db = app.getBean(DSLContext.class);
        this.user = app.getBean(UserRepository.class).findPrincipal("bench-user-1@example.com")
                .orElseThrow(() -> new IllegalStateException("No bench data: run bench/run.sh data first"));
        this.company = db.select(CONTACT.COMPANY_ID).from(CONTACT).where(CONTACT.ID.eq(user.contactId()))
                .fetchSingle(CONTACT.COMPANY_ID);
        this.quick = quick;
    }

    private void run(Report report) {
        // an open invoice of the big customer: bank details and GiroCode are on it, as on most invoices sent
        String template = db.select(INVOICE.NUMBER).from(INVOICE)
                .where(INVOICE.COMPANY_ID.eq(company), INVOICE.STATE.eq(InvoiceState.POSTED), INVOICE.AMOUNT_PAID.eq(BigDecimal.ZERO))
                .limit(1).fetchSingle(INVOICE.NUMBER);
        PdfDocument templateDocument = document(template);
        List<DocumentLine> catalog = sampleLines();

        int[] lines = new int[PAGES.length];
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < PAGES.length; i++) {
            lines[i] = linesFor(PAGES[i], templateDocument, catalog);
            numbers.add("RE-B-PDF-%02d".formatted(PAGES[i]));
            store(numbers.get(i), lines(lines[i], catalog));
        }
        // one warm-up for all sizes and both ways, long enough for the JIT on a busy two-core machine
        long until = System.nanoTime() + warmUpSeconds() * 1_000_000_000L;
        while (System.nanoTime() < until) {
            for (String number : numbers) {
                renderer.render(document(number));
            }
        }
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < PAGES.length; i++) {
            String number = numbers.get(i);
            byte[] pdf = pdfs.pdf(PdfLinks.Kind.INVOICE, number, user, Locale.GERMAN).orElseThrow();
            PdfDocument document = document(number);
            double renderMs = time(() -> renderer.render(document));
            EInvoiceData eInvoice = eInvoiceFiles.eInvoice(number, user, Locale.GERMAN).orElseThrow();
            double zugferdMs = time(() -> eInvoices.zugferd(renderer.render(document), eInvoice));
            double fullMs = time(() -> pdfs.pdf(PdfLinks.Kind.INVOICE, number, user, Locale.GERMAN).orElseThrow());
            rows.add(List.of(String.valueOf(pages(pdf)), String.valueOf(lines[i]), "%,d".formatted(pdf.length / 1024),
                    Report.ms(renderMs), "%,.0f".formatted(1000 / renderMs), Report.ms(zugferdMs), Report.ms(fullMs)));
        }
        report.append("## 5. PDF: invoices of 1, 3 and 20 pages\n\n"
                + "The app's own code in the bench JVM (its Spring context against the bench database, no HTTP), warm "
                + "(%d s of warm-up, then 2 s more per size and way), one thread on core 1; median of %d batches. "
                .formatted(warmUpSeconds(), BATCHES)
                + "*Render*: `PdfRenderer.render` "
                + "(OpenPDF, PDF/A-1b, GiroCode included), its inverse is PDFs per second per core. *ZUGFeRD*: render "
                + "and `EInvoices.zugferd` (Mustang makes it PDF/A-3 with the EN 16931 XML inside). *With reads*: "
                + "`DocumentPdfs.pdf`, what `GET /documents/invoice/{number}.pdf` does besides HTTP (scope check, reading "
                + "invoice, lines, settings and user from MariaDB on core 0, rendering, ZUGFeRD). Target: 1 page ≤ 5 ms "
                + "(plain render).\n\n"
                + Report.table(List.of("Pages", "Lines", "KB", "Render ms", "PDFs/s per core", "ZUGFeRD ms",
                "With reads ms"), rows));
    }

    private static final int BATCHES = 15;

    private int warmUpSeconds() {
        return quick ? 5 : 60;
    }

    /** Median per-call time over batches, after a short warm-up of this work; each batch runs for a fixed time. */
    private double time(Supplier<?> work) {
        long warmUpNanos = 2_000_000_000L;
        long batchNanos = (quick ? 100 : 400) * 1_000_000L;
        long until = System.nanoTime() + warmUpNanos;
        while (System.nanoTime() < until) {
            work.get();
        }
        double[] perCall = new double[BATCHES];
        for (int batch = 0; batch < BATCHES; batch++) {
            long started = System.nanoTime();
            int calls = 0;
            do {
                work.get();
                calls++;
            } while (System.nanoTime() - started < batchNanos);
            perCall[batch] = (System.nanoTime() - started) / 1e6 / calls;
        }
        Arrays.sort(perCall);
        return perCall[BATCHES / 2];
    }

    private PdfDocument document(String number) {
        return pdfs.document(PdfLinks.Kind.INVOICE, number, user, Locale.GERMAN).orElseThrow();
    }

    /** Lines of generated bench invoices, to repeat as often as a size needs. */
    private List<DocumentLine> sampleLines() {
        List<DocumentLine> lines = new ArrayList<>();
        for (Long id : db.select(INVOICE.ID).from(INVOICE).where(INVOICE.NUMBER.like("RE-B-0%")).orderBy(INVOICE.ID)
                .limit(50).fetch(INVOICE.ID)) {
            lines.addAll(documentLines.of(DocumentRef.invoice(id)));
        }
        return lines;
    }

    private static List<DocumentLine> lines(int count, List<DocumentLine> catalog) {
        List<DocumentLine> lines = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            lines.add(catalog.get(i % catalog.size()));
        }
        return lines;
    }

    /** The most lines that still fit on that many pages. */
    private int linesFor(int pages, PdfDocument template, List<DocumentLine> catalog) {
        int low = 1;
        int high = 2;
        while (pagesWith(high, template, catalog) <= pages) {
            high *= 2;
        }
        // pages(low) <= pages < pages(high)
        while (high - low > 1) {
            int middle = (low + high) >>> 1;
            if (pagesWith(middle, template, catalog) <= pages) {
                low = middle;
            } else {
                high = middle;
            }
        }
        return low;
    }

    private int pagesWith(int count, PdfDocument t, List<DocumentLine> catalog) {
        List<DocumentLine> lines = lines(count, catalog);
        PdfDocument document = new PdfDocument(t.locale(), t.currency(), t.title(), t.number(), t.meta(), t.seller(),
                t.recipient(), lines, t.expectedDates(), Totals.of(lines), t.extraTotals(), t.paymentTerms(), t.note(),
                t.signature(), t.transfer(), t.directDebit());
        return pages(renderer.render(document));
    }

    private static int pages(byte[] pdf) {
        try (PdfReader reader = new PdfReader(pdf)) {
            return reader.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The invoice with that number, posted and unpaid, for the big customer, with that many lines. */
    private void store(String number, List<DocumentLine> lines) {
        Long id = db.select(INVOICE.ID).from(INVOICE).where(INVOICE.NUMBER.eq(number)).fetchOne(INVOICE.ID);
        if (id == null) {
            LocalDate date = LocalDate.of(2026, 10, 1);
            id = db.insertInto(INVOICE)
                    .set(INVOICE.NUMBER, number)
                    .set(INVOICE.DIRECTION, Direction.OUT)
                    .set(INVOICE.STATE, InvoiceState.POSTED)
                    .set(INVOICE.COMPANY_ID, company)
                    .set(INVOICE.CONTACT_ID, user.contactId())
                    .set(INVOICE.INVOICE_DATE, date)
                    .set(INVOICE.DUE_DATE, date.plusDays(30))
                    .set(INVOICE.SENT_AT, Instant.now())
                    .returning(INVOICE.ID)
                    .fetchSingle(INVOICE.ID);
        }
        Totals totals = documentLines.replace(DocumentRef.invoice(id), lines);
        invoices.setAmounts(id, totals.untaxed(), totals.tax(), totals.total());
    }
}
