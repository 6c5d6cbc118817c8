package org.kundenportal.documents.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.kundenportal.TestImages;
import org.kundenportal.TestWorld;
import org.kundenportal.base.i18n.TranslationProvider;
import org.kundenportal.base.qr.QrCodes;
import org.kundenportal.base.settings.CompanyProfile;
import org.kundenportal.documents.domain.DocumentLine;
import org.kundenportal.documents.domain.Totals;

/** The renderer alone, without the database: what it prints and how fast. */
class PdfRendererTest {

    private static final CompanyProfile SELLER = new CompanyProfile(TestWorld.SELLER, "Hafenstraße 12", "20457",
            "Hamburg", "DE", "DE999999999", "service@testwelt.example", "+49 40 1234567", "Hamburger Sparkasse",
            "DE02200505501015871393", "HASPDEHHXXX", "22/123/45678", "");

    private final PdfRenderer renderer = new PdfRenderer(new TranslationProvider("de"));

    @Test
    void rendersLogoSignatureAndUmlautsWithTheBuiltInFont() throws IOException {
        PdfDocument document = document(Locale.GERMAN, TestImages.png(400, 120),
                new PdfDocument.Signature(TestImages.png(300, 100), "Jürgen Größ", Instant.parse("2026-03-09T10:15:00Z")),
                null);

        String text = PdfText.of(renderer.render(document));

        assertThat(text).contains("Angebot AN-2026-00042", "Müller & Söhne", "Hauptstraße 1", "Gesamtbetrag", "55,30 €",
                "Angenommen und unterschrieben von Jürgen Größ am 09.03.2026, 11:15", "Seite 1 von 1");
    }

    @Test
    void aBrokenImageIsLeftOutInsteadOfFailingTheDocument() throws IOException {
        PdfDocument document = document(Locale.ENGLISH, new byte[]{1, 2, 3},
                new PdfDocument.Signature(new byte[]{4, 5}, "Clara Kunde", Instant.parse("2026-03-09T10:15:00Z")), null);

        assertThat(PdfText.of(renderer.render(document))).contains("Quote AN-2026-00042", "Accepted and signed by Clara Kunde");
    }

    @Test
    void warmOnePageInvoiceRendersInMilliseconds() {
        PdfDocument.Transfer transfer = new PdfDocument.Transfer(SELLER.name(), SELLER.bankName(), SELLER.iban(),
                SELLER.bic(), new BigDecimal("55.30"), "RE-2026-00001", QrCodes.png("BCD\n002\n1\nSCT", 240));
        PdfDocument invoice = document(Locale.GERMAN, TestImages.png(400, 120), null, transfer);
        for (int i = 0; i < 200; i++) {
            renderer.render(invoice);
        }

        int runs = 100;
        long start = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            renderer.render(invoice);
        }
        double millisEach = (System.nanoTime() - start) / 1e6 / runs;
        long qrStart = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            QrCodes.png("BCD\n002\n1\nSCT\nHASPDEHHXXX\nTestwelt\nDE02200505501015871393\nEUR54.74\n\n\nRE-2026-00001", 240);
        }
        double qrMillisEach = (System.nanoTime() - qrStart) / 1e6 / runs;
        System.out.printf("PDF render %.2f ms, GiroCode %.2f ms%n", millisEach, qrMillisEach);

        // generous for a build machine shared by several builds
        assertThat(millisEach).isLessThan(200);
    }

    private static PdfDocument document(Locale locale, byte[] logo, PdfDocument.Signature signature,
                                        PdfDocument.Transfer transfer) {
        List<DocumentLine> lines = List.of(DocumentLine.section("Brötchen & Gebäck"),
                DocumentLine.product("BR-01", "Roggenbrot 1 kg", new BigDecimal("10"), "Stk", new BigDecimal("3.50"),
                        BigDecimal.ZERO, new BigDecimal("7")),
                DocumentLine.note("Lieferung frei Haus"),
                DocumentLine.product(null, "Kaffee", new BigDecimal("1.5"), "kg", new BigDecimal("10.00"),
                        BigDecimal.ZERO, new BigDecimal("19")));
        return new PdfDocument(locale, Currency.getInstance("EUR"),
                locale.getLanguage().equals("de") ? "Angebot" : "Quote", "AN-2026-00042",
                List.of(new PdfDocument.Field("Datum", "09.03.2026")), new PdfDocument.Letterhead(SELLER, logo),
                List.of("Müller & Söhne GmbH", "Hauptstraße 1", "80331 München"), lines, false, Totals.of(lines),
                List.of(), "14 Tage netto", "Danke für Ihren Auftrag.", signature, transfer, null);
    }
}
