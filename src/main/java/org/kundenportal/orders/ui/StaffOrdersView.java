package org.kundenportal.orders.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.kundenportal.base.security.PortalScope;
import org.kundenportal.base.security.Roles;
import org.kundenportal.contacts.domain.ContactRepository;
import org.kundenportal.orders.domain.OrderRepository;

/** All customers' confirmed orders, for the back office. */
@Route("staff/orders")
@Menu(order = 1040, icon = "vaadin:cart-o", title = "nav.staff-orders")
@RolesAllowed({Roles.STAFF, Roles.ADMIN})
public class StaffOrdersView extends Main implements HasDynamicTitle {

    public StaffOrdersView(OrderRepository orders, ContactRepository contacts) {
        addClassName("list-view");
        OrderList list = new OrderList(orders, PortalScope.staff(), "staff/orders", true);
        list.addCompanyFilter(contacts);
        add(new H1(getTranslation("nav.staff-orders")), list);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.staff-orders");
    }
}
