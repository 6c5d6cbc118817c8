package org.kundenportal.signatures.domain;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.util.Matrix;
import org.kundenportal.base.validation.RefusedException;

/**
 * Reads uploaded PDFs with PDFBox: checks that one is usable for signing and renders its pages once, as PNGs wide
 * enough to stay sharp on a tablet. Pages are measured as a viewer shows them (crop box, after the page's
 * rotation), which is the frame the field positions are fractions of.
 */
final class PdfPages {

    static final int MAX_BYTES = 10 * 1024 * 1024;
    static final int MAX_PAGES = 50;
    /** Sharp on a tablet in portrait at 2x, without making 50 pages a burden to store. */
    static final int IMAGE_WIDTH = 1240;
    /** A strip-like page would otherwise become a huge image. */
    private static final int MAX_IMAGE_HEIGHT = 6000;

    record RenderedPage(int page, BigDecimal widthPt, BigDecimal heightPt, byte[] png) {
    }

    private PdfPages() {
    }

    /**
     * Checks the upload and renders its pages.
     *
     * @throws RefusedException when it is empty, too big, no readable PDF, password protected, or has too many pages
     */
    static List<RenderedPage> render(byte[] pdf) {
        try (PDDocument document = open(pdf)) {
            int count = document.getNumberOfPages();
            if (count == 0) {
                throw new RefusedException("signatures.error.no-pages");
            }
            if (count > MAX_PAGES) {
                throw new RefusedException("signatures.error.too-many-pages", MAX_PAGES);
            }
            PDFRenderer renderer = new PDFRenderer(document);
            List<RenderedPage> pages = new ArrayList<>(count);
            for (int index = 0; index < count; index++) {
                Frame frame = Frame.of(document.getPage(index));
                float scale = Math.min(IMAGE_WIDTH / frame.width(), MAX_IMAGE_HEIGHT / frame.height());
                BufferedImage image = renderer.renderImage(index, scale, ImageType.RGB);
                pages.add(new RenderedPage(index + 1, points(frame.width()), points(frame.height()), png(image)));
            }
            return pages;
        } catch (IOException | RuntimeException broken) {
            if (broken instanceof RefusedException refused) {
                throw refused;
            }
            throw new RefusedException("signatures.error.not-a-pdf");
        }
    }

    /**
     * Opens a PDF for reading or stamping; an owner password (printing/editing restrictions) is dropped, a user
     * password (cannot even be opened) is refused.
     */
    static PDDocument open(byte[] pdf) throws IOException {
        if (pdf == null || pdf.length == 0) {
            throw new RefusedException("signatures.error.file-empty");
        }
        if (pdf.length > MAX_BYTES) {
            throw new RefusedException("signatures.error.file-too-large", MAX_BYTES / (1024 * 1024));
        }
        if (!startsWithPdfHeader(pdf)) {
            throw new RefusedException("signatures.error.not-a-pdf");
        }
        try {
            PDDocument document = Loader.loadPDF(pdf);
            if (document.isEncrypted()) {
                document.setAllSecurityToBeRemoved(true);
            }
            return document;
        } catch (InvalidPasswordException locked) {
            throw new RefusedException("signatures.error.pdf-protected");
        }
    }

    /** "%PDF-" within the first KiB, where readers look for it. */
    private static boolean startsWithPdfHeader(byte[] pdf) {
        int end = Math.min(pdf.length - 4, 1024);
        for (int i = 0; i < end; i++) {
            if (pdf[i] == '%' && pdf[i + 1] == 'P' && pdf[i + 2] == 'D' && pdf[i + 3] == 'F' && pdf[i + 4] == '-') {
                return true;
            }
        }
        return false;
    }

    private static BigDecimal points(float value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }

    private static byte[] png(BufferedImage image) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A page as a viewer shows it: width and height after rotation, and the matrix that maps that upright frame
     * (origin bottom left, in points) into the page's own user space, so stamps land upright where the field is.
     */
    record Frame(float width, float height, Matrix toUserSpace) {

        static Frame of(PDPage page) {
            PDRectangle box = page.getCropBox();
            float x = box.getLowerLeftX();
            float y = box.getLowerLeftY();
            float w = box.getWidth();
            float h = box.getHeight();
            return switch (Math.floorMod(page.getRotation(), 360)) {
                case 90 -> new Frame(h, w, new Matrix(0, 1, -1, 0, x + w, y));
                case 180 -> new Frame(w, h, new Matrix(-1, 0, 0, -1, x + w, y + h));
                case 270 -> new Frame(h, w, new Matrix(0, -1, 1, 0, x, y + h));
                default -> new Frame(w, h, new Matrix(1, 0, 0, 1, x, y));
            };
        }
    }
}
