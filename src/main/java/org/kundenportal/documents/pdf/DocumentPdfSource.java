package org.kundenportal.documents.pdf;

import java.util.Optional;
import java.util.Set;
import org.kundenportal.documents.ui.PdfLinks;

/**
 * Where the PDF of a kind of document comes from. A feature with printable documents contributes one as a Spring
 * bean, so that the PDF endpoint knows every kind without depending on the features. It reads the document through
 * its repository's one visibility rule, as the document's pages do.
 */
public interface DocumentPdfSource {

    Set<PdfLinks.Kind> kinds();

    /** The document as the viewer may see it; empty when it does not exist or is not theirs to see. */
    Optional<PdfDocument> document(PdfLinks.Kind kind, String number, Viewer viewer);

    /** The PDF file; a kind whose file carries more than the printed document (an e-invoice) says so here. */
    default Optional<byte[]> pdf(PdfLinks.Kind kind, String number, Viewer viewer, PdfRenderer renderer) {
        return document(kind, number, viewer).map(renderer::render);
    }
}
