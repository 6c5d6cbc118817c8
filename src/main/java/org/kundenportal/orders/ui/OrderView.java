package org.kundenportal.orders.ui;

import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.kundenportal.base.i18n.Formats;
import org.kundenportal.base.security.AreaPermission;
import org.kundenportal.base.security.CurrentUser;
import org.kundenportal.base.security.PortalScope;
import org.kundenportal.base.security.PortalUser;
import org.kundenportal.base.security.Roles;
import org.kundenportal.base.ui.DetailView;
import org.kundenportal.base.ui.RequiresArea;
import org.kundenportal.documents.domain.DocumentLine;
import org.kundenportal.documents.domain.DocumentLines;
import org.kundenportal.documents.ui.DocumentPage;
import org.kundenportal.documents.ui.HistorySection;
import org.kundenportal.documents.ui.PreviewBanner;
import org.kundenportal.orders.domain.DeliveryRepository;
import org.kundenportal.orders.domain.OrderDetail;
import org.kundenportal.orders.domain.OrderRepository;
import org.kundenportal.orders.domain.OrderService;
import org.springframework.beans.factory.ObjectProvider;

/**
 * One sales order as the customer sees it, at a shareable address. Staff opening it get the customer preview:
 * the same page under a banner, nothing recorded. An order outside the user's scope is "not found", exactly like
 * a number that does not exist.
 */
@Route("orders/:number")
@RolesAllowed({Roles.CUSTOMER, Roles.PARTNER, Roles.STAFF, Roles.ADMIN})
@RequiresArea(AreaPermission.ORDERS)
public class OrderView extends DetailView<OrderDetail> implements HasDynamicTitle {

    private final OrderRepository orders;
    private final DeliveryRepository deliveries;
    private final DocumentLines lines;
    private final OrderService service;
    private final CurrentUser currentUser;
    private final ObjectProvider<HistorySection> history;
    private String title = "";

    public OrderView(OrderRepository orders, DeliveryRepository deliveries, DocumentLines lines, OrderService service,
                     CurrentUser currentUser, ObjectProvider<HistorySection> history) {
        super("number");
        this.orders = orders;
        this.deliveries = deliveries;
        this.lines = lines;
        this.service = service;
        this.currentUser = currentUser;
        this.history = history;
        addClassNames("document-view", "order-view");
    }

    @Override
    protected Optional<OrderDetail> find(String number) {
        return orders.find(currentUser.scope(), number);
    }

    @Override
    protected void show(OrderDetail order) {
        PortalUser user = currentUser.require();
        PortalScope scope = currentUser.scope();
        boolean preview = user.isInternal();
        removeAll();
        if (preview) {
            add(new PreviewBanner());
        }
        boolean invoiceLinks = preview || currentUser.mayUse(AreaPermission.INVOICES);
        List<DocumentLine> orderLines = lines.of(order.ref());
        DocumentPage page = OrderDocument.page(this, order, orderLines, false).actions(OrderDocument.pdfLinks(order));
        page.content(new OrderDocument(order, orderLines, orders.invoices(scope, order.id(), LocalDate.now(Formats.ZONE)),
                deliveries.of(order.id()), invoiceLinks ? invoice -> "invoices/" + invoice.number() : null, null));
        history.ifAvailable(section -> page.content(section.create(order.ref(), preview)));
        add(page);
        if (!preview) {
            service.recordView(order.id(), user.id());
        }
        title = getTranslation("orders.detail.title", order.number());
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
