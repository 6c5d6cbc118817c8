package org.kundenportal.documents.pdf;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.kundenportal.base.i18n.TranslationProvider;
import org.kundenportal.base.security.PortalScope;
import org.kundenportal.base.security.PortalScopeService;
import org.kundenportal.base.security.PortalUser;
import org.kundenportal.documents.domain.EInvoiceFiles;
import org.kundenportal.documents.einvoice.EInvoiceData;
import org.kundenportal.documents.einvoice.EInvoiceGaps;
import org.kundenportal.documents.einvoice.EInvoiceValidation;
import org.kundenportal.documents.einvoice.EInvoices;
import org.kundenportal.documents.ui.PdfLinks;
import org.kundenportal.users.domain.UserRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The PDF of a document for a user, or nothing when the document does not exist or the user may not see it: the
 * two are deliberately the same answer.
 */
@Service
public class DocumentPdfs implements EInvoiceFiles {

    private final Map<PdfLinks.Kind, DocumentPdfSource> sources = new EnumMap<>(PdfLinks.Kind.class);
    private final InvoicePdfs invoices;
    private final PdfRenderer renderer;
    private final UserRepository users;
    private final PortalScopeService scopes;
    private final TranslationProvider translations;
    private final EInvoices eInvoices;

    DocumentPdfs(List<DocumentPdfSource> sources, InvoicePdfs invoices, PdfRenderer renderer,
                 UserRepository users, PortalScopeService scopes, TranslationProvider translations,
                 EInvoices eInvoices) {
        this.eInvoices = eInvoices;
        for (DocumentPdfSource source : sources) {
            source.kinds().forEach(kind -> this.sources.put(kind, source));
        }
        this.invoices = invoices;
        this.renderer = renderer;
        this.users = users;
        this.scopes = scopes;
        this.translations = translations;
    }

    /**
     * A posted customer invoice comes as ZUGFeRD PDF (PDF/A-3 with its EN 16931 XML inside); every other document as
     * plain PDF/A.
     *
     * @param fallbackLocale the request's language, for a user who has not chosen one
     */
    @Transactional(readOnly = true)
    public Optional<byte[]> pdf(PdfLinks.Kind kind, String number, PortalUser user, Locale fallbackLocale) {
        if (kind != PdfLinks.Kind.INVOICE) {
            return document(kind, number, user, fallbackLocale).map(renderer::render);
        }
        return invoices.files(number, viewerOf(user, fallbackLocale)).map(this::invoicePdf);
    }

    /** The printed invoice, as ZUGFeRD PDF when it is a posted customer invoice. */
    private byte[] invoicePdf(InvoicePdfs.InvoiceFiles files) {
        byte[] pdf = renderer.render(files.document());
        return files.eInvoice() == null ? pdf : eInvoices.zugferd(pdf, files.eInvoice());
    }

    /**
     * For staff: what a customer invoice (a draft too) lacks to be a valid e-invoice, as translation keys; empty for
     * one that has everything, and for vendor bills.
     */
    @Transactional(readOnly = true)
    public List<String> eInvoiceGaps(String number, Locale locale) {
        return invoices.eInvoiceOfAnyState(number, locale).map(EInvoiceGaps::of).orElse(List.of());
    }

    /**
     * For staff: the EN 16931 validator's verdict on the ZUGFeRD PDF and the XRechnung of a posted customer invoice,
     * as the messages of its errors (empty when both are valid).
     */
    @Transactional(readOnly = true)
    public Optional<List<String>> eInvoiceErrors(String number, PortalUser user, Locale fallbackLocale) {
        return invoices.files(number, viewerOf(user, fallbackLocale)).filter(files -> files.eInvoice() != null)
                .map(files -> {
                    List<String> errors = new java.util.ArrayList<>(
                            EInvoiceValidation.errors(invoicePdf(files), number + ".pdf"));
                    errors.addAll(EInvoiceValidation.errors(eInvoices.xrechnung(files.eInvoice()),
                            number + "-xrechnung.xml"));
                    return errors;
                });
    }

    /** The EN 16931 content of a posted customer invoice the user may see (for the e-invoice files and benchmarks). */
    @Transactional(readOnly = true)
    public Optional<EInvoiceData> eInvoice(String number, PortalUser user, Locale fallbackLocale) {
        return invoices.eInvoice(number, viewerOf(user, fallbackLocale));
    }

    /** The XRechnung (XML) of a posted customer invoice the user may see. */
    @Transactional(readOnly = true)
    public Optional<byte[]> xrechnung(String number, PortalUser user, Locale fallbackLocale) {
        return eInvoice(number, user, fallbackLocale).map(eInvoices::xrechnung);
    }

    /** As the company sends it: every posted customer invoice, in the given language. */
    @Override
    @Transactional(readOnly = true)
    public Optional<byte[]> zugferdPdf(String number, Locale locale) {
        return invoices.files(number, company(locale)).filter(files -> files.eInvoice() != null)
                .map(this::invoicePdf);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<byte[]> xrechnung(String number, Locale locale) {
        return invoices.eInvoice(number, company(locale)).map(eInvoices::xrechnung);
    }

    @Transactional(readOnly = true)
    public Optional<PdfDocument> document(PdfLinks.Kind kind, String number, PortalUser user, Locale fallbackLocale) {
        Viewer viewer = viewerOf(user, fallbackLocale);
        DocumentPdfSource source = sources.get(kind);
        if (source == null) {
            throw new IllegalStateException("No PDF source for " + kind);
        }
        return source.document(kind, number, viewer);
    }

    /** The company itself, sending its documents: sees every one, as staff do. */
    private Viewer company(Locale locale) {
        return new Viewer(true, PortalScope.staff(), Set.of(), Set.of(), translations.supported(locale));
    }

    private Viewer viewerOf(PortalUser user, Locale fallbackLocale) {
        Locale locale = translations.supported(users.language(user.id()).map(Locale::forLanguageTag).orElse(fallbackLocale));
        return new Viewer(user.isInternal(), scopes.scopeOf(user), users.areaPermissions(user.id()), users.roles(user.id()), locale);
    }
}
