package org.kundenportal.orders.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.kundenportal.base.i18n.Formats;
import org.kundenportal.base.security.CurrentUser;
import org.kundenportal.base.security.PortalScope;
import org.kundenportal.base.security.Roles;
import org.kundenportal.base.ui.DetailView;
import org.kundenportal.base.ui.Feedback;
import org.kundenportal.documents.domain.DocumentLine;
import org.kundenportal.documents.domain.DocumentLines;
import org.kundenportal.documents.ui.DocumentPage;
import org.kundenportal.documents.ui.HistorySection;
import org.kundenportal.orders.domain.CarrierRepository;
import org.kundenportal.orders.domain.Delivery;
import org.kundenportal.orders.domain.DeliveryRepository;
import org.kundenportal.orders.domain.DeliveryState;
import org.kundenportal.orders.domain.OrderDetail;
import org.kundenportal.orders.domain.OrderRepository;
import org.kundenportal.orders.domain.OrderService;
import org.springframework.beans.factory.ObjectProvider;

/**
 * A sales order in the back office: everything the customer sees, plus adding deliveries, moving them on to
 * shipped (with tracking numbers) and delivered, cancelling the order by agreement, and the customer preview.
 */
@Route("staff/orders/:number")
@RolesAllowed({Roles.STAFF, Roles.ADMIN})
public class StaffOrderView extends DetailView<OrderDetail> implements HasDynamicTitle {

    private final OrderRepository orders;
    private final DeliveryRepository deliveries;
    private final CarrierRepository carriers;
    private final DocumentLines lines;
    private final OrderService service;
    private final CurrentUser currentUser;
    private final ObjectProvider<HistorySection> history;
    private OrderDetail order;

    public StaffOrderView(OrderRepository orders, DeliveryRepository deliveries, CarrierRepository carriers,
                          DocumentLines lines, OrderService service, CurrentUser currentUser,
                          ObjectProvider<HistorySection> history) {
        super("number");
        this.orders = orders;
        this.deliveries = deliveries;
        this.carriers = carriers;
        this.lines = lines;
        this.service = service;
        this.currentUser = currentUser;
        this.history = history;
        addClassNames("document-view", "order-view", "staff-order-view");
    }

    @Override
    protected Optional<OrderDetail> find(String number) {
        return orders.find(PortalScope.staff(), number);
    }

    @Override
    protected void show(OrderDetail found) {
        order = found;
        show();
    }

    /** After every action: reads the order afresh, so the page shows what is stored. */
    private void render() {
        Optional<OrderDetail> current = orders.find(PortalScope.staff(), order.number());
        if (current.isEmpty()) {
            // cancelled meanwhile, e.g. in another tab: it is a quote now
            getUI().ifPresent(ui -> ui.navigate(StaffOrdersView.class));
            return;
        }
        order = current.get();
        show();
    }

    private void show() {
        removeAll();
        List<DocumentLine> orderLines = lines.of(order.ref());
        Button addDelivery = new Button(getTranslation("orders.action.add-delivery"), VaadinIcon.TRUCK.create(),
                click -> new AddDeliveryDialog(service, order.id(), orderLines, userId(), this::render).open());
        addDelivery.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        addDelivery.setId("order-add-delivery");
        Button cancel = new Button(getTranslation("orders.action.cancel"), VaadinIcon.CLOSE_CIRCLE_O.create(),
                click -> new CancelOrderDialog(service, order, userId(),
                        () -> getUI().ifPresent(ui -> ui.navigate(StaffOrdersView.class))).open());
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
        cancel.setId("order-cancel");
        Button preview = new Button(getTranslation("orders.action.preview"), VaadinIcon.EYE.create(),
                click -> getUI().ifPresent(ui -> ui.navigate("orders/" + order.number())));
        preview.setId("order-preview");
        HorizontalLayout actions = new HorizontalLayout(addDelivery, cancel, preview);
        actions.addClassName("document-actions");
        DocumentPage page = OrderDocument.page(this, order, orderLines, true).actions(actions, OrderDocument.pdfLinks(order));
        page.content(new OrderDocument(order, orderLines,
                orders.invoices(PortalScope.staff(), order.id(), LocalDate.now(Formats.ZONE)), deliveries.of(order.id()),
                invoice -> "staff/invoices/" + invoice.number(), this::deliveryActions));
        history.ifAvailable(section -> page.content(section.create(order.ref(), false)));
        add(page);
    }

    private Component deliveryActions(Delivery delivery) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.addClassName("delivery-actions");
        if (delivery.state().canBecome(DeliveryState.READY)) {
            actions.add(action("orders.delivery.action.ready", VaadinIcon.PACKAGE,
                    () -> service.markReady(delivery.id(), delivery.version()), "orders.delivery.ready-done"));
        }
        if (delivery.state().canBecome(DeliveryState.SHIPPED)) {
            actions.add(new Button(getTranslation("orders.delivery.action.ship"), VaadinIcon.TRUCK.create(),
                    click -> new ShipDialog(service, carriers.active(), delivery, userId(), this::render).open()));
        }
        if (delivery.state().canBecome(DeliveryState.DELIVERED)) {
            actions.add(new Button(getTranslation("orders.delivery.action.delivered"), VaadinIcon.CHECK.create(),
                    click -> new DeliveredDialog(service, delivery, userId(), this::render).open()));
        }
        if (delivery.state().canBecome(DeliveryState.CANCELLED)) {
            Button cancel = action("orders.delivery.action.cancel", VaadinIcon.BAN,
                    () -> service.cancelDelivery(delivery.id(), delivery.version()), "orders.delivery.cancel-done");
            cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(cancel);
        }
        actions.getChildren().map(Button.class::cast)
                .forEach(button -> button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY));
        return actions;
    }

    private Button action(String labelKey, VaadinIcon icon, Runnable change, String doneKey) {
        return new Button(getTranslation(labelKey), icon.create(), click -> {
            if (Feedback.attempt(change)) {
                Feedback.success(getTranslation(doneKey));
            }
            render();
        });
    }

    private long userId() {
        return currentUser.require().id();
    }

    @Override
    public String getPageTitle() {
        return order == null ? "" : getTranslation("orders.detail.title", order.number());
    }
}
