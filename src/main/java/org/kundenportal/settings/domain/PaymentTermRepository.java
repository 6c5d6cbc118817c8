package org.kundenportal.settings.domain;

import static org.kundenportal.db.Tables.PAYMENT_TERM;

import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** The payment terms staff choose from: quotes, purchase orders and the sales settings' default read them here. */
@Repository
public class PaymentTermRepository {

    private final DSLContext db;

    PaymentTermRepository(DSLContext db) {
        this.db = db;
    }

    /** The active terms, shortest first. */
    public List<PaymentTerm> active() {
        return db.selectFrom(PAYMENT_TERM).where(PAYMENT_TERM.ACTIVE.isTrue()).orderBy(PAYMENT_TERM.DAYS, PAYMENT_TERM.ID)
                .fetch(term -> new PaymentTerm(term.getId(), term.getCode(), term.getLabelDe(), term.getLabelEn()));
    }

    public Optional<PaymentTerm> find(long id) {
        return db.selectFrom(PAYMENT_TERM).where(PAYMENT_TERM.ID.eq(id))
                .fetchOptional(term -> new PaymentTerm(term.getId(), term.getCode(), term.getLabelDe(), term.getLabelEn()));
    }

    public Optional<Long> idOf(String code) {
        return db.select(PAYMENT_TERM.ID).from(PAYMENT_TERM).where(PAYMENT_TERM.CODE.eq(code)).fetchOptional(PAYMENT_TERM.ID);
    }
}
