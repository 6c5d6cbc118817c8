package org.kundenportal.subscriptions.domain;

import static org.kundenportal.db.Tables.SUBSCRIPTION;

import java.util.Optional;
import org.jooq.DSLContext;
import org.kundenportal.base.security.AreaPermission;
import org.kundenportal.base.security.PortalScope;
import org.kundenportal.documents.domain.DocumentType;
import org.kundenportal.history.domain.DocumentInfo;
import org.kundenportal.history.domain.DocumentSide;
import org.kundenportal.history.domain.HistoryDocumentSource;
import org.springframework.stereotype.Repository;

/** Subscriptions in the shared history: customers open the portal page, staff the back-office editor. */
@Repository
class SubscriptionDocuments implements HistoryDocumentSource {

    private final DSLContext db;

    SubscriptionDocuments(DSLContext db) {
        this.db = db;
    }

    @Override
    public DocumentType type() {
        return DocumentType.SUBSCRIPTION;
    }

    @Override
    public Optional<DocumentInfo> find(long id) {
        return db.select(SUBSCRIPTION.NUMBER, SUBSCRIPTION.COMPANY_ID, SUBSCRIPTION.RESPONSIBLE_USER_ID)
                .from(SUBSCRIPTION).where(SUBSCRIPTION.ID.eq(id))
                .fetchOptional(row -> new DocumentInfo(Subscription.ref(id), row.value1(), row.value2(),
                        DocumentSide.CUSTOMER, "history.document.subscription", "subscriptions/" + row.value1(),
                        "staff/subscriptions/" + row.value1(), AreaPermission.SUBSCRIPTIONS, row.value3()));
    }

    @Override
    public boolean visibleTo(PortalScope scope, long id) {
        return db.fetchExists(SUBSCRIPTION, SUBSCRIPTION.ID.eq(id).and(SubscriptionRepository.visibleTo(scope)));
    }

    /** Bumps the version too, so a change prepared before this one is refused. */
    @Override
    public void setResponsible(long id, Long userId) {
        db.update(SUBSCRIPTION).set(SUBSCRIPTION.RESPONSIBLE_USER_ID, userId)
                .set(SUBSCRIPTION.VERSION, SUBSCRIPTION.VERSION.plus(1))
                .where(SUBSCRIPTION.ID.eq(id)).execute();
    }

    @Override
    public Optional<Long> idOf(String number) {
        return db.select(SUBSCRIPTION.ID).from(SUBSCRIPTION).where(SUBSCRIPTION.NUMBER.eq(number)).fetchOptional(SUBSCRIPTION.ID);
    }
}
