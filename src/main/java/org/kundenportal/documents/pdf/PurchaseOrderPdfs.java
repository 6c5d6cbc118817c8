package org.kundenportal.documents.pdf;

import static org.kundenportal.db.Tables.PURCHASE_ORDER;

import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.kundenportal.base.i18n.Formats;
import org.kundenportal.base.security.Role;
import org.kundenportal.db.tables.records.PurchaseOrderRecord;
import org.kundenportal.documents.domain.DocumentLine;
import org.kundenportal.documents.domain.DocumentLines;
import org.kundenportal.documents.domain.DocumentRef;
import org.kundenportal.documents.domain.Totals;
import org.kundenportal.documents.ui.PdfLinks;
import org.kundenportal.purchasing.domain.PurchaseOrderState;
import org.springframework.stereotype.Component;

/** Orders our company placed with a supplier, for the supplier's users and staff. */
@Component
class PurchaseOrderPdfs implements DocumentPdfSource {

    private final DSLContext db;
    private final DocumentLines documentLines;
    private final PdfParts parts;

    PurchaseOrderPdfs(DSLContext db, DocumentLines documentLines, PdfParts parts) {
        this.db = db;
        this.documentLines = documentLines;
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
        Condition visible = viewer.internal() ? DSL.noCondition() : PURCHASE_ORDER.STATE.ne(PurchaseOrderState.DRAFT);
        return db.selectFrom(PURCHASE_ORDER)
                .where(PURCHASE_ORDER.NUMBER.eq(number), visible, viewer.scope().suppliers(PURCHASE_ORDER.SUPPLIER_COMPANY_ID))
                .fetchOptional()
                .map(row -> document(row, viewer.locale()));
    }

    private PdfDocument document(PurchaseOrderRecord row, Locale locale) {
        List<PdfDocument.Field> meta = new ArrayList<>();
        parts.addField(meta, "pdf.meta.order-date", Formats.date(row.getOrderDate(), locale), locale);
        parts.addField(meta, "pdf.meta.expected-date", Formats.date(row.getExpectedDate(), locale), locale);
        parts.addField(meta, "pdf.meta.reference", row.getReference(), locale);
        parts.addField(meta, "pdf.meta.contact", parts.userName(row.getResponsibleUserId()), locale);
        List<DocumentLine> lines = documentLines.of(DocumentRef.purchaseOrder(row.getId()));
        return new PdfDocument(locale, Currency.getInstance(row.getCurrency()), parts.text("pdf.title.purchase-order", locale),
                row.getNumber(), meta, parts.letterhead(),
                parts.recipient(row.getSupplierCompanyId(), row.getSupplierContactId(), false, locale),
                lines, true, Totals.of(lines), List.of(), parts.paymentTerm(row.getPaymentTermId(), locale),
                row.getNote(), null, null, null);
    }
}
