package org.kundenportal.invoices.incoming.ui;

import com.vaadin.flow.component.Component;
import org.kundenportal.documents.ui.StateBadge;
import org.kundenportal.invoices.incoming.domain.ReceivedEInvoiceState;

/** The words and badges for a received e-invoice's state, the same in the portal and the back office. */
final class ReceivedEInvoiceLabels {

    private ReceivedEInvoiceLabels() {
    }

    static String state(Component owner, ReceivedEInvoiceState state) {
        return owner.getTranslation("einvoice.in.state." + state.name());
    }

    static StateBadge badge(Component owner, ReceivedEInvoiceState state) {
        return new StateBadge(state(owner, state), switch (state) {
            case RECEIVED -> StateBadge.Tone.NORMAL;
            case POSTED -> StateBadge.Tone.SUCCESS;
            case REJECTED -> StateBadge.Tone.ERROR;
        });
    }
}
