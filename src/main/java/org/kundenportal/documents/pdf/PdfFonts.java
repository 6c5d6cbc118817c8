package org.kundenportal.documents.pdf;

import java.awt.Color;
import java.io.IOException;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Font;
import org.openpdf.text.pdf.BaseFont;

/**
 * The documents' typeface: Liberation Sans (SIL Open Font License, from openpdf-fonts-extra), which has Helvetica's
 * metrics, so the layout is Helvetica's. It is embedded (the used glyphs only), as PDF/A and thus e-invoices require;
 * the built-in Helvetica is never embedded. Loaded once per process.
 */
public final class PdfFonts {

    static final BaseFont REGULAR = load("liberation/LiberationSans-Regular.ttf");
    static final BaseFont BOLD = load("liberation/LiberationSans-Bold.ttf");
    static final BaseFont ITALIC = load("liberation/LiberationSans-Italic.ttf");

    private PdfFonts() {
    }

    public static Font regular(float size) {
        return new Font(REGULAR, size, Font.NORMAL);
    }

    public static Font regular(float size, Color color) {
        return new Font(REGULAR, size, Font.NORMAL, color);
    }

    public static Font underlined(float size, Color color) {
        return new Font(REGULAR, size, Font.UNDERLINE, color);
    }

    public static Font bold(float size) {
        return new Font(BOLD, size, Font.NORMAL);
    }

    public static Font italic(float size) {
        return new Font(ITALIC, size, Font.NORMAL);
    }

    private static BaseFont load(String resource) {
        try {
            // WinAnsi covers German and the euro sign; cached by OpenPDF, so every document shares the parsed font
            return BaseFont.createFont(resource, BaseFont.CP1252, BaseFont.EMBEDDED, true, null, null);
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("Font " + resource + " is missing", e);
        }
    }
}
