package org.kundenportal.purchasing.domain;

import java.util.List;

/** Where a purchase order stands. Suppliers never see a DRAFT; only a draft can be edited. */
public enum PurchaseOrderState {
    DRAFT, SENT, ACKNOWLEDGED, RECEIVED, CANCELLED;

    /** The states a supplier sees and can filter by. */
    public static final List<PurchaseOrderState> PORTAL = List.of(SENT, ACKNOWLEDGED, RECEIVED, CANCELLED);

    /** The states a delivery can be received in. */
    public static final List<PurchaseOrderState> RECEIVABLE = List.of(SENT, ACKNOWLEDGED);

    /** Everything before the goods arrived can be cancelled. */
    public static final List<PurchaseOrderState> CANCELLABLE = List.of(DRAFT, SENT, ACKNOWLEDGED);

    public boolean mayBeReceived() {
        return RECEIVABLE.contains(this);
    }

    public boolean mayBeCancelled() {
        return CANCELLABLE.contains(this);
    }
}
