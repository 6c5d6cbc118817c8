package org.kundenportal.orders.domain;

import java.util.Set;

/** The state of one delivery (delivery note), with the states it may be changed from. */
public enum DeliveryState {
    WAITING, READY, SHIPPED, DELIVERED, CANCELLED;

    /** The states a delivery must be in to move to this one. */
    public Set<DeliveryState> predecessors() {
        return switch (this) {
            case WAITING -> Set.of();
            case READY -> Set.of(WAITING);
            case SHIPPED, CANCELLED -> Set.of(WAITING, READY);
            case DELIVERED -> Set.of(SHIPPED);
        };
    }

    public boolean canBecome(DeliveryState next) {
        return next.predecessors().contains(this);
    }
}
