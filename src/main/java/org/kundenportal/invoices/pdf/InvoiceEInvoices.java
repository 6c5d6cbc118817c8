package org.kundenportal.invoices.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.kundenportal.base.security.PortalUser;
import org.kundenportal.documents.einvoice.EInvoiceData;
import org.kundenportal.documents.einvoice.EInvoiceGaps;
import org.kundenportal.documents.einvoice.EInvoiceValidation;
import org.kundenportal.documents.einvoice.EInvoices;
import org.kundenportal.documents.pdf.PdfRenderer;
import org.kundenportal.documents.pdf.Viewers;
import org.kundenportal.invoices.domain.EInvoiceFiles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The e-invoice files of our invoices (ZUGFeRD PDF, XRechnung) for a user, for the company sending them, and the
 * staff's checks of them; read through {@link InvoicePdfs}, so by the invoices' one visibility rule.
 */
@Service
public class InvoiceEInvoices implements EInvoiceFiles {

    private final InvoicePdfs invoices;
    private final PdfRenderer renderer;
    private final EInvoices eInvoices;
    private final Viewers viewers;

    InvoiceEInvoices(InvoicePdfs invoices, PdfRenderer renderer, EInvoices eInvoices, Viewers viewers) {
        this.invoices = invoices;
        this.renderer = renderer;
        this.eInvoices = eInvoices;
        this.viewers = viewers;
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
        return invoices.files(number, viewers.of(user, fallbackLocale)).filter(files -> files.eInvoice() != null)
                .map(files -> {
                    List<String> errors = new ArrayList<>(
                            EInvoiceValidation.errors(invoices.pdf(files, renderer), number + ".pdf"));
                    errors.addAll(EInvoiceValidation.errors(eInvoices.xrechnung(files.eInvoice()),
                            number + "-xrechnung.xml"));
                    return errors;
                });
    }

    /** The EN 16931 content of a posted customer invoice the user may see (for the e-invoice files and benchmarks). */
    @Transactional(readOnly = true)
    public Optional<EInvoiceData> eInvoice(String number, PortalUser user, Locale fallbackLocale) {
        return invoices.eInvoice(number, viewers.of(user, fallbackLocale));
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
        return invoices.files(number, viewers.company(locale)).filter(files -> files.eInvoice() != null)
                .map(files -> invoices.pdf(files, renderer));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<byte[]> xrechnung(String number, Locale locale) {
        return invoices.eInvoice(number, viewers.company(locale)).map(eInvoices::xrechnung);
    }
}
