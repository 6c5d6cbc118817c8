package org.kundenportal.demo;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.kundenportal.signatures.domain.FieldKind;
import org.kundenportal.signatures.domain.NewField;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.ListItem;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfWriter;

/**
 * The demo's documents to sign, made with OpenPDF: a two-page service agreement and a one-page SEPA direct debit
 * mandate. Each comes with the fields that belong on it, placed exactly on the lines and boxes drawn for them.
 */
final class SignatureDemoPdfs {

    /** A generated PDF and its fields. */
    record DemoPdf(String fileName, byte[] pdf, List<NewField> fields) {
    }

    private static final Font TITLE = new Font(Font.HELVETICA, 16, Font.BOLD);
    private static final Font HEADING = new Font(Font.HELVETICA, 11, Font.BOLD);
    private static final Font TEXT = new Font(Font.HELVETICA, 10, Font.NORMAL);
    private static final Font SMALL = new Font(Font.HELVETICA, 8, Font.NORMAL, new Color(0x5f, 0x63, 0x68));
    private static final float WIDTH = PageSize.A4.getWidth();
    private static final float HEIGHT = PageSize.A4.getHeight();
    private static final float LEFT = 60;

    private SignatureDemoPdfs() {
    }

    static DemoPdf serviceAgreement() {
        Sheet sheet = new Sheet();
        sheet.title("Servicevertrag Kassensystem");
        sheet.text("zwischen der Nordlicht Handel GmbH (nachfolgend „Anbieter“) und der Bäckerei Sonnenschein GmbH "
                + "(nachfolgend „Kunde“) über Wartung und Support der Kassensysteme des Kunden.");
        sheet.heading("§ 1 Gegenstand");
        sheet.text("Der Anbieter betreut die beim Kunden installierten Kassensysteme (Hardware, Kassensoftware und "
                + "Technische Sicherheitseinrichtung) an allen Filialen, die in der Anlage genannt sind.");
        sheet.heading("§ 2 Leistungen");
        sheet.items("Telefon- und Fernwartungssupport montags bis samstags von 6 bis 20 Uhr",
                "Einspielen von Updates der Kassensoftware und der TSE, einschließlich gesetzlicher Änderungen",
                "Austausch defekter Hardware innerhalb von zwei Werktagen (Vor-Ort-Service)",
                "Jährliche Prüfung der Kassen auf Ordnungsmäßigkeit nach GoBD und KassenSichV");
        sheet.heading("§ 3 Reaktionszeiten");
        sheet.text("Störungen, die den Kassenbetrieb verhindern, beantwortet der Anbieter innerhalb von zwei Stunden, "
                + "alle übrigen Anfragen innerhalb eines Werktages. Die Zeiten gelten innerhalb der Supportzeiten.");
        sheet.heading("§ 4 Vergütung");
        sheet.text("Die Pauschale beträgt 49,00 EUR netto je Kassenplatz und Monat und wird quartalsweise im Voraus "
                + "berechnet. Einsätze außerhalb der Supportzeiten werden nach Aufwand abgerechnet.");
        sheet.label("Kürzel Kunde", 430, 92);
        sheet.box(FieldKind.INITIALS, "Kürzel Seite 1", false, 430, 100, 105, 34);
        sheet.footer("Seite 1 von 2");

        sheet.newPage();
        sheet.heading("§ 5 Laufzeit und Kündigung");
        sheet.text("Der Vertrag beginnt mit der Unterschrift und läuft zwölf Monate. Er verlängert sich um jeweils "
                + "zwölf Monate, wenn er nicht drei Monate vor Ablauf in Textform gekündigt wird.");
        sheet.heading("§ 6 Datenschutz");
        sheet.text("Soweit der Anbieter bei der Fernwartung personenbezogene Daten verarbeitet, geschieht dies im "
                + "Auftrag des Kunden nach der gesondert geschlossenen Vereinbarung zur Auftragsverarbeitung.");
        sheet.heading("§ 7 Schlussbestimmungen");
        sheet.text("Änderungen bedürfen der Textform. Sollte eine Bestimmung unwirksam sein, bleibt der Vertrag im "
                + "Übrigen wirksam. Gerichtsstand ist München.");

        sheet.box(FieldKind.CHECKBOX, "AGB zur Kenntnis genommen", true, LEFT, 452, 14, 14);
        sheet.label("Ich habe die Allgemeinen Geschäftsbedingungen des Anbieters erhalten und zur Kenntnis genommen.",
                LEFT + 22, 455);
        sheet.box(FieldKind.CHECKBOX, "Newsletter", false, LEFT, 424, 14, 14);
        sheet.label("Ich möchte über Updates und Schulungen per E-Mail informiert werden (freiwillig).", LEFT + 22, 427);

        sheet.fieldOnLine("Ort", FieldKind.TEXT, "Ort", true, LEFT, 330, 220, 26);
        sheet.fieldOnLine("Datum", FieldKind.DATE, "Datum", true, 320, 330, 215, 26);
        sheet.fieldOnLine("Unterschrift Kunde", FieldKind.SIGNATURE, "Unterschrift Kunde", true, LEFT, 230, 260, 60);
        sheet.fieldOnLine("Name in Druckbuchstaben", FieldKind.TEXT, "Name in Druckbuchstaben", true, LEFT, 160, 220, 26);
        sheet.fieldOnLine("Funktion (freiwillig)", FieldKind.TEXT, "Funktion", false, 320, 160, 215, 26);
        sheet.footer("Seite 2 von 2");
        return sheet.finish("Servicevertrag-Kassensystem.pdf");
    }

    static DemoPdf sepaMandate() {
        Sheet sheet = new Sheet();
        sheet.title("SEPA-Lastschriftmandat");
        sheet.text("Zahlungsempfänger: Nordlicht Handel GmbH, Hafenstraße 12, 20457 Hamburg");
        sheet.text("Gläubiger-Identifikationsnummer: DE98ZZZ09999999999");
        sheet.text("Mandatsreferenz: KD-10042-SERVICE");
        sheet.heading("Ermächtigung");
        sheet.text("Ich ermächtige / Wir ermächtigen die Nordlicht Handel GmbH, Zahlungen von meinem / unserem Konto "
                + "mittels Lastschrift einzuziehen. Zugleich weise ich mein / weisen wir unser Kreditinstitut an, die "
                + "von der Nordlicht Handel GmbH auf mein / unser Konto gezogenen Lastschriften einzulösen.");
        sheet.text("Hinweis: Ich kann / Wir können innerhalb von acht Wochen, beginnend mit dem Belastungsdatum, die "
                + "Erstattung des belasteten Betrages verlangen. Es gelten dabei die mit meinem / unserem "
                + "Kreditinstitut vereinbarten Bedingungen.");

        sheet.fieldOnLine("Kontoinhaber", FieldKind.TEXT, "Kontoinhaber", true, LEFT, 470, 475, 26);
        sheet.fieldOnLine("IBAN", FieldKind.TEXT, "IBAN", true, LEFT, 420, 300, 26);
        sheet.fieldOnLine("BIC (freiwillig)", FieldKind.TEXT, "BIC", false, 385, 420, 150, 26);
        sheet.fieldOnLine("Ort", FieldKind.TEXT, "Ort", true, LEFT, 350, 220, 26);
        sheet.fieldOnLine("Datum", FieldKind.DATE, "Datum", true, 320, 350, 215, 26);
        sheet.fieldOnLine("Unterschrift Kontoinhaber", FieldKind.SIGNATURE, "Unterschrift", true, LEFT, 250, 260, 60);
        sheet.footer("Seite 1 von 1");
        return sheet.finish("SEPA-Lastschriftmandat.pdf");
    }

    /** Flowing text from the top plus lines and boxes at fixed places, each box recorded as a field. */
    private static final class Sheet {

        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final Document document = new Document(PageSize.A4, LEFT, LEFT, 60, 60);
        private final PdfWriter writer;
        private final List<NewField> fields = new ArrayList<>();
        private int page = 1;

        Sheet() {
            writer = PdfWriter.getInstance(document, out);
            document.open();
        }

        void title(String text) {
            Paragraph title = new Paragraph(text, TITLE);
            title.setSpacingAfter(12);
            document.add(title);
        }

        void heading(String text) {
            Paragraph heading = new Paragraph(text, HEADING);
            heading.setSpacingBefore(10);
            heading.setSpacingAfter(3);
            document.add(heading);
        }

        void text(String text) {
            Paragraph paragraph = new Paragraph(text, TEXT);
            paragraph.setLeading(14);
            paragraph.setSpacingAfter(4);
            document.add(paragraph);
        }

        void items(String... items) {
            org.openpdf.text.List list = new org.openpdf.text.List(false, 12);
            list.setListSymbol("–");
            for (String item : items) {
                list.add(new ListItem(14, item, TEXT));
            }
            document.add(list);
        }

        void label(String text, float x, float y) {
            ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_LEFT, new Phrase(text, SMALL), x, y, 0);
        }

        /** A line to write on, with its caption below. */
        void line(String caption, float x, float y, float width) {
            PdfContentByte canvas = writer.getDirectContent();
            canvas.setLineWidth(0.6f);
            canvas.moveTo(x, y);
            canvas.lineTo(x + width, y);
            canvas.stroke();
            label(caption, x, y - 10);
        }

        /** A line to write on with its caption, and the field just above it. */
        void fieldOnLine(String caption, FieldKind kind, String label, boolean required, float x, float y, float width,
                         float height) {
            line(caption, x, y, width);
            box(kind, label, required, x, y + 2, width, height);
        }

        /** A field over the area whose lower left corner is at (x, y) in PDF points; checkboxes get a drawn box. */
        void box(FieldKind kind, String label, boolean required, float x, float y, float width, float height) {
            if (kind == FieldKind.CHECKBOX || kind == FieldKind.INITIALS) {
                PdfContentByte canvas = writer.getDirectContent();
                canvas.setLineWidth(0.8f);
                canvas.rectangle(x, y, width, height);
                canvas.stroke();
            }
            fields.add(new NewField(kind, label, required, page, fraction(x / WIDTH), fraction((HEIGHT - y - height) / HEIGHT),
                    fraction(width / WIDTH), fraction(height / HEIGHT)));
        }

        void footer(String text) {
            ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_RIGHT, new Phrase(text, SMALL),
                    WIDTH - LEFT, 30, 0);
        }

        void newPage() {
            document.newPage();
            page++;
        }

        DemoPdf finish(String fileName) {
            document.close();
            return new DemoPdf(fileName, out.toByteArray(), List.copyOf(fields));
        }

        private static BigDecimal fraction(float value) {
            return BigDecimal.valueOf(value).setScale(5, RoundingMode.HALF_UP);
        }
    }
}
