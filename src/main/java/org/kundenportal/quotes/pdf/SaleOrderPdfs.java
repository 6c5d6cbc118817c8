package org.kundenportal.quotes.pdf;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.kundenportal.base.i18n.Formats;
import org.kundenportal.base.security.AreaPermission;
import org.kundenportal.db.tables.records.SaleOrderRecord;
import org.kundenportal.documents.domain.DocumentLine;
import org.kundenportal.documents.domain.SaleOrderState;
import org.kundenportal.documents.domain.Totals;
import org.kundenportal.documents.domain.WithLines;
import org.kundenportal.documents.pdf.DocumentPdfSource;
import org.kundenportal.documents.pdf.PdfDocument;
import org.kundenportal.documents.pdf.PdfParts;
import org.kundenportal.documents.pdf.Viewer;
import org.kundenportal.documents.ui.PdfLinks;
import org.kundenportal.quotes.domain.QuoteRepository;
import org.springframework.stereotype.Component;

/**
 * Quotes and sales orders (one table): a quote while DRAFT, SENT or CANCELLED, an order once CONFIRMED. Each URL
 * serves only its own kind, so a number never answers under both; both are read by the sale orders' one
 * visibility rule, and each kind needs its area.
 */
@Component
class SaleOrderPdfs implements DocumentPdfSource {

    private final QuoteRepository quotes;
    private final PdfParts parts;

    SaleOrderPdfs(QuoteRepository quotes, PdfParts parts) {
        this.quotes = quotes;
        this.parts = parts;
    }

    @Override
    public Set<PdfLinks.Kind> kinds() {
        return Set.of(PdfLinks.Kind.QUOTE, PdfLinks.Kind.ORDER);
    }

    @Override
    public Optional<PdfDocument> document(PdfLinks.Kind kind, String number, Viewer viewer) {
        return kind == PdfLinks.Kind.QUOTE ? quote(number, viewer) : order(number, viewer);
    }

    private Optional<PdfDocument> quote(String number, Viewer viewer) {
        return viewer.mayUse(AreaPermission.QUOTES) ? find(number, false, viewer).map(quote -> document(quote, false, viewer))
                : Optional.empty();
    }

    private Optional<PdfDocument> order(String number, Viewer viewer) {
        return viewer.mayUse(AreaPermission.ORDERS) ? find(number, true, viewer).map(order -> document(order, true, viewer))
                : Optional.empty();
    }

    private Optional<WithLines<SaleOrderRecord>> find(String number, boolean order, Viewer viewer) {
        return quotes.printable(number, order, viewer.scope(), viewer.internal());
    }

    private PdfDocument document(WithLines<SaleOrderRecord> saleOrder, boolean order, Viewer viewer) {
        SaleOrderRecord row = saleOrder.row();
        List<DocumentLine> lines = saleOrder.lines();
        Locale locale = viewer.locale();
        List<PdfDocument.Field> meta = new ArrayList<>();
        if (order) {
            parts.addField(meta, "pdf.meta.order-date", Formats.date(row.getOrderDate(), locale), locale);
        } else {
            parts.addField(meta, "pdf.meta.quote-date", Formats.date(row.getQuoteDate(), locale), locale);
            parts.addField(meta, "pdf.meta.valid-until", Formats.date(row.getValidUntil(), locale), locale);
            parts.addField(meta, "pdf.meta.state", quoteState(row, locale), locale);
        }
        parts.addField(meta, "pdf.meta.reference", row.getReference(), locale);
        parts.addField(meta, "pdf.meta.contact", parts.userName(row.getResponsibleUserId()), locale);
        PdfDocument.Signature signature = row.getSignedName() == null ? null
                : new PdfDocument.Signature(row.getSignaturePng(), row.getSignedName(), row.getSignedAt());
        return new PdfDocument(locale, Currency.getInstance(row.getCurrency()),
                parts.text(order ? "pdf.title.order" : "pdf.title.quote", locale), row.getNumber(), meta,
                parts.letterhead(), parts.recipient(row.getCustomerCompanyId(), row.getCustomerContactId(), false, locale),
                lines, false, Totals.of(lines), List.of(), parts.paymentTerm(row.getPaymentTermId(), locale),
                row.getNote(), signature, null, null);
    }

    /** Only a quote that is not simply open says its state: a draft, a declined or an expired one. */
    private String quoteState(SaleOrderRecord row, Locale locale) {
        if (row.getState() == SaleOrderState.SENT) {
            boolean expired = row.getValidUntil() != null && row.getValidUntil().isBefore(LocalDate.now(Formats.ZONE));
            return expired ? parts.text("pdf.state.EXPIRED", locale) : null;
        }
        return parts.text("pdf.state." + row.getState(), locale);
    }
}
