package org.kundenportal.webhooks.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.ConfigurableFilterDataProvider;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import org.kundenportal.base.i18n.Formats;
import org.kundenportal.base.security.Roles;
import org.kundenportal.base.ui.Feedback;
import org.kundenportal.base.ui.grid.ListCard;
import org.kundenportal.base.ui.grid.ListFilters;
import org.kundenportal.base.ui.grid.ResponsiveGrid;
import org.kundenportal.documents.ui.StateBadge;
import org.kundenportal.webhooks.domain.DeliveryRow;
import org.kundenportal.webhooks.domain.WebhookDeliveryState;
import org.kundenportal.webhooks.domain.WebhookEndpointService;

/** The delivery log, newest first and paged in SQL, filtered by state; any delivery can be sent again. */
@Route(WebhookDeliveriesView.ROUTE)
@RolesAllowed(Roles.ADMIN)
public class WebhookDeliveriesView extends Main implements HasDynamicTitle {

    static final String ROUTE = "staff/settings/webhooks/deliveries";

    private final WebhookEndpointService service;
    private final Grid<DeliveryRow> grid = new Grid<>();
    private final Select<WebhookDeliveryState> state = new Select<>();
    private final ConfigurableFilterDataProvider<DeliveryRow, Void, WebhookDeliveryState> deliveries;

    public WebhookDeliveriesView(WebhookEndpointService service) {
        this.service = service;
        addClassNames("list-view", "webhook-deliveries-view");
        deliveries = DataProvider.<DeliveryRow, WebhookDeliveryState>fromFilteringCallbacks(
                query -> service.deliveries(query.getFilter().orElse(null), null, query.getOffset(), query.getLimit())
                        .stream(),
                query -> service.countDeliveries(query.getFilter().orElse(null), null)).withConfigurableFilter();

        state.setLabel(getTranslation("webhooks.log.filter-state"));
        state.setItems(WebhookDeliveryState.values());
        state.setEmptySelectionAllowed(true);
        state.setEmptySelectionCaption(getTranslation("webhooks.log.all"));
        state.setItemLabelGenerator(value -> value == null ? getTranslation("webhooks.log.all")
                : getTranslation("webhooks.state." + value.name()));
        state.setId("webhook-log-state");
        state.addValueChangeListener(change -> deliveries.setFilter(change.getValue()));

        grid.addColumn(row -> Formats.dateTime(row.createdAt(), getLocale())).setHeader(getTranslation("webhooks.log.time"))
                .setKey("time").setAutoWidth(true);
        grid.addColumn(DeliveryRow::eventType).setHeader(getTranslation("webhooks.log.event")).setKey("event").setAutoWidth(true);
        grid.addColumn(DeliveryRow::subject).setHeader(getTranslation("webhooks.log.subject")).setKey("subject").setAutoWidth(true);
        grid.addColumn(DeliveryRow::endpointUrl).setHeader(getTranslation("webhooks.log.endpoint")).setKey("endpoint")
                .setFlexGrow(2);
        grid.addComponentColumn(this::stateBadge).setHeader(getTranslation("webhooks.state")).setKey("state").setAutoWidth(true);
        grid.addColumn(row -> row.lastResponseCode() == null ? "" : row.lastResponseCode().toString())
                .setHeader(getTranslation("webhooks.log.code")).setKey("code").setAutoWidth(true);
        grid.addColumn(DeliveryRow::attempts).setHeader(getTranslation("webhooks.log.attempts")).setKey("attempts").setAutoWidth(true);
        grid.addColumn(row -> row.state() == WebhookDeliveryState.PENDING ? time(row.nextAttemptAt()) : "")
                .setHeader(getTranslation("webhooks.log.next")).setKey("next").setAutoWidth(true);
        grid.addColumn(DeliveryRow::lastError).setHeader(getTranslation("webhooks.log.error")).setKey("error").setFlexGrow(2);
        grid.addComponentColumn(this::sendAgain).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("webhooks.log.empty"));
        grid.setItems(deliveries);
        ResponsiveGrid.of(grid, ListCard.<DeliveryRow>titled(DeliveryRow::eventType)
                        .detail(row -> Formats.dateTime(row.createdAt(), getLocale()))
                        .meta(DeliveryRow::subject, DeliveryRow::endpointUrl)
                        .badge(this::stateBadge))
                .keepOnPhone("actions")
                .hideOnTablet("code", "attempts", "next", "endpoint");

        Anchor back = new Anchor("staff/settings/webhooks", getTranslation("webhooks.back"));
        ListFilters toolbar = new ListFilters();
        toolbar.add(state, back);
        add(new H1(getTranslation("webhooks.log.title")), toolbar, grid);
    }

    private String time(Instant instant) {
        return instant == null ? "" : Formats.dateTime(instant, getLocale());
    }

    private Component stateBadge(DeliveryRow row) {
        StateBadge.Tone tone = switch (row.state()) {
            case DELIVERED -> StateBadge.Tone.SUCCESS;
            case FAILED -> StateBadge.Tone.ERROR;
            case PENDING -> row.attempts() > 0 ? StateBadge.Tone.WARNING : StateBadge.Tone.NORMAL;
        };
        return new StateBadge(getTranslation("webhooks.state." + row.state().name()), tone);
    }

    private Component sendAgain(DeliveryRow row) {
        Button button = new Button(getTranslation("webhooks.log.send-again"), click -> {
            service.sendAgain(row.id());
            Feedback.success(getTranslation("webhooks.log.sent-again", row.eventType(), row.subject()));
            deliveries.refreshAll();
        });
        button.addClassName("webhook-send-again");
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        return button;
    }

    Grid<DeliveryRow> grid() {
        return grid;
    }

    Select<WebhookDeliveryState> stateFilter() {
        return state;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("webhooks.log.title");
    }
}
