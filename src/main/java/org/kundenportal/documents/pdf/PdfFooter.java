package org.kundenportal.documents.pdf;

import static org.kundenportal.documents.pdf.PdfRenderer.MM;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.kundenportal.base.settings.CompanyProfile;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

/**
 * The foot of every page: the company's address, contact and bank data, and "page X of Y". Y is unknown until the
 * document closes, so each page shows a template that is filled in then.
 */
class PdfFooter extends PdfPageEventHelper {

    private static final float SIZE = 7;
    private static final Font FONT = PdfFonts.regular(SIZE, PdfRenderer.GREY);
    private static final BaseFont BASE_FONT = PdfFonts.REGULAR;

    private final CompanyProfile company;
    private final PdfRenderer.Labels labels;
    private PdfTemplate total;
    private int pages;

    PdfFooter(CompanyProfile company, PdfRenderer.Labels labels) {
        this.company = company;
        this.labels = labels;
    }

    @Override
    public void onOpenDocument(PdfWriter writer, Document document) {
        total = writer.getDirectContent().createTemplate(30, SIZE + 2);
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        pages++;
        PdfContentByte canvas = writer.getDirectContent();
        if (pages == 1) {
            foldAndPunchMarks(canvas, document.getPageSize().getHeight());
        }
        float left = document.left();
        float width = document.right() - document.left();
        PdfPTable columns = new PdfPTable(3);
        columns.setTotalWidth(width);
        columns.setLockedWidth(true);
        columns.addCell(column(List.of(company.name(), company.street(), (company.zip() + " " + company.city()).strip())));
        columns.addCell(column(contactLines()));
        columns.addCell(column(bankLines()));
        columns.writeSelectedRows(0, -1, left, document.bottom() - 6 * MM, canvas);

        String page = labels.get("pdf.page", pages);
        float y = 10 * MM;
        float pageWidth = BASE_FONT.getWidthPoint(page, SIZE);
        float right = document.right() - 12;
        ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(page, FONT), right - pageWidth, y, 0);
        canvas.addTemplate(total, right, y);
    }

    /** DIN 5008 marks on the left edge: folds at 105 and 210 mm, the punch at the middle of the page. */
    private static void foldAndPunchMarks(PdfContentByte canvas, float pageHeight) {
        canvas.saveState();
        canvas.setLineWidth(0.3f);
        canvas.setColorStroke(PdfRenderer.RULE);
        for (float fromTop : new float[]{105 * MM, 210 * MM}) {
            canvas.moveTo(4 * MM, pageHeight - fromTop);
            canvas.lineTo(9 * MM, pageHeight - fromTop);
        }
        canvas.moveTo(4 * MM, pageHeight / 2);
        canvas.lineTo(11 * MM, pageHeight / 2);
        canvas.stroke();
        canvas.restoreState();
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        total.beginText();
        total.setFontAndSize(BASE_FONT, SIZE);
        total.setColorFill(PdfRenderer.GREY);
        total.setTextMatrix(0, 0);
        // the space belongs to the template, so that text extraction keeps "of 3" apart
        total.showText(" " + pages);
        total.endText();
    }

    private List<String> contactLines() {
        List<String> lines = new ArrayList<>();
        addLabelled(lines, "pdf.footer.phone", company.phone());
        addLabelled(lines, "pdf.footer.email", company.email());
        addLabelled(lines, "pdf.footer.vat-id", company.vatId());
        addLabelled(lines, "pdf.footer.tax-number", company.taxNumber());
        return lines;
    }

    private List<String> bankLines() {
        List<String> lines = new ArrayList<>();
        if (!company.bankName().isBlank()) {
            lines.add(company.bankName());
        }
        if (!company.iban().isBlank()) {
            lines.add("IBAN " + PdfRenderer.grouped(company.iban()));
        }
        if (!company.bic().isBlank()) {
            lines.add("BIC " + company.bic());
        }
        return lines;
    }

    private void addLabelled(List<String> lines, String key, String value) {
        if (value != null && !value.isBlank()) {
            lines.add(labels.get(key) + " " + value);
        }
    }

    private static PdfPCell column(List<String> lines) {
        PdfPCell cell = new PdfPCell(new Phrase(String.join("\n", lines.stream().filter(line -> !line.isBlank()).toList()), FONT));
        cell.setBorder(Rectangle.TOP);
        cell.setBorderColor(PdfRenderer.RULE);
        cell.setPaddingTop(4);
        return cell;
    }
}
