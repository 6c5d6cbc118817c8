package org.kundenportal.invoices.ui;

import com.vaadin.flow.component.Component;
import org.kundenportal.documents.ui.StateBadge;
import org.kundenportal.invoices.domain.Direction;
import org.kundenportal.invoices.domain.InvoiceKind;
import org.kundenportal.invoices.domain.InvoicePaymentStatus;
import org.kundenportal.invoices.domain.PaymentAttemptState;
import org.kundenportal.invoices.domain.PaymentMethod;

/** Translation keys and badges of the invoice feature's enums, so every page words them alike. */
final class InvoiceLabels {

    private InvoiceLabels() {
    }

    static String status(Component context, InvoicePaymentStatus status) {
        return context.getTranslation("invoices.status." + status.name());
    }

    static StateBadge badge(Component context, InvoicePaymentStatus status) {
        StateBadge.Tone tone = switch (status) {
            case PAID -> StateBadge.Tone.SUCCESS;
            case OVERDUE, CANCELLED -> StateBadge.Tone.ERROR;
            case PARTIALLY_PAID -> StateBadge.Tone.WARNING;
            case NOT_PAID -> StateBadge.Tone.NORMAL;
        };
        StateBadge badge = new StateBadge(status(context, status), tone);
        badge.addClassName("invoice-status-" + status.name().toLowerCase());
        return badge;
    }

    /** Staff see a draft as such; its payment status means nothing yet. */
    static StateBadge draftBadge(Component context) {
        StateBadge badge = new StateBadge(context.getTranslation("invoices.state.DRAFT"), StateBadge.Tone.CONTRAST);
        badge.addClassName("invoice-status-draft");
        return badge;
    }

    /** Invoice, prepayment invoice, credit note, or vendor bill for what a supplier sent us. */
    static String title(Component context, Direction direction, InvoiceKind kind) {
        return direction == Direction.IN ? context.getTranslation("invoices.kind.VENDOR_BILL")
                : context.getTranslation("invoices.kind." + kind.name());
    }

    static String direction(Component context, Direction direction) {
        return context.getTranslation("invoices.direction." + direction.name());
    }

    static String method(Component context, PaymentMethod method) {
        return context.getTranslation("invoices.method." + method.name());
    }

    static StateBadge paymentState(Component context, PaymentAttemptState state) {
        StateBadge.Tone tone = switch (state) {
            case SUCCEEDED -> StateBadge.Tone.SUCCESS;
            case FAILED -> StateBadge.Tone.ERROR;
            case PENDING -> StateBadge.Tone.CONTRAST;
            case CANCELLED -> StateBadge.Tone.NORMAL;
        };
        return new StateBadge(context.getTranslation("invoices.payment-state." + state.name()), tone);
    }
}
