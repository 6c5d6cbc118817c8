package org.kundenportal.orders.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.kundenportal.base.security.Roles;
import org.kundenportal.base.ui.Feedback;
import org.kundenportal.base.ui.grid.ListCard;
import org.kundenportal.base.ui.grid.ResponsiveGrid;
import org.kundenportal.documents.ui.StateBadge;
import org.kundenportal.orders.domain.Carrier;
import org.kundenportal.orders.domain.CarrierRepository;
import org.kundenportal.orders.domain.CarrierService;

/** The parcel carriers whose tracking pages order pages link to; admins add, edit and switch them off. */
@Route("staff/settings/carriers")
@RolesAllowed(Roles.ADMIN)
public class CarriersView extends Main implements HasDynamicTitle {

    private final Grid<Carrier> grid = new Grid<>();
    private final CarrierRepository carriers;
    private final CarrierService service;

    public CarriersView(CarrierRepository carriers, CarrierService service) {
        this.carriers = carriers;
        this.service = service;
        addClassNames("list-view", "carriers-view");
        Button add = new Button(getTranslation("orders.carriers.add"), VaadinIcon.PLUS.create(), click -> edit(Carrier.blank()));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("carrier-add");

        grid.addColumn(Carrier::name).setHeader(getTranslation("orders.carriers.name")).setKey("name").setAutoWidth(true);
        grid.addColumn(Carrier::code).setHeader(getTranslation("orders.carriers.code")).setKey("code").setAutoWidth(true);
        grid.addColumn(Carrier::trackingUrl).setHeader(getTranslation("orders.carriers.url")).setKey("url").setFlexGrow(3);
        grid.addComponentColumn(this::activeBadge)
                .setHeader(getTranslation("orders.carriers.state")).setKey("active").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::toggle).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("orders.carriers.empty"));
        grid.addItemClickListener(click -> edit(click.getItem()));
        ResponsiveGrid.of(grid, ListCard.<Carrier>titled(Carrier::name)
                        .meta(Carrier::code)
                        .badge(this::activeBadge))
                .keepOnPhone("actions")
                .hideOnTablet("url");
        add(new H1(getTranslation("orders.carriers.title")), new Paragraph(getTranslation("orders.carriers.intro")), add, grid);
        refresh();
    }

    private StateBadge activeBadge(Carrier carrier) {
        return carrier.active() ? new StateBadge(getTranslation("orders.carriers.active"), StateBadge.Tone.SUCCESS)
                : new StateBadge(getTranslation("orders.carriers.inactive"), StateBadge.Tone.CONTRAST);
    }

    private Component toggle(Carrier carrier) {
        Button button = new Button(getTranslation(carrier.active() ? "orders.carriers.deactivate" : "orders.carriers.activate"),
                click -> {
                    service.setActive(carrier.id(), !carrier.active());
                    Feedback.success(getTranslation(carrier.active() ? "orders.carriers.deactivated" : "orders.carriers.activated",
                            carrier.name()));
                    refresh();
                });
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        return button;
    }

    private void edit(Carrier carrier) {
        new CarrierDialog(service, carrier, this::refresh).open();
    }

    private void refresh() {
        grid.setItems(carriers.all());
    }

    Grid<Carrier> grid() {
        return grid;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("orders.carriers.title");
    }
}
