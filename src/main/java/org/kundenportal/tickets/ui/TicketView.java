package org.kundenportal.tickets.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;
import org.kundenportal.base.security.CurrentUser;
import org.kundenportal.base.security.PortalUser;
import org.kundenportal.base.security.Roles;
import org.kundenportal.base.ui.DetailView;
import org.kundenportal.base.ui.Feedback;
import org.kundenportal.documents.ui.DocumentPage;
import org.kundenportal.documents.ui.HistorySection;
import org.kundenportal.documents.ui.PreviewBanner;
import org.kundenportal.tickets.domain.Ticket;
import org.kundenportal.tickets.domain.TicketRepository;
import org.kundenportal.tickets.domain.TicketService;
import org.kundenportal.tickets.domain.TicketState;
import org.springframework.beans.factory.ObjectProvider;

/**
 * A ticket in the portal: its facts, description and attachments, "Reopen" once it is done, an answer box,
 * and the shared history. Staff opening it see the customer preview: the same page, with nothing that acts.
 * A number outside the user's scope looks exactly like one that does not exist.
 */
@Route("tickets/:number")
@RolesAllowed({Roles.CUSTOMER, Roles.PARTNER, Roles.STAFF, Roles.ADMIN})
public class TicketView extends DetailView<Ticket> implements HasDynamicTitle {

    private final TicketRepository tickets;
    private final TicketService service;
    private final CurrentUser currentUser;
    private final ObjectProvider<HistorySection> history;
    private String title = "";

    public TicketView(TicketRepository tickets, TicketService service, CurrentUser currentUser,
                      ObjectProvider<HistorySection> history) {
        super("number");
        this.tickets = tickets;
        this.service = service;
        this.currentUser = currentUser;
        this.history = history;
        addClassNames("document-view", "ticket-view");
    }

    @Override
    protected Optional<Ticket> find(String number) {
        return tickets.find(currentUser.scope(), number);
    }

    @Override
    protected void show(Ticket ticket) {
        PortalUser user = currentUser.require();
        boolean preview = user.isInternal();
        if (!preview) {
            service.viewed(ticket.id(), user.id());
        }
        render(ticket, preview);
    }

    private void render(Ticket ticket, boolean preview) {
        removeAll();
        title = ticket.number();
        if (preview) {
            add(new PreviewBanner());
        }
        DocumentPage page = TicketDetails.page(this, ticket, false).content(new TicketDetails(ticket, tickets, false));
        if (!preview) {
            actions(page, ticket);
        }
        history.ifAvailable(section -> page.content(section.create(TicketService.ref(ticket.id()), preview)));
        add(page);
    }

    private void actions(DocumentPage page, Ticket ticket) {
        if (ticket.state() == TicketState.DONE) {
            Button reopen = new Button(getTranslation("tickets.reopen"), VaadinIcon.ROTATE_LEFT.create(), click -> {
                if (Feedback.attempt(() -> service.reopen(ticket.id(), currentUser.require().id()))) {
                    Feedback.success(getTranslation("tickets.reopened"));
                }
                reload(ticket.id());
            });
            reopen.setId("ticket-reopen");
            reopen.setDisableOnClick(true);
            Paragraph help = new Paragraph(getTranslation("tickets.reopen.help"));
            help.addClassName("ticket-actions");
            page.content(help).actions(reopen);
        } else if (ticket.state() == TicketState.WAITING_FOR_CUSTOMER) {
            // the answer is written in the history below; a portal user's message there moves the ticket on
            Paragraph waiting = new Paragraph(getTranslation("tickets.answer.waiting"));
            waiting.setId("ticket-waiting");
            waiting.addClassName("ticket-actions");
            page.content(waiting);
        }
    }

    private void reload(long ticketId) {
        tickets.find(ticketId).ifPresent(ticket -> render(ticket, false));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("tickets.title", title);
    }
}
