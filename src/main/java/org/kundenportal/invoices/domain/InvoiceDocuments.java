package org.kundenportal.invoices.domain;

import static org.kundenportal.db.Tables.INVOICE;

import java.util.Optional;
import org.jooq.DSLContext;
import org.kundenportal.base.security.AreaPermission;
import org.kundenportal.base.security.PortalScope;
import org.kundenportal.documents.domain.DocumentRef;
import org.kundenportal.documents.domain.DocumentType;
import org.kundenportal.history.domain.DocumentInfo;
import org.kundenportal.history.domain.DocumentSide;
import org.kundenportal.history.domain.HistoryDocumentSource;
import org.springframework.stereotype.Repository;

/**
 * Invoices in the documents' history: customer invoices (OUT, the customer's side) and vendor bills (IN, the
 * supplier's side), visible by the invoices' one rule.
 */
@Repository
class InvoiceDocuments implements HistoryDocumentSource {

    private final DSLContext db;

    InvoiceDocuments(DSLContext db) {
        this.db = db;
    }

    @Override
    public DocumentType type() {
        return DocumentType.INVOICE;
    }

    @Override
    public Optional<DocumentInfo> find(long id) {
        return db.select(INVOICE.NUMBER, INVOICE.DIRECTION, INVOICE.COMPANY_ID, INVOICE.RESPONSIBLE_USER_ID)
                .from(INVOICE).where(INVOICE.ID.eq(id))
                .fetchOptional(row -> {
                    boolean outgoing = row.value2() == Direction.OUT;
                    return new DocumentInfo(DocumentRef.invoice(id), row.value1(), row.value3(),
                            outgoing ? DocumentSide.CUSTOMER : DocumentSide.SUPPLIER,
                            outgoing ? "history.document.invoice" : "history.document.vendor-bill",
                            "invoices/" + row.value1(), "staff/invoices/" + row.value1(),
                            outgoing ? AreaPermission.INVOICES : null, row.value4());
                });
    }

    @Override
    public boolean visibleTo(PortalScope scope, long id) {
        return db.fetchExists(INVOICE, INVOICE.ID.eq(id).and(InvoiceRepository.visibleTo(scope, true)));
    }

    @Override
    public void setResponsible(long id, Long userId) {
        db.update(INVOICE).set(INVOICE.RESPONSIBLE_USER_ID, userId).where(INVOICE.ID.eq(id)).execute();
    }

    @Override
    public Optional<Long> idOf(String number) {
        return db.select(INVOICE.ID).from(INVOICE).where(INVOICE.NUMBER.eq(number)).fetchOptional(INVOICE.ID);
    }
}
