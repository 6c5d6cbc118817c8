package org.kundenportal.purchasing.domain;

import static org.kundenportal.db.Tables.PURCHASE_ORDER;

import java.util.Optional;
import org.jooq.DSLContext;
import org.kundenportal.base.security.PortalScope;
import org.kundenportal.documents.domain.DocumentRef;
import org.kundenportal.documents.domain.DocumentType;
import org.kundenportal.history.domain.DocumentInfo;
import org.kundenportal.history.domain.DocumentSide;
import org.kundenportal.history.domain.HistoryDocumentSource;
import org.springframework.stereotype.Repository;

/** Orders we placed with a supplier in the documents' history; visible by the purchase orders' one rule. */
@Repository
class PurchaseOrderDocuments implements HistoryDocumentSource {

    private final DSLContext db;

    PurchaseOrderDocuments(DSLContext db) {
        this.db = db;
    }

    @Override
    public DocumentType type() {
        return DocumentType.PURCHASE_ORDER;
    }

    @Override
    public Optional<DocumentInfo> find(long id) {
        return db.select(PURCHASE_ORDER.NUMBER, PURCHASE_ORDER.SUPPLIER_COMPANY_ID, PURCHASE_ORDER.RESPONSIBLE_USER_ID)
                .from(PURCHASE_ORDER).where(PURCHASE_ORDER.ID.eq(id))
                .fetchOptional(row -> new DocumentInfo(DocumentRef.purchaseOrder(id), row.value1(), row.value2(),
                        DocumentSide.SUPPLIER, "history.document.purchase-order", "purchase-orders/" + row.value1(),
                        "staff/purchase-orders/" + row.value1(), null, row.value3()));
    }

    @Override
    public boolean visibleTo(PortalScope scope, long id) {
        return db.fetchExists(PURCHASE_ORDER, PURCHASE_ORDER.ID.eq(id).and(PurchaseOrderRepository.visibleTo(scope, true)));
    }

    @Override
    public void setResponsible(long id, Long userId) {
        db.update(PURCHASE_ORDER).set(PURCHASE_ORDER.RESPONSIBLE_USER_ID, userId).where(PURCHASE_ORDER.ID.eq(id)).execute();
    }

    @Override
    public Optional<Long> idOf(String number) {
        return db.select(PURCHASE_ORDER.ID).from(PURCHASE_ORDER).where(PURCHASE_ORDER.NUMBER.eq(number)).fetchOptional(PURCHASE_ORDER.ID);
    }
}
