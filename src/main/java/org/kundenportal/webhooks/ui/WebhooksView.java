package org.kundenportal.webhooks.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.TreeSet;
import org.kundenportal.base.i18n.Formats;
import org.kundenportal.base.security.Roles;
import org.kundenportal.base.ui.Feedback;
import org.kundenportal.base.ui.grid.ListCard;
import org.kundenportal.base.ui.grid.ResponsiveGrid;
import org.kundenportal.documents.ui.StateBadge;
import org.kundenportal.webhooks.domain.WebhookEndpoint;
import org.kundenportal.webhooks.domain.WebhookEndpointService;

/** The webhook endpoints other systems receive events at: admins add, switch off and delete them. */
@Route("staff/settings/webhooks")
@RolesAllowed(Roles.ADMIN)
public class WebhooksView extends Main implements HasDynamicTitle {

    private final Grid<WebhookEndpoint> grid = new Grid<>();
    private final WebhookEndpointService service;

    public WebhooksView(WebhookEndpointService service) {
        this.service = service;
        addClassNames("list-view", "webhooks-view");
        Button add = new Button(getTranslation("webhooks.add"), VaadinIcon.PLUS.create(),
                click -> new NewEndpointDialog(service, this::refresh).open());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("webhook-add");
        Anchor log = new Anchor(WebhookDeliveriesView.ROUTE, getTranslation("webhooks.log-link"));
        log.setId("webhook-log-link");

        grid.addColumn(WebhookEndpoint::url).setHeader(getTranslation("webhooks.url")).setKey("url").setFlexGrow(3);
        grid.addColumn(endpoint -> String.join(", ", new TreeSet<>(endpoint.eventTypes())))
                .setHeader(getTranslation("webhooks.events")).setKey("events").setFlexGrow(2);
        grid.addColumn(WebhookEndpoint::description).setHeader(getTranslation("webhooks.description"))
                .setKey("description").setFlexGrow(2);
        grid.addComponentColumn(this::state).setHeader(getTranslation("webhooks.state")).setKey("state")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::actions).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("webhooks.empty"));
        ResponsiveGrid.of(grid, ListCard.<WebhookEndpoint>titled(WebhookEndpoint::url)
                        .meta(WebhookEndpoint::description)
                        .badge(this::state))
                .keepOnPhone("actions")
                .hideOnTablet("description");
        add(new H1(getTranslation("webhooks.title")), new Paragraph(getTranslation("webhooks.intro")),
                new HorizontalLayout(add, log), grid);
        refresh();
    }

    private Component state(WebhookEndpoint endpoint) {
        if (!endpoint.enabled()) {
            return new StateBadge(getTranslation("webhooks.disabled"), StateBadge.Tone.CONTRAST);
        }
        if (endpoint.failingSince() != null) {
            return new StateBadge(getTranslation("webhooks.failing-since",
                    Formats.dateTime(endpoint.failingSince(), getLocale())), StateBadge.Tone.ERROR);
        }
        return new StateBadge(getTranslation("webhooks.enabled"), StateBadge.Tone.SUCCESS);
    }

    private Component actions(WebhookEndpoint endpoint) {
        Button toggle = new Button(getTranslation(endpoint.enabled() ? "webhooks.disable" : "webhooks.enable"), click -> {
            service.setEnabled(endpoint.id(), !endpoint.enabled());
            Feedback.success(getTranslation(endpoint.enabled() ? "webhooks.disabled-now" : "webhooks.enabled-now",
                    endpoint.url()));
            refresh();
        });
        toggle.addClassName("webhook-toggle");
        Button delete = new Button(getTranslation("webhooks.delete"), click -> confirmDelete(endpoint));
        delete.addClassName("webhook-delete");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        for (Button button : new Button[] {toggle, delete}) {
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        }
        return new HorizontalLayout(toggle, delete);
    }

    private void confirmDelete(WebhookEndpoint endpoint) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("webhooks.delete"),
                getTranslation("webhooks.delete.confirm", endpoint.url()), getTranslation("webhooks.delete"), yes -> {
            service.delete(endpoint.id());
            Feedback.success(getTranslation("webhooks.deleted", endpoint.url()));
            refresh();
        });
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("webhooks.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.setId("webhook-delete-confirm");
        confirm.open();
    }

    private void refresh() {
        grid.setItems(service.list());
    }

    Grid<WebhookEndpoint> grid() {
        return grid;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("webhooks.title");
    }
}
