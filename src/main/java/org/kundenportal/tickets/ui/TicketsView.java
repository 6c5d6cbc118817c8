package org.kundenportal.tickets.ui;

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
import java.util.Arrays;
import java.util.List;
import org.kundenportal.base.security.CurrentUser;
import org.kundenportal.base.security.PortalScope;
import org.kundenportal.base.security.Roles;
import org.kundenportal.contacts.domain.ContactOption;
import org.kundenportal.documents.domain.DocumentFilter;
import org.kundenportal.documents.ui.DocumentFilterBar;
import org.kundenportal.tickets.domain.TicketFilter;
import org.kundenportal.tickets.domain.TicketRepository;
import org.kundenportal.tickets.domain.TicketState;

/**
 * The portal's tickets: those of the user's company, and for a partner also those of the customers it sold to,
 * with a customer column and filter then.
 */
@Route("tickets")
@Menu(order = 80, icon = "vaadin:lifebuoy", title = "nav.tickets")
@RolesAllowed({Roles.CUSTOMER, Roles.PARTNER, Roles.STAFF, Roles.ADMIN})
public class TicketsView extends Main implements HasDynamicTitle {

    private final TicketGrid grid;
    private final DocumentFilterBar<TicketState> filterBar;

    public TicketsView(TicketRepository tickets, CurrentUser currentUser) {
        addClassName("list-view");
        PortalScope scope = currentUser.scope();
        grid = new TicketGrid(tickets, scope, false, row -> getUI().ifPresent(ui -> ui.navigate("tickets/" + row.number())));
        grid.setEmptyStateText(getTranslation("tickets.empty"));
        filterBar = new DocumentFilterBar<>(Arrays.asList(TicketState.values()), TicketLabels::state,
                filter -> grid.filter(TicketFilter.of(filter)));

        List<ContactOption> companies = scope.unrestricted() ? List.of() : tickets.companiesInScope(scope);
        boolean severalCustomers = companies.size() > 1;
        grid.showCustomer(severalCustomers);
        if (severalCustomers) {
            ComboBox<ContactOption> customer = new ComboBox<>(getTranslation("tickets.customer"));
            customer.setId("tickets-customer-filter");
            customer.setItems(companies);
            customer.setItemLabelGenerator(ContactOption::name);
            customer.setClearButtonVisible(true);
            customer.setPlaceholder(getTranslation("tickets.customer.all"));
            customer.addValueChangeListener(change -> filterBar.setCompanyId(change.getValue() == null ? null : change.getValue().id()));
            filterBar.addToToolbar(customer);
        }

        Button submit = new Button(getTranslation("tickets.submit"), VaadinIcon.PLUS.create(),
                click -> getUI().ifPresent(ui -> ui.navigate(NewTicketView.class)));
        submit.setId("tickets-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        // staff see the customers' list; they enter nothing here for a company of their own
        submit.setVisible(scope.ownCompanyId() != null);
        filterBar.addToToolbar(submit);
        grid.filter(TicketFilter.of(DocumentFilter.none()));
        add(new H1(getTranslation("nav.tickets")), filterBar, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.tickets");
    }
}
