package org.kundenportal.quotes.domain;

import static org.kundenportal.db.Tables.SALE_ORDER;

import java.util.Optional;
import org.jooq.DSLContext;
import org.kundenportal.base.security.AreaPermission;
import org.kundenportal.base.security.PortalScope;
import org.kundenportal.documents.domain.DocumentRef;
import org.kundenportal.documents.domain.DocumentType;
import org.kundenportal.documents.domain.SaleOrderState;
import org.kundenportal.history.domain.DocumentInfo;
import org.kundenportal.history.domain.DocumentSide;
import org.kundenportal.history.domain.HistoryDocumentSource;
import org.springframework.stereotype.Repository;

/**
 * Quotes and the sales orders they become in the documents' history: a quote's pages until it is confirmed, an
 * order's after; visible by the sale orders' one rule.
 */
@Repository
class SaleOrderDocuments implements HistoryDocumentSource {

    private final DSLContext db;

    SaleOrderDocuments(DSLContext db) {
        this.db = db;
    }

    @Override
    public DocumentType type() {
        return DocumentType.SALE_ORDER;
    }

    @Override
    public Optional<DocumentInfo> find(long id) {
        return db.select(SALE_ORDER.NUMBER, SALE_ORDER.STATE, SALE_ORDER.CUSTOMER_COMPANY_ID, SALE_ORDER.RESPONSIBLE_USER_ID)
                .from(SALE_ORDER).where(SALE_ORDER.ID.eq(id))
                .fetchOptional(row -> {
                    boolean order = row.value2() == SaleOrderState.CONFIRMED;
                    String number = row.value1();
                    return new DocumentInfo(DocumentRef.saleOrder(id), number, row.value3(), DocumentSide.CUSTOMER,
                            order ? "history.document.order" : "history.document.quote",
                            (order ? "orders/" : "quotes/") + number,
                            (order ? "staff/orders/" : "staff/quotes/") + number,
                            order ? AreaPermission.ORDERS : AreaPermission.QUOTES, row.value4());
                });
    }

    @Override
    public boolean visibleTo(PortalScope scope, long id) {
        return db.fetchExists(SALE_ORDER, SALE_ORDER.ID.eq(id).and(QuoteRepository.visibleTo(scope, true)));
    }

    @Override
    public void setResponsible(long id, Long userId) {
        db.update(SALE_ORDER).set(SALE_ORDER.RESPONSIBLE_USER_ID, userId).where(SALE_ORDER.ID.eq(id)).execute();
    }

    @Override
    public Optional<Long> idOf(String number) {
        return db.select(SALE_ORDER.ID).from(SALE_ORDER).where(SALE_ORDER.NUMBER.eq(number)).fetchOptional(SALE_ORDER.ID);
    }
}
