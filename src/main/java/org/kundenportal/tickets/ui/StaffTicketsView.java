package org.kundenportal.tickets.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.kundenportal.base.security.CurrentUser;
import org.kundenportal.base.security.Roles;
import org.kundenportal.contacts.domain.ContactOption;
import org.kundenportal.contacts.domain.ContactRepository;
import org.kundenportal.documents.ui.DocumentFilterBar;
import org.kundenportal.tickets.domain.Assignee;
import org.kundenportal.tickets.domain.TicketFilter;
import org.kundenportal.tickets.domain.TicketPriority;
import org.kundenportal.tickets.domain.TicketRepository;
import org.kundenportal.tickets.domain.TicketState;

/**
 * The support team's queue: every ticket, most urgent and oldest first, filtered by state, company, priority
 * and who is responsible ("mine", "unassigned").
 */
@Route("staff/tickets")
@Menu(order = 1070, icon = "vaadin:lifebuoy", title = "nav.staff-tickets")
@RolesAllowed({Roles.STAFF, Roles.ADMIN})
public class StaffTicketsView extends Main implements HasDynamicTitle {

    private final TicketGrid grid;
    private final DocumentFilterBar<TicketState> filterBar;
    private final Select<Optional<TicketPriority>> priority = new Select<>();
    private final Select<Assignee> assignee = new Select<>();
    private final long userId;

    public StaffTicketsView(TicketRepository tickets, ContactRepository contacts, CurrentUser currentUser) {
        addClassName("list-view");
        userId = currentUser.require().id();
        grid = new TicketGrid(tickets, currentUser.scope(), true,
                row -> getUI().ifPresent(ui -> ui.navigate("staff/tickets/" + row.number())));
        grid.setEmptyStateText(getTranslation("tickets.staff.empty"));
        grid.setMultiSort(true);
        grid.sort(List.of(new GridSortOrder<>(grid.getColumnByKey("priority"), SortDirection.DESCENDING),
                new GridSortOrder<>(grid.getColumnByKey("created"), SortDirection.ASCENDING)));
        filterBar = new DocumentFilterBar<>(Arrays.asList(TicketState.values()), TicketLabels::state, filter -> applyFilter());

        ComboBox<ContactOption> company = new ComboBox<>(getTranslation("tickets.customer"));
        company.setId("staff-tickets-company");
        company.setItems(query -> contacts.companies(query.getFilter().orElse(""), query.getOffset(), query.getLimit()).stream());
        company.setItemLabelGenerator(ContactOption::name);
        company.setClearButtonVisible(true);
        company.addValueChangeListener(change -> filterBar.setCompanyId(change.getValue() == null ? null : change.getValue().id()));

        priority.setId("staff-tickets-priority");
        priority.setLabel(getTranslation("tickets.priority"));
        List<Optional<TicketPriority>> priorities = new ArrayList<>();
        priorities.add(Optional.empty());
        Arrays.stream(TicketPriority.values()).map(Optional::of).forEach(priorities::add);
        priority.setItems(priorities);
        priority.setItemLabelGenerator(option -> option.map(TicketLabels::priority).orElse(getTranslation("tickets.priority.all")));
        priority.setValue(Optional.empty());
        priority.addValueChangeListener(change -> applyFilter());

        assignee.setId("staff-tickets-assignee");
        assignee.setLabel(getTranslation("tickets.assigned"));
        assignee.setItems(Assignee.values());
        assignee.setItemLabelGenerator(value -> getTranslation("tickets.assignee." + value.name()));
        assignee.setValue(Assignee.ANYONE);
        assignee.addValueChangeListener(change -> applyFilter());

        filterBar.addToToolbar(company, priority, assignee);
        applyFilter();
        add(new H1(getTranslation("nav.staff-tickets")), filterBar, grid);
    }

    private void applyFilter() {
        grid.filter(TicketFilter.of(filterBar.filter()).withQueue(priority.getValue().orElse(null), assignee.getValue(), userId));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.staff-tickets");
    }
}
