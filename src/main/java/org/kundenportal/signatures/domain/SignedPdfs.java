package org.kundenportal.signatures.domain;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.kundenportal.base.i18n.Formats;
import org.kundenportal.base.i18n.TranslationProvider;
import org.kundenportal.base.security.Hashes;
import org.springframework.stereotype.Component;

/**
 * Produces the completed PDF of a signing: each value stamped into the original at its field's position (text,
 * the date in the signer's language, a check mark, the drawn image scaled into the box), then an audit page
 * appended that names signer, company, time, client address and the SHA-256 of the original and of the stamped
 * pages. Written with PDFBox's built-in Helvetica, so no font is loaded from disk; text it cannot write is refused
 * when signing ({@link #unwritable}).
 */
@Component
public class SignedPdfs {

    private static final float INK_R = 0x1a / 255f;
    private static final float INK_G = 0x2a / 255f;
    private static final float INK_B = 0x6c / 255f;
    private static final float MAX_FONT_SIZE = 11;
    private static final float MIN_FONT_SIZE = 5;
    private static final float MARGIN = 56;

    /** One filled field; {@code text} holds text, the ISO date or "true"/"false", {@code png} the drawing. */
    record Stamp(SignatureField field, String text, byte[] png) {

        boolean filled() {
            if (png != null) {
                return true;
            }
            return text != null && (field.kind() != FieldKind.CHECKBOX || "true".equals(text));
        }
    }

    /** What the audit page states about the signing. */
    record AuditFacts(String number, String title, String signerName, String signerEmail, String companyName,
                      Instant signedAt, String clientAddress, String originalSha256, Locale locale) {
    }

    /**
     * @param pdf         the final file, with the audit page
     * @param pagesSha256 SHA-256 of the stamped pages before the audit page was appended (stated on the audit page)
     * @param sha256      SHA-256 of the final file
     */
    record Completed(byte[] pdf, String pagesSha256, String sha256) {
    }

    private final TranslationProvider translations;

    public SignedPdfs(TranslationProvider translations) {
        this.translations = translations;
    }

    /** The characters of the text that the built-in font cannot write, each once; empty when it can write all. */
    static String unwritable(String text) {
        PDFont font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        Set<String> refused = new LinkedHashSet<>();
        text.codePoints().mapToObj(Character::toString).forEach(character -> {
            if (!writable(font, character)) {
                refused.add(character);
            }
        });
        return String.join(" ", refused);
    }

    private static boolean writable(PDFont font, String character) {
        try {
            font.encode(character);
            return true;
        } catch (IOException | IllegalArgumentException cannot) {
            return false;
        }
    }

    Completed complete(byte[] original, List<Stamp> stamps, AuditFacts facts) {
        try {
            byte[] stamped = stamp(original, stamps, facts.locale());
            String pagesSha256 = Hashes.sha256Hex(stamped);
            byte[] pdf = appendAuditPage(stamped, stamps, facts, pagesSha256);
            return new Completed(pdf, pagesSha256, Hashes.sha256Hex(pdf));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] stamp(byte[] original, List<Stamp> stamps, Locale locale) throws IOException {
        try (PDDocument document = PdfPages.open(original)) {
            PDFont font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            Map<Integer, List<Stamp>> byPage = stamps.stream().filter(Stamp::filled)
                    .collect(Collectors.groupingBy(stamp -> stamp.field().page()));
            for (Map.Entry<Integer, List<Stamp>> entry : byPage.entrySet()) {
                PDPage page = document.getPage(entry.getKey() - 1);
                PdfPages.Frame frame = PdfPages.Frame.of(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page,
                        PDPageContentStream.AppendMode.APPEND, true, true)) {
                    content.transform(frame.toUserSpace());
                    for (Stamp stamp : entry.getValue()) {
                        SignatureField field = stamp.field();
                        float width = field.width().floatValue() * frame.width();
                        float height = field.height().floatValue() * frame.height();
                        float x = field.x().floatValue() * frame.width();
                        float y = frame.height() - field.y().floatValue() * frame.height() - height;
                        switch (field.kind()) {
                            case SIGNATURE, INITIALS -> image(document, content, stamp.png(), x, y, width, height);
                            case CHECKBOX -> checkMark(content, x, y, width, height);
                            case DATE -> text(content, font, Formats.date(LocalDate.parse(stamp.text()), locale),
                                    x, y, width, height);
                            default -> text(content, font, stamp.text(), x, y, width, height);
                        }
                    }
                }
            }
            return save(document);
        }
    }

    /** The drawing scaled into the box, keeping its proportions, centred. */
    private static void image(PDDocument document, PDPageContentStream content, byte[] png, float x, float y,
                              float width, float height) throws IOException {
        PDImageXObject image = PDImageXObject.createFromByteArray(document, png, "signature.png");
        float scale = Math.min(width / image.getWidth(), height / image.getHeight());
        float drawnWidth = image.getWidth() * scale;
        float drawnHeight = image.getHeight() * scale;
        content.drawImage(image, x + (width - drawnWidth) / 2, y + (height - drawnHeight) / 2, drawnWidth, drawnHeight);
    }

    private static void checkMark(PDPageContentStream content, float x, float y, float width, float height)
            throws IOException {
        float side = Math.min(width, height);
        float left = x + (width - side) / 2;
        float bottom = y + (height - side) / 2;
        content.setStrokingColor(INK_R, INK_G, INK_B);
        content.setLineWidth(Math.max(1f, side / 8));
        content.setLineCapStyle(1);
        content.setLineJoinStyle(1);
        content.moveTo(left + side * 0.2f, bottom + side * 0.5f);
        content.lineTo(left + side * 0.42f, bottom + side * 0.25f);
        content.lineTo(left + side * 0.82f, bottom + side * 0.78f);
        content.stroke();
    }

    /**
     * The text in the largest size (up to 11 pt) at which its lines fit the box; a text too long even at 5 pt runs
     * below the box rather than losing a word of what was signed.
     */
    private static void text(PDPageContentStream content, PDFont font, String text, float x, float y, float width,
                             float height) throws IOException {
        float padding = Math.min(2, width / 10);
        float size = Math.min(MAX_FONT_SIZE, height * 0.7f);
        List<String> lines = wrap(font, text, size, width - 2 * padding);
        while (size > MIN_FONT_SIZE && lines.size() * size * 1.2f > height) {
            size = Math.max(MIN_FONT_SIZE, size - 0.5f);
            lines = wrap(font, text, size, width - 2 * padding);
        }
        float blockHeight = lines.size() * size * 1.2f;
        float top = blockHeight <= height ? y + (height + blockHeight) / 2 : y + height;
        content.setNonStrokingColor(INK_R, INK_G, INK_B);
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x + padding, top - size);
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                content.newLineAtOffset(0, -size * 1.2f);
            }
            content.showText(lines.get(i));
        }
        content.endText();
    }

    /** Words onto lines no wider than the width; a single word wider than that gets a line of its own. */
    private static List<String> wrap(PDFont font, String text, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && font.getStringWidth(candidate) / 1000 * size > width) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    private byte[] appendAuditPage(byte[] stamped, List<Stamp> stamps, AuditFacts facts, String pagesSha256)
            throws IOException {
        try (PDDocument document = Loader.loadPDF(stamped)) {
            int signedPages = document.getNumberOfPages();
            Locale locale = facts.locale();
            Function<String, String> t = key -> translations.getTranslation(key, locale);
            AuditWriter writer = new AuditWriter(document);
            writer.title(t.apply("signatures.audit.title"));
            writer.entry(t.apply("signatures.audit.request"), facts.number() + " – " + facts.title());
            writer.entry(t.apply("signatures.audit.signer"), facts.signerName() + " <" + facts.signerEmail() + ">");
            writer.entry(t.apply("signatures.audit.company"), facts.companyName());
            writer.entry(t.apply("signatures.audit.time-utc"),
                    DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS 'UTC'").withZone(ZoneOffset.UTC)
                            .format(facts.signedAt()));
            writer.entry(t.apply("signatures.audit.time-local"),
                    DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.MEDIUM)
                            .withLocale(locale).withZone(Formats.ZONE).format(facts.signedAt()) + " (" + Formats.ZONE + ")");
            writer.entry(t.apply("signatures.audit.address"),
                    facts.clientAddress() == null || facts.clientAddress().isBlank() ? "–" : facts.clientAddress());
            writer.entry(t.apply("signatures.audit.original-hash"), facts.originalSha256());
            writer.entry(translations.getTranslation("signatures.audit.signed-hash", locale, signedPages), pagesSha256);
            writer.paragraph(t.apply("signatures.audit.hash-note"));
            writer.heading(t.apply("signatures.audit.fields"));
            for (Stamp stamp : stamps) {
                SignatureField field = stamp.field();
                String name = (field.label() == null ? t.apply("signatures.kind." + field.kind().name()) : field.label())
                        + " (" + translations.getTranslation("signatures.audit.page", locale, field.page()) + ")";
                writer.entry(name, value(stamp, t, locale));
            }
            writer.close();
            return save(document);
        }
    }

    private static String value(Stamp stamp, Function<String, String> t, Locale locale) {
        return switch (stamp.field().kind()) {
            case SIGNATURE, INITIALS -> t.apply("signatures.audit.drawn");
            case CHECKBOX -> t.apply("true".equals(stamp.text()) ? "signatures.audit.ticked" : "signatures.audit.not-ticked");
            case DATE -> Formats.date(LocalDate.parse(stamp.text()), locale);
            default -> stamp.text();
        };
    }

    private static byte[] save(PDDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }

    /** Writes label/value lines down A4 pages, starting a new page when one is full. */
    private static final class AuditWriter {

        private static final float SIZE = 9.5f;
        private final PDDocument document;
        private final PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        private final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        private PDPageContentStream content;
        private float y;

        AuditWriter(PDDocument document) throws IOException {
            this.document = document;
            newPage();
        }

        void title(String text) throws IOException {
            line(bold, 16, text, MARGIN);
            y -= 10;
        }

        void heading(String text) throws IOException {
            y -= 6;
            line(bold, 11, text, MARGIN);
        }

        void entry(String label, String value) throws IOException {
            for (String line : wrap(bold, printable(label), SIZE, PDRectangle.A4.getWidth() - 2 * MARGIN)) {
                line(bold, SIZE, line, MARGIN);
            }
            for (String line : wrap(regular, printable(value), SIZE, PDRectangle.A4.getWidth() - 2 * MARGIN - 12)) {
                line(regular, SIZE, line, MARGIN + 12);
            }
            y -= 4;
        }

        void paragraph(String text) throws IOException {
            for (String line : wrap(regular, printable(text), SIZE, PDRectangle.A4.getWidth() - 2 * MARGIN)) {
                line(regular, SIZE, line, MARGIN);
            }
            y -= 4;
        }

        private void line(PDFont font, float size, String text, float x) throws IOException {
            if (y - size < MARGIN) {
                newPage();
            }
            y -= size * 1.35f;
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(x, y);
            content.showText(text);
            content.endText();
        }

        private void newPage() throws IOException {
            if (content != null) {
                content.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            y = PDRectangle.A4.getHeight() - MARGIN;
        }

        void close() throws IOException {
            content.close();
        }

        /** Names and titles come from anywhere; what the font cannot write shows as "?" on this page only. */
        private String printable(String text) {
            String single = text == null ? "" : text.replaceAll("\\s+", " ").strip();
            StringBuilder out = new StringBuilder(single.length());
            single.codePoints().mapToObj(Character::toString)
                    .forEach(character -> out.append(writable(regular, character) && writable(bold, character) ? character : "?"));
            return out.toString();
        }
    }
}
