package org.kundenportal.quotes.domain;

import static org.kundenportal.db.Tables.SALE_ORDER;

import java.time.LocalDate;
import java.util.List;
import org.jooq.Condition;
import org.kundenportal.documents.domain.SaleOrderState;

/**
 * What a quote means to its reader, derived from the stored state: EXPIRED is a SENT quote past its validity,
 * AWAITING_PAYMENT a signed one whose prepayment has not arrived yet.
 */
public enum QuoteStatus {
    DRAFT, OPEN, AWAITING_PAYMENT, EXPIRED, CANCELLED, CONFIRMED;

    /** What the portal shows: never drafts, and confirmed quotes are orders. */
    public static final List<QuoteStatus> PORTAL = List.of(OPEN, AWAITING_PAYMENT, EXPIRED, CANCELLED);

    public static QuoteStatus of(SaleOrderState state, boolean signed, LocalDate validUntil, LocalDate today) {
        return switch (state) {
            case DRAFT -> DRAFT;
            case CONFIRMED -> CONFIRMED;
            case CANCELLED -> CANCELLED;
            case SENT -> signed ? AWAITING_PAYMENT : validUntil != null && validUntil.isBefore(today) ? EXPIRED : OPEN;
        };
    }

    /** The same rule as {@link #of} in SQL, for filtering and counting. */
    public Condition condition(LocalDate today) {
        Condition sent = SALE_ORDER.STATE.eq(SaleOrderState.SENT);
        Condition unsigned = SALE_ORDER.SIGNED_AT.isNull();
        return switch (this) {
            case DRAFT -> SALE_ORDER.STATE.eq(SaleOrderState.DRAFT);
            case CONFIRMED -> SALE_ORDER.STATE.eq(SaleOrderState.CONFIRMED);
            case CANCELLED -> SALE_ORDER.STATE.eq(SaleOrderState.CANCELLED);
            case AWAITING_PAYMENT -> sent.and(SALE_ORDER.SIGNED_AT.isNotNull());
            case EXPIRED -> sent.and(unsigned).and(SALE_ORDER.VALID_UNTIL.lt(today));
            case OPEN -> sent.and(unsigned).and(SALE_ORDER.VALID_UNTIL.isNull().or(SALE_ORDER.VALID_UNTIL.ge(today)));
        };
    }

    public boolean answerable() {
        return this == OPEN;
    }
}
