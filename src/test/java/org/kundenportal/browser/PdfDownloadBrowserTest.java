package org.kundenportal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kundenportal.TestWorld;
import org.kundenportal.documents.domain.DocumentLines;
import org.kundenportal.documents.pdf.PdfFixtures;
import org.springframework.beans.factory.annotation.Autowired;

/** In Chromium: a logged-in customer downloads an invoice PDF, and the print frame loads it. */
class PdfDownloadBrowserTest extends BrowserTest {

    @Autowired
    DSLContext db;
    @Autowired
    DocumentLines documentLines;
    @TempDir
    Path downloads;

    @Test
    void customerDownloadsAnInvoicePdf() {
        String number = new PdfFixtures(db, documentLines).invoice(TestWorld.CUSTOMER_COMPANY, "OUT", "INVOICE", "POSTED",
                PdfFixtures.someLines(), BigDecimal.ZERO);
        browser.executeCdpCommand("Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", downloads.toString()));
        logInAsCustomer();

        browser.get(url("/documents/invoice/" + number + ".pdf?download"));

        Path file = downloads.resolve(number + ".pdf");
        await(driver -> Files.exists(file) && size(file) > 0);
        assertThat(new String(read(file), 0, 4)).isEqualTo("%PDF");
    }

    @Test
    void printFrameLoadsThePdf() {
        String number = new PdfFixtures(db, documentLines).invoice(TestWorld.CUSTOMER_COMPANY, "OUT", "INVOICE", "POSTED",
                PdfFixtures.someLines(), BigDecimal.ZERO);
        logInAsCustomer();

        // what the print button of PdfLinks does, from a portal page with the page's session
        Object answer = browser.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0]).then(r => done(r.status + ' ' + r.headers.get('content-type')), e => done(String(e)));""",
                "/documents/invoice/" + number + ".pdf");
        assertThat(answer).isEqualTo("200 application/pdf");
        // Chromium shows a PDF in a frame through its own viewer, whose document the page cannot read; the load
        // event and the frame's resource timing tell whether the frame got the PDF
        Object frameStatus = browser.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const frame = document.createElement('iframe');
                frame.className = 'pdf-print-frame';
                frame.style.cssText = 'visibility:hidden;position:absolute;width:0;height:0;border:0';
                frame.onload = () => {
                    const entry = performance.getEntriesByType('resource')
                        .find(e => e.initiatorType === 'iframe' && e.name.includes(arguments[0]));
                    done('loaded ' + (entry && entry.responseStatus ? entry.responseStatus : 200));
                };
                frame.src = arguments[0];
                document.body.appendChild(frame);""", "/documents/invoice/" + number + ".pdf");
        assertThat(frameStatus).isEqualTo("loaded 200");
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
