package org.kundenportal.tickets.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.kundenportal.base.security.CurrentUser;
import org.kundenportal.base.security.PortalScope;
import org.kundenportal.base.security.Roles;
import org.kundenportal.base.ui.DetailView;
import org.kundenportal.base.ui.Feedback;
import org.kundenportal.contacts.domain.ContactOption;
import org.kundenportal.contacts.domain.ContactRepository;
import org.kundenportal.documents.ui.DocumentPage;
import org.kundenportal.documents.ui.HistorySection;
import org.kundenportal.tickets.domain.Ticket;
import org.kundenportal.tickets.domain.TicketRepository;
import org.kundenportal.tickets.domain.TicketService;
import org.kundenportal.tickets.domain.TicketState;
import org.springframework.beans.factory.ObjectProvider;

/**
 * A ticket in the back office: assign it, move it on, link a public submission to a company and contact, and
 * look at it as the customer does. Replies, internal notes and time entries live in the history below.
 */
@Route("staff/tickets/:number")
@RolesAllowed({Roles.STAFF, Roles.ADMIN})
public class StaffTicketView extends DetailView<Ticket> implements HasDynamicTitle {

    private final TicketRepository tickets;
    private final TicketService service;
    private final ContactRepository contacts;
    private final CurrentUser currentUser;
    private final ObjectProvider<HistorySection> history;
    private String title = "";

    public StaffTicketView(TicketRepository tickets, TicketService service, ContactRepository contacts,
                           CurrentUser currentUser, ObjectProvider<HistorySection> history) {
        super("number");
        this.tickets = tickets;
        this.service = service;
        this.contacts = contacts;
        this.currentUser = currentUser;
        this.history = history;
        addClassNames("document-view", "ticket-view");
    }

    @Override
    protected Optional<Ticket> find(String number) {
        return tickets.find(PortalScope.staff(), number);
    }

    @Override
    protected void show(Ticket ticket) {
        removeAll();
        title = ticket.number();
        Button preview = new Button(getTranslation("tickets.staff.preview"), VaadinIcon.EYE.create(),
                click -> getUI().ifPresent(ui -> ui.navigate("tickets/" + ticket.number())));
        preview.setId("ticket-preview");
        preview.setEnabled(ticket.companyId() != null);
        DocumentPage page = TicketDetails.page(this, ticket, true)
                .content(new TicketDetails(ticket, tickets, true), controls(ticket)).actions(preview);
        history.ifAvailable(section -> page.content(section.create(TicketService.ref(ticket.id()), false)));
        add(page);
    }

    private Div controls(Ticket ticket) {
        long staffId = currentUser.require().id();

        ComboBox<ContactOption> assignee = new ComboBox<>(getTranslation("tickets.assigned"));
        assignee.setId("ticket-assignee");
        List<ContactOption> staff = tickets.staffMembers();
        assignee.setItems(staff);
        assignee.setItemLabelGenerator(ContactOption::name);
        assignee.setClearButtonVisible(true);
        staff.stream().filter(member -> Long.valueOf(member.id()).equals(ticket.assignedUserId())).findFirst()
                .ifPresent(assignee::setValue);
        Button assign = new Button(getTranslation("tickets.staff.assign"), click -> act(ticket,
                () -> service.assign(ticket, assignee.getValue() == null ? null : assignee.getValue().id(), staffId),
                "tickets.staff.assigned"));
        assign.setId("ticket-assign");

        Select<TicketState> state = new Select<>();
        state.setId("ticket-state-select");
        state.setLabel(getTranslation("tickets.state"));
        state.setItems(Arrays.stream(TicketState.values()).filter(ticket.state()::canChangeTo).toList());
        state.setItemLabelGenerator(TicketLabels::state);
        Button change = new Button(getTranslation("tickets.staff.change-state"), click -> {
            if (state.getValue() == null) {
                Feedback.error(getTranslation("tickets.staff.pick-state"));
                return;
            }
            act(ticket, () -> service.changeState(ticket, state.getValue(), staffId), "tickets.staff.state-changed");
        });
        change.setId("ticket-change-state");
        change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        ComboBox<ContactOption> company = new ComboBox<>(getTranslation("tickets.customer"));
        company.setId("ticket-link-company");
        company.setItems(query -> contacts.companies(query.getFilter().orElse(""), query.getOffset(), query.getLimit()).stream());
        company.setItemLabelGenerator(ContactOption::name);
        contacts.option(ticket.companyId()).ifPresent(company::setValue);
        ComboBox<ContactOption> person = new ComboBox<>(getTranslation("tickets.contact"));
        person.setId("ticket-link-contact");
        person.setItemLabelGenerator(ContactOption::name);
        person.setClearButtonVisible(true);
        company.addValueChangeListener(picked -> persons(person, picked.getValue()));
        persons(person, company.getValue());
        contacts.option(ticket.contactId()).ifPresent(person::setValue);
        Button link = new Button(getTranslation("tickets.staff.link"), click -> {
            if (company.getValue() == null) {
                Feedback.error(getTranslation("tickets.staff.pick-company"));
                return;
            }
            act(ticket, () -> service.link(ticket, company.getValue().id(),
                    person.getValue() == null ? null : person.getValue().id(), staffId), "tickets.staff.linked");
        });
        link.setId("ticket-link");

        Div controls = new Div(new H3(getTranslation("tickets.staff.work")), row(assignee, assign), row(state, change),
                row(company, person, link));
        controls.addClassName("ticket-staff-controls");
        return controls;
    }

    private void persons(ComboBox<ContactOption> person, ContactOption company) {
        person.clear();
        person.setItems(company == null ? List.of() : contacts.persons(company.id()).stream()
                .map(row -> new ContactOption(row.id(), row.name())).toList());
    }

    private static HorizontalLayout row(com.vaadin.flow.component.Component... components) {
        HorizontalLayout row = new HorizontalLayout(components);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        return row;
    }

    /** Runs a change; on success and on a refusal alike the page shows the ticket as it now is. */
    private void act(Ticket ticket, Runnable change, String successKey) {
        if (Feedback.attempt(change)) {
            Feedback.success(getTranslation(successKey));
        }
        tickets.find(ticket.id()).ifPresent(this::show);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("tickets.title", title);
    }
}
