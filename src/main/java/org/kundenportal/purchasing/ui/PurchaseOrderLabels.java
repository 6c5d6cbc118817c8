package org.kundenportal.purchasing.ui;

import com.vaadin.flow.component.Component;
import org.kundenportal.documents.ui.StateBadge;
import org.kundenportal.purchasing.domain.PurchaseOrderState;

/** A purchase order's state as text and badge, alike on every page; "sent" reads as waiting for the supplier. */
final class PurchaseOrderLabels {

    private PurchaseOrderLabels() {
    }

    static String state(Component component, PurchaseOrderState state) {
        return component.getTranslation("purchasing.state." + state.name());
    }

    static StateBadge badge(Component component, PurchaseOrderState state) {
        StateBadge.Tone tone = switch (state) {
            case DRAFT -> StateBadge.Tone.WARNING;
            case SENT -> StateBadge.Tone.CONTRAST;
            case ACKNOWLEDGED -> StateBadge.Tone.NORMAL;
            case RECEIVED -> StateBadge.Tone.SUCCESS;
            case CANCELLED -> StateBadge.Tone.ERROR;
        };
        return new StateBadge(state(component, state), tone);
    }
}
