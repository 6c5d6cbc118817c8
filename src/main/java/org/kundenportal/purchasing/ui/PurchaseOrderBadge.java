package org.kundenportal.purchasing.ui;

import org.kundenportal.documents.ui.StateBadge;
import org.kundenportal.purchasing.domain.PurchaseOrderState;

/** A purchase order's state; "sent" reads as waiting for the supplier. */
class PurchaseOrderBadge extends StateBadge {

    PurchaseOrderBadge(PurchaseOrderState state, String text) {
        super(text, switch (state) {
            case DRAFT -> Tone.WARNING;
            case SENT -> Tone.CONTRAST;
            case ACKNOWLEDGED -> Tone.NORMAL;
            case RECEIVED -> Tone.SUCCESS;
            case CANCELLED -> Tone.ERROR;
        });
    }

    static String labelKey(PurchaseOrderState state) {
        return "purchasing.state." + state.name();
    }
}
