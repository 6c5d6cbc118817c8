package org.kundenportal.subscriptions.ui;

import com.vaadin.flow.component.Component;
import org.kundenportal.documents.ui.StateBadge;
import org.kundenportal.subscriptions.domain.BillingPeriod;
import org.kundenportal.subscriptions.domain.SubscriptionState;

/** Translated names of states and billing periods, shared by the list and the detail page. */
final class SubscriptionLabels {

    private SubscriptionLabels() {
    }

    static String state(Component component, SubscriptionState state) {
        return component.getTranslation("subscriptions.state." + state.name().toLowerCase());
    }

    static String period(Component component, BillingPeriod period) {
        return component.getTranslation("subscriptions.period." + period.name().toLowerCase());
    }

    static StateBadge badge(Component component, SubscriptionState state) {
        StateBadge.Tone tone = switch (state) {
            case ACTIVE -> StateBadge.Tone.SUCCESS;
            case PAUSED -> StateBadge.Tone.WARNING;
            case CANCELLED -> StateBadge.Tone.ERROR;
            case EXPIRED -> StateBadge.Tone.CONTRAST;
        };
        return new StateBadge(state(component, state), tone);
    }
}
