package org.kundenportal.documents.pdf;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Locale;
import org.kundenportal.base.i18n.Formats;
import org.kundenportal.base.i18n.TranslationProvider;
import org.kundenportal.base.i18n.Units;
import org.kundenportal.base.settings.CompanyProfile;
import org.kundenportal.documents.domain.DocumentLine;
import org.kundenportal.documents.domain.LineKind;
import org.kundenportal.documents.domain.Totals;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Renders a {@link PdfDocument} as an A4 business letter after DIN 5008 (form B): letterhead, window address with
 * sender line, information block, lines, totals, terms, signature, bank transfer with GiroCode, and a footer with
 * the company's data and "page X of Y" on every page. PDF/A-1b: fonts embedded ({@link PdfFonts}), sRGB output
 * intent, XMP metadata, images without transparency.
 */
@Component
public class PdfRenderer {

    static final float MM = 72f / 25.4f;
    static final Color GREY = new Color(0x5f, 0x63, 0x68);
    static final Color RULE = new Color(0xc8, 0xcc, 0xd0);
    private static final Color HEADER_BACKGROUND = new Color(0xee, 0xf0, 0xf2);
    private static final Font NORMAL = PdfFonts.regular(9);
    private static final Font BOLD = PdfFonts.bold(9);
    private static final Font HEADER = PdfFonts.bold(8);
    private static final Font ITALIC = PdfFonts.italic(9);
    private static final Font SMALL = PdfFonts.regular(7.5f, GREY);
    private static final Font SENDER = PdfFonts.underlined(6.5f, GREY);
    private static final Font ADDRESS = PdfFonts.regular(10);
    private static final Font TITLE = PdfFonts.bold(15);
    private static final Font COMPANY = PdfFonts.bold(14);
    /** sRGB, the colour space every colour and image of ours is in; PDF/A names it as the output intent. */
    private static final byte[] SRGB = java.awt.color.ICC_Profile.getInstance(java.awt.color.ColorSpace.CS_sRGB).getData();
    private static final Logger log = LoggerFactory.getLogger(PdfRenderer.class);

    private final TranslationProvider translations;
    /** The last logo decoded; the caller hands in the same array until the logo changes. */
    private volatile DecodedLogo logo = new DecodedLogo(null, null);

    public PdfRenderer(TranslationProvider translations) {
        this.translations = translations;
    }

    public byte[] render(PdfDocument pdf) {
        Labels labels = new Labels(translations, pdf.locale());
        ByteArrayOutputStream out = new ByteArrayOutputStream(48 * 1024);
        Document document = new Document(PageSize.A4, 25 * MM, 20 * MM, 12 * MM, 32 * MM);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            // PDF/A-1b, so that an invoice can become a ZUGFeRD PDF/A-3 by attaching its XML
            writer.setPDFXConformance(PdfWriter.PDFA1B);
            writer.setPageEvent(new PdfFooter(pdf.seller().company(), labels));
            document.addTitle(pdf.title() + " " + pdf.number());
            document.addAuthor(pdf.seller().company().name());
            document.addCreator("Kundenportal");
            document.open();
            writer.setOutputIntents("Custom", "", "http://www.color.org", "sRGB IEC61966-2.1", SRGB);
            writer.createXmpMetadata();
            document.add(letterhead(pdf.seller()));
            document.add(addressAndInformation(pdf, labels));
            Paragraph title = new Paragraph(pdf.title() + " " + pdf.number(), TITLE);
            title.setSpacingBefore(6 * MM);
            title.setSpacingAfter(4 * MM);
            document.add(title);
            document.add(lines(pdf, labels));
            document.add(totals(pdf, labels));
            addText(document, labels.get("pdf.payment-terms"), pdf.paymentTerms());
            addText(document, labels.get("pdf.note"), pdf.note());
            if (pdf.signature() != null) {
                document.add(signature(pdf.signature(), labels));
            }
            if (pdf.transfer() != null) {
                document.add(transfer(pdf, labels));
            }
            if (pdf.directDebit() != null) {
                document.add(directDebit(pdf, labels));
            }
            document.close();
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("Could not render " + pdf.number(), e);
        }
        return out.toByteArray();
    }

    private PdfPTable letterhead(PdfDocument.Letterhead seller) {
        PdfPTable table = fullWidth(new float[]{60, 40});
        PdfPCell name = cell(new Phrase(seller.company().name(), COMPANY));
        name.setFixedHeight(26 * MM);
        table.addCell(name);
        Image image = logoOf(seller.logo());
        PdfPCell right = image == null ? cell(new Phrase("", NORMAL)) : new PdfPCell(image, false);
        right.setBorder(Rectangle.NO_BORDER);
        right.setHorizontalAlignment(Element.ALIGN_RIGHT);
        table.addCell(right);
        return table;
    }

    private PdfPTable addressAndInformation(PdfDocument pdf, Labels labels) {
        PdfPTable table = fullWidth(new float[]{95, 70});
        PdfPCell address = composite();
        address.setMinimumHeight(45 * MM);
        Paragraph sender = new Paragraph(senderLine(pdf.seller().company()), SENDER);
        sender.setSpacingAfter(2 * MM);
        address.addElement(sender);
        for (String line : pdf.recipient()) {
            address.addElement(new Paragraph(line, ADDRESS));
        }
        table.addCell(address);

        PdfPTable information = new PdfPTable(new float[]{45, 55});
        information.setWidthPercentage(100);
        for (PdfDocument.Field field : pdf.meta()) {
            information.addCell(cell(new Phrase(field.label(), SMALL)));
            information.addCell(cell(new Phrase(field.value(), NORMAL)));
        }
        PdfPCell right = new PdfPCell(information);
        right.setBorder(Rectangle.NO_BORDER);
        table.addCell(right);
        return table;
    }

    private PdfPTable lines(PdfDocument pdf, Labels labels) {
        Locale locale = pdf.locale();
        float[] widths = pdf.expectedDates() ? new float[]{10, 52, 20, 20, 22, 16, 13, 24}
                : new float[]{10, 66, 22, 22, 16, 13, 24};
        PdfPTable table = fullWidth(widths);
        table.setHeaderRows(1);
        table.setSplitLate(false);
        header(table, labels.get("pdf.line.position"), Element.ALIGN_LEFT);
        header(table, labels.get("documents.line.description"), Element.ALIGN_LEFT);
        if (pdf.expectedDates()) {
            header(table, labels.get("documents.line.expected-date"), Element.ALIGN_LEFT);
        }
        header(table, labels.get("documents.line.quantity"), Element.ALIGN_RIGHT);
        header(table, labels.get("documents.line.unit-price"), Element.ALIGN_RIGHT);
        header(table, labels.get("documents.line.discount"), Element.ALIGN_RIGHT);
        header(table, labels.get("documents.line.tax"), Element.ALIGN_RIGHT);
        header(table, labels.get("documents.line.amount"), Element.ALIGN_RIGHT);
        int position = 0;
        for (DocumentLine line : pdf.lines()) {
            if (line.kind() == LineKind.SECTION) {
                PdfPCell section = row(new Phrase(line.description(), BOLD), Element.ALIGN_LEFT);
                section.setColspan(widths.length);
                section.setPaddingTop(7);
                table.addCell(section);
            } else if (line.kind() == LineKind.NOTE) {
                table.addCell(row(new Phrase("", NORMAL), Element.ALIGN_LEFT));
                PdfPCell note = row(new Phrase(line.description(), ITALIC), Element.ALIGN_LEFT);
                note.setColspan(widths.length - 1);
                table.addCell(note);
            } else {
                table.addCell(row(new Phrase(String.valueOf(++position), NORMAL), Element.ALIGN_LEFT));
                table.addCell(row(description(line), Element.ALIGN_LEFT));
                if (pdf.expectedDates()) {
                    table.addCell(row(new Phrase(Formats.date(line.expectedDate(), locale), NORMAL), Element.ALIGN_LEFT));
                }
                String quantity = Units.quantity(Formats.number(line.quantity(), locale), line.unit(), labels::get);
                table.addCell(row(new Phrase(quantity, NORMAL), Element.ALIGN_RIGHT));
                table.addCell(row(new Phrase(money(line.unitPrice(), pdf), NORMAL), Element.ALIGN_RIGHT));
                String discount = line.discountPercent().signum() == 0 ? "" : percent(line.discountPercent(), locale);
                table.addCell(row(new Phrase(discount, NORMAL), Element.ALIGN_RIGHT));
                table.addCell(row(new Phrase(percent(line.taxRate(), locale), NORMAL), Element.ALIGN_RIGHT));
                table.addCell(row(new Phrase(money(line.amountNet(), pdf), NORMAL), Element.ALIGN_RIGHT));
            }
        }
        return table;
    }

    private static Phrase description(DocumentLine line) {
        Phrase phrase = new Phrase("", NORMAL);
        if (line.productCode() != null && !line.productCode().isBlank()) {
            phrase.add(new Chunk(line.productCode() + "  ", BOLD));
        }
        phrase.add(new Chunk(line.description(), NORMAL));
        return phrase;
    }

    private PdfPTable totals(PdfDocument pdf, Labels labels) {
        Totals totals = pdf.totals();
        PdfPTable table = new PdfPTable(new float[]{65, 35});
        table.setWidthPercentage(55);
        table.setHorizontalAlignment(Element.ALIGN_RIGHT);
        table.setSpacingBefore(3 * MM);
        table.setKeepTogether(true);
        totalRow(table, labels.get("documents.totals.untaxed"), money(totals.untaxed(), pdf), NORMAL, false);
        for (Totals.TaxSubtotal tax : totals.taxes()) {
            totalRow(table, labels.get("documents.totals.tax", Formats.number(tax.rate(), pdf.locale()),
                    money(tax.base(), pdf)), money(tax.tax(), pdf), NORMAL, false);
        }
        totalRow(table, labels.get("documents.totals.total"), money(totals.total(), pdf), BOLD, true);
        for (PdfDocument.Amount extra : pdf.extraTotals()) {
            totalRow(table, extra.label(), money(extra.amount(), pdf), extra.strong() ? BOLD : NORMAL, false);
        }
        return table;
    }

    private static void totalRow(PdfPTable table, String label, String amount, Font font, boolean ruled) {
        PdfPCell left = cell(new Phrase(label, font));
        PdfPCell right = cell(new Phrase(amount, font));
        right.setHorizontalAlignment(Element.ALIGN_RIGHT);
        for (PdfPCell cell : new PdfPCell[]{left, right}) {
            cell.setPaddingTop(ruled ? 4 : 2);
            if (ruled) {
                cell.setBorder(Rectangle.TOP);
                cell.setBorderColor(RULE);
            }
            table.addCell(cell);
        }
    }

    private static void addText(Document document, String label, String text) throws DocumentException {
        if (text == null || text.isBlank()) {
            return;
        }
        Paragraph paragraph = new Paragraph("", NORMAL);
        paragraph.add(new Chunk(label + ": ", BOLD));
        paragraph.add(new Chunk(text, NORMAL));
        paragraph.setSpacingBefore(3 * MM);
        document.add(paragraph);
    }

    private static PdfPTable signature(PdfDocument.Signature signature, Labels labels) {
        PdfPTable table = fullWidth(new float[]{1});
        table.setSpacingBefore(5 * MM);
        table.setKeepTogether(true);
        table.addCell(cell(new Phrase(labels.get("pdf.signed", signature.name(),
                Formats.dateTime(signature.signedAt(), labels.locale())), BOLD)));
        Image image = imageOf(signature.png(), 60 * MM, 22 * MM);
        if (image != null) {
            PdfPCell picture = new PdfPCell(image, false);
            picture.setBorder(Rectangle.BOTTOM);
            picture.setBorderColor(RULE);
            picture.setPaddingTop(2 * MM);
            table.addCell(picture);
        }
        return table;
    }

    private static PdfPTable transfer(PdfDocument pdf, Labels labels) {
        PdfDocument.Transfer transfer = pdf.transfer();
        PdfPTable table = fullWidth(new float[]{70, 30});
        table.setSpacingBefore(5 * MM);
        table.setKeepTogether(true);
        PdfPCell text = composite();
        text.addElement(new Paragraph(labels.get("pdf.transfer.title"), BOLD));
        text.addElement(new Paragraph(labels.get("pdf.transfer.text", money(transfer.amount(), pdf),
                transfer.reference()), NORMAL));
        text.addElement(new Paragraph(labels.get("pdf.transfer.beneficiary") + ": " + transfer.beneficiary(), NORMAL));
        if (!transfer.bankName().isBlank()) {
            text.addElement(new Paragraph(labels.get("pdf.transfer.bank") + ": " + transfer.bankName(), NORMAL));
        }
        text.addElement(new Paragraph("IBAN: " + grouped(transfer.iban()), NORMAL));
        if (!transfer.bic().isBlank()) {
            text.addElement(new Paragraph("BIC: " + transfer.bic(), NORMAL));
        }
        table.addCell(text);
        PdfPCell code = composite();
        Image qr = imageOf(transfer.qrPng(), 30 * MM, 30 * MM);
        if (qr != null) {
            qr.setAlignment(Element.ALIGN_RIGHT);
            code.addElement(qr);
        }
        Paragraph caption = new Paragraph(labels.get("pdf.transfer.qr"), SMALL);
        caption.setAlignment(Element.ALIGN_RIGHT);
        code.addElement(caption);
        table.addCell(code);
        return table;
    }

    /** Instead of the transfer block: the customer pays nothing, we collect the amount under their mandate. */
    private static PdfPTable directDebit(PdfDocument pdf, Labels labels) {
        PdfDocument.DirectDebit debit = pdf.directDebit();
        PdfPTable table = fullWidth(new float[]{100});
        table.setSpacingBefore(5 * MM);
        table.setKeepTogether(true);
        PdfPCell text = composite();
        text.addElement(new Paragraph(labels.get("pdf.direct-debit.title"), BOLD));
        text.addElement(new Paragraph(labels.get("pdf.direct-debit.text", money(debit.amount(), pdf), debit.maskedIban(),
                debit.mandateReference(), debit.creditorId()), NORMAL));
        table.addCell(text);
        return table;
    }

    /** The one line above the window address that names the sender. */
    private static String senderLine(CompanyProfile company) {
        String address = company.addressLine();
        return address.isBlank() ? company.name() : company.name() + " · " + address.replace(", ", " · ");
    }

    private Image logoOf(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            return null;
        }
        DecodedLogo decoded = logo;
        if (decoded.source() != bytes) {
            decoded = new DecodedLogo(bytes, imageOf(bytes, 50 * MM, 20 * MM));
            logo = decoded;
        }
        // a copy per document: the writer may set positions on what it is given
        return decoded.image() == null ? null : Image.getInstance(decoded.image());
    }

    private static Image imageOf(byte[] bytes, float width, float height) {
        if (bytes == null || bytes.length == 0) {
            return null;
        }
        try {
            Image image = Image.getInstance(opaque(bytes));
            image.scaleToFit(width, height);
            return image;
        } catch (IOException | RuntimeException e) {
            log.warn("Image left out of a PDF: {}", e.toString());
            return null;
        }
    }

    /**
     * The image on white when it has transparency (a logo, a drawn signature): PDF/A-1 allows no transparency, and
     * on paper white is what shows through anyway.
     */
    static byte[] opaque(byte[] bytes) throws IOException {
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(bytes));
        if (image == null || !image.getColorModel().hasAlpha()) {
            return bytes;
        }
        java.awt.image.BufferedImage flat = new java.awt.image.BufferedImage(image.getWidth(), image.getHeight(),
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D graphics = flat.createGraphics();
        try {
            graphics.setColor(Color.WHITE);
            graphics.fillRect(0, 0, image.getWidth(), image.getHeight());
            graphics.drawImage(image, 0, 0, null);
        } finally {
            graphics.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        javax.imageio.ImageIO.write(flat, "png", out);
        return out.toByteArray();
    }

    private static void header(PdfPTable table, String text, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(text, HEADER));
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(RULE);
        cell.setBackgroundColor(HEADER_BACKGROUND);
        cell.setHorizontalAlignment(alignment);
        cell.setPadding(3);
        table.addCell(cell);
    }

    private static PdfPCell row(Phrase phrase, int alignment) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(RULE);
        cell.setHorizontalAlignment(alignment);
        cell.setPadding(3);
        cell.setPaddingBottom(4);
        return cell;
    }

    /** A borderless cell for several paragraphs (a cell made with a phrase drops it once elements are added). */
    private static PdfPCell composite() {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(1);
        return cell;
    }

    static PdfPCell cell(Phrase phrase) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(1);
        return cell;
    }

    static PdfPTable fullWidth(float[] widths) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        return table;
    }

    private static String money(BigDecimal amount, PdfDocument pdf) {
        return Formats.money(amount, pdf.currency(), pdf.locale());
    }

    private static String percent(BigDecimal value, Locale locale) {
        return Formats.number(value, locale) + " %";
    }

    /** An IBAN in groups of four, as it is printed. */
    static String grouped(String iban) {
        return iban.replace(" ", "").replaceAll("(.{4})(?!$)", "$1 ");
    }

    private record DecodedLogo(byte[] source, Image image) {
    }

    /** The renderer's texts in the document's language. */
    record Labels(TranslationProvider translations, Locale locale) {

        String get(String key, Object... params) {
            return translations.getTranslation(key, locale, params);
        }
    }
}
