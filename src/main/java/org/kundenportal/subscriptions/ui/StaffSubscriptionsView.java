package org.kundenportal.subscriptions.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.kundenportal.base.security.PortalScope;
import org.kundenportal.base.security.Roles;
import org.kundenportal.contacts.domain.ContactOption;
import org.kundenportal.contacts.domain.ContactRepository;
import org.kundenportal.documents.ui.DocumentFilterBar;
import org.kundenportal.subscriptions.domain.SubscriptionRepository;
import org.kundenportal.subscriptions.domain.SubscriptionState;

/**
 * Back office: every customer's subscriptions, searched by number, plan, customer or module, filtered by state and
 * customer; a row opens the editor.
 */
@Route(StaffSubscriptionsView.ROUTE)
@Menu(order = 1090, icon = "vaadin:refresh", title = "nav.staff-subscriptions")
@RolesAllowed({Roles.STAFF, Roles.ADMIN})
public class StaffSubscriptionsView extends Main implements HasDynamicTitle {

    static final String ROUTE = "staff/subscriptions";

    private final SubscriptionGrid grid;
    private final DocumentFilterBar<SubscriptionState> filterBar;
    private final ComboBox<ContactOption> customer;

    public StaffSubscriptionsView(SubscriptionRepository subscriptions, ContactRepository contacts) {
        addClassNames("list-view", "staff-subscriptions-view");
        grid = new SubscriptionGrid(subscriptions, PortalScope.staff(), true,
                row -> getUI().ifPresent(ui -> ui.navigate(ROUTE + "/" + row.number())));
        grid.setEmptyStateText(getTranslation("subscriptions.staff.empty"));
        filterBar = grid.filterBar("subscriptions.staff.search");

        customer = StaffSubscriptionView.customerPicker(contacts, getTranslation("subscriptions.customer"));
        customer.setId("staff-subscriptions-customer");
        customer.addValueChangeListener(change -> filterBar.setCompanyId(change.getValue() == null ? null
                : change.getValue().id()));
        Button create = new Button(getTranslation("subscriptions.staff.new"), VaadinIcon.PLUS.create(),
                click -> getUI().ifPresent(ui -> ui.navigate(ROUTE + "/" + StaffSubscriptionView.NEW)));
        create.setId("staff-subscriptions-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        filterBar.addToToolbar(customer, create);

        add(new H1(getTranslation("nav.staff-subscriptions")), filterBar, grid);
    }

    SubscriptionGrid grid() {
        return grid;
    }

    DocumentFilterBar<SubscriptionState> filterBar() {
        return filterBar;
    }

    ComboBox<ContactOption> customer() {
        return customer;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.staff-subscriptions");
    }
}
