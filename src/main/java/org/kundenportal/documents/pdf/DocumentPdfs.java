package org.kundenportal.documents.pdf;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.kundenportal.base.security.PortalUser;
import org.kundenportal.documents.ui.PdfLinks;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The PDF of a document for a user, or nothing when the document does not exist or the user may not see it: the
 * two are deliberately the same answer.
 */
@Service
public class DocumentPdfs {

    private final Map<PdfLinks.Kind, DocumentPdfSource> sources = new EnumMap<>(PdfLinks.Kind.class);
    private final PdfRenderer renderer;
    private final Viewers viewers;

    DocumentPdfs(List<DocumentPdfSource> sources, PdfRenderer renderer, Viewers viewers) {
        for (DocumentPdfSource source : sources) {
            source.kinds().forEach(kind -> this.sources.put(kind, source));
        }
        this.renderer = renderer;
        this.viewers = viewers;
    }

    /**
     * The PDF file as its source makes it (a posted customer invoice as ZUGFeRD PDF, every other document as plain
     * PDF/A).
     *
     * @param fallbackLocale the request's language, for a user who has not chosen one
     */
    @Transactional(readOnly = true)
    public Optional<byte[]> pdf(PdfLinks.Kind kind, String number, PortalUser user, Locale fallbackLocale) {
        return source(kind).pdf(kind, number, viewers.of(user, fallbackLocale), renderer);
    }

    @Transactional(readOnly = true)
    public Optional<PdfDocument> document(PdfLinks.Kind kind, String number, PortalUser user, Locale fallbackLocale) {
        return source(kind).document(kind, number, viewers.of(user, fallbackLocale));
    }

    private DocumentPdfSource source(PdfLinks.Kind kind) {
        DocumentPdfSource source = sources.get(kind);
        if (source == null) {
            throw new IllegalStateException("No PDF source for " + kind);
        }
        return source;
    }
}
