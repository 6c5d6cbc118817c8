package org.kundenportal.orders.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import org.kundenportal.documents.ui.StateBadge;
import org.kundenportal.orders.domain.DeliveryState;
import org.kundenportal.orders.domain.OrderInvoice;
import org.kundenportal.orders.domain.OrderSource;
import org.kundenportal.orders.domain.ShippingStatus;

/** The coloured badges of order pages and lists. */
final class OrderLabels {

    private OrderLabels() {
    }

    static String statusLabel(Component context, ShippingStatus status) {
        return context.getTranslation("orders.status." + status.name());
    }

    static StateBadge status(Component context, ShippingStatus status) {
        StateBadge.Tone tone = switch (status) {
            case NOT_SHIPPED -> StateBadge.Tone.CONTRAST;
            case PARTIALLY_SHIPPED -> StateBadge.Tone.WARNING;
            case SHIPPED -> StateBadge.Tone.NORMAL;
            case DELIVERED -> StateBadge.Tone.SUCCESS;
        };
        return new StateBadge(statusLabel(context, status), tone);
    }

    /** Only web shop orders are marked; a confirmed quote is the usual case. */
    static Component source(Component context, OrderSource source) {
        if (source != OrderSource.WEB_SHOP) {
            return new Span();
        }
        StateBadge badge = new StateBadge(context.getTranslation("orders.source.WEB_SHOP"), StateBadge.Tone.NORMAL);
        badge.addClassName("order-source-badge");
        return badge;
    }

    static StateBadge delivery(Component context, DeliveryState state) {
        StateBadge.Tone tone = switch (state) {
            case WAITING -> StateBadge.Tone.CONTRAST;
            case READY -> StateBadge.Tone.WARNING;
            case SHIPPED -> StateBadge.Tone.NORMAL;
            case DELIVERED -> StateBadge.Tone.SUCCESS;
            case CANCELLED -> StateBadge.Tone.ERROR;
        };
        return new StateBadge(context.getTranslation("orders.delivery.state." + state.name()), tone);
    }

    static StateBadge invoice(Component context, OrderInvoice.PaymentProgress status) {
        StateBadge.Tone tone = switch (status) {
            case PAID -> StateBadge.Tone.SUCCESS;
            case OVERDUE, CANCELLED -> StateBadge.Tone.ERROR;
            case PARTIALLY_PAID -> StateBadge.Tone.WARNING;
            case NOT_PAID -> StateBadge.Tone.CONTRAST;
        };
        return new StateBadge(context.getTranslation("orders.invoice.status." + status.name()), tone);
    }
}
