package org.kundenportal.orders.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.kundenportal.base.security.AreaPermission;
import org.kundenportal.base.security.CurrentUser;
import org.kundenportal.base.security.Role;
import org.kundenportal.base.security.Roles;
import org.kundenportal.base.ui.RequiresArea;
import org.kundenportal.orders.domain.OrderRepository;

/** The customer's (or partner's) sales orders with their delivery status. */
@Route("orders")
@Menu(order = 30, icon = "vaadin:cart-o", title = "nav.orders")
@RolesAllowed({Roles.CUSTOMER, Roles.PARTNER, Roles.STAFF, Roles.ADMIN})
@RequiresArea(AreaPermission.ORDERS)
public class OrdersView extends Main implements HasDynamicTitle {

    public OrdersView(OrderRepository orders, CurrentUser currentUser) {
        addClassName("list-view");
        boolean severalCustomers = currentUser.get().map(user -> user.has(Role.PARTNER) || user.isInternal()).orElse(false);
        add(new H1(getTranslation("nav.orders")), new OrderList(orders, currentUser.scope(), "orders", severalCustomers));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.orders");
    }
}
