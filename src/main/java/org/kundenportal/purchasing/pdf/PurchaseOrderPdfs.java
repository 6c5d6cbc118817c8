package org.kundenportal.purchasing.pdf;

import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.kundenportal.base.i18n.Formats;
import org.kundenportal.base.security.Role;
import org.kundenportal.db.tables.records.PurchaseOrderRecord;
import org.kundenportal.documents.domain.DocumentLine;
import org.kundenportal.documents.domain.Totals;
import org.kundenportal.documents.pdf.DocumentPdfSource;
import org.kundenportal.documents.pdf.PdfDocument;
import org.kundenportal.documents.pdf.PdfParts;
import org.kundenportal.documents.pdf.Viewer;
import org.kundenportal.documents.ui.PdfLinks;
import org.kundenportal.purchasing.domain.PurchaseOrderRepository;
import org.springframework.stereotype.Component;

/** Orders our company placed with a supplier, for the supplier's users and staff, by the orders' one visibility rule. */
@Component
class PurchaseOrderPdfs implements DocumentPdfSource {

    private final PurchaseOrderRepository orders;
    private final PdfParts parts;

    PurchaseOrderPdfs(PurchaseOrderRepository orders, PdfParts parts) {
        this.orders = orders;
        this.parts = parts;
    }

    @Override
    public Set<PdfLinks.Kind> kinds() {
        return Set.of(PdfLinks.Kind.PURCHASE_ORDER);
    }

    @Override
    public Optional<PdfDocument> document(PdfLinks.Kind kind, String number, Viewer viewer) {
        if (!viewer.has(Role.SUPPLIER)) {
            return Optional.empty();
        }
        return orders.printable(number, viewer.scope(), viewer.internal())
                .map(order -> document(order.row(), order.lines(), viewer.locale()));
    }

    private PdfDocument document(PurchaseOrderRecord row, List<DocumentLine> lines, Locale locale) {
        List<PdfDocument.Field> meta = new ArrayList<>();
        parts.addField(meta, "pdf.meta.order-date", Formats.date(row.getOrderDate(), locale), locale);
        parts.addField(meta, "pdf.meta.expected-date", Formats.date(row.getExpectedDate(), locale), locale);
        parts.addField(meta, "pdf.meta.reference", row.getReference(), locale);
        parts.addField(meta, "pdf.meta.contact", parts.userName(row.getResponsibleUserId()), locale);
        return new PdfDocument(locale, Currency.getInstance(row.getCurrency()), parts.text("pdf.title.purchase-order", locale),
                row.getNumber(), meta, parts.letterhead(),
                parts.recipient(row.getSupplierCompanyId(), row.getSupplierContactId(), false, locale),
                lines, true, Totals.of(lines), List.of(), parts.paymentTerm(row.getPaymentTermId(), locale),
                row.getNote(), null, null, null);
    }
}
