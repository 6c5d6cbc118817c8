package org.kundenportal.purchasing.domain;

import java.util.List;

/** Where a purchase order stands. Suppliers never see a DRAFT; only a draft can be edited. */
public enum PurchaseOrderState {
    DRAFT, SENT, ACKNOWLEDGED, RECEIVED, CANCELLED;

    /** The states a supplier sees and can filter by. */
    public static final List<PurchaseOrderState> PORTAL = List.of(SENT, ACKNOWLEDGED, RECEIVED, CANCELLED);

    public boolean mayBeReceived() {
        return this == SENT || this == ACKNOWLEDGED;
    }

    public boolean mayBeCancelled() {
        return this == DRAFT || this == SENT || this == ACKNOWLEDGED;
    }
}
