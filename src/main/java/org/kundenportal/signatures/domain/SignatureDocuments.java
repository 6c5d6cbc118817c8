package org.kundenportal.signatures.domain;

import static org.kundenportal.db.Tables.SIGNATURE_REQUEST;

import java.util.Optional;
import org.jooq.DSLContext;
import org.kundenportal.base.security.PortalScope;
import org.kundenportal.documents.domain.DocumentType;
import org.kundenportal.history.domain.DocumentInfo;
import org.kundenportal.history.domain.DocumentSide;
import org.kundenportal.history.domain.HistoryDocumentSource;
import org.springframework.stereotype.Repository;

/**
 * Signature requests in the shared history: messages, attachments, events and time entries. Like tickets they
 * need no area permission; portal users never see drafts.
 */
@Repository
class SignatureDocuments implements HistoryDocumentSource {

    private final DSLContext db;

    SignatureDocuments(DSLContext db) {
        this.db = db;
    }

    @Override
    public DocumentType type() {
        return DocumentType.SIGNATURE;
    }

    @Override
    public Optional<DocumentInfo> find(long id) {
        return db.select(SIGNATURE_REQUEST.NUMBER, SIGNATURE_REQUEST.COMPANY_ID, SIGNATURE_REQUEST.RESPONSIBLE_USER_ID)
                .from(SIGNATURE_REQUEST).where(SIGNATURE_REQUEST.ID.eq(id))
                .fetchOptional(row -> new DocumentInfo(SignatureRequest.ref(id), row.value1(), row.value2(),
                        DocumentSide.CUSTOMER, "history.document.signature", "signatures/" + row.value1(),
                        "staff/signatures/" + row.value1(), null, row.value3()));
    }

    @Override
    public boolean visibleTo(PortalScope scope, long id) {
        return db.fetchExists(SIGNATURE_REQUEST, SIGNATURE_REQUEST.ID.eq(id).and(SignatureRepository.visibleTo(scope)));
    }

    /** Allowed even once signed (the V16 trigger lets exactly this change through); bumps the version. */
    @Override
    public void setResponsible(long id, Long userId) {
        db.update(SIGNATURE_REQUEST).set(SIGNATURE_REQUEST.RESPONSIBLE_USER_ID, userId)
                .set(SIGNATURE_REQUEST.VERSION, SIGNATURE_REQUEST.VERSION.plus(1))
                .where(SIGNATURE_REQUEST.ID.eq(id)).execute();
    }

    @Override
    public Optional<Long> idOf(String number) {
        return db.select(SIGNATURE_REQUEST.ID).from(SIGNATURE_REQUEST).where(SIGNATURE_REQUEST.NUMBER.eq(number)).fetchOptional(SIGNATURE_REQUEST.ID);
    }
}
