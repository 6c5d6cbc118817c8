package org.kundenportal.tickets.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import org.kundenportal.documents.ui.StateBadge;
import org.kundenportal.tickets.domain.TicketCategory;
import org.kundenportal.tickets.domain.TicketPriority;
import org.kundenportal.tickets.domain.TicketState;

/** The translated names of a ticket's states, categories and priorities, and its state as a badge. */
final class TicketLabels {

    private TicketLabels() {
    }

    static String state(TicketState state) {
        return text("tickets.state." + state.name());
    }

    static String category(TicketCategory category) {
        return text("tickets.category." + category.name());
    }

    static String priority(TicketPriority priority) {
        return text("tickets.priority." + priority.name());
    }

    static Component badge(TicketState state) {
        StateBadge.Tone tone = switch (state) {
            case NEW -> StateBadge.Tone.NORMAL;
            case BACKLOG, IN_PROGRESS -> StateBadge.Tone.CONTRAST;
            case WAITING_FOR_CUSTOMER -> StateBadge.Tone.WARNING;
            case DONE -> StateBadge.Tone.SUCCESS;
        };
        return new StateBadge(state(state), tone);
    }

    private static String text(String key) {
        return UI.getCurrent().getTranslation(key);
    }
}
