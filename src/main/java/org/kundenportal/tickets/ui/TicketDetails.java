package org.kundenportal.tickets.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.kundenportal.base.i18n.Formats;
import org.kundenportal.documents.ui.DocumentPage;
import org.kundenportal.tickets.domain.Ticket;
import org.kundenportal.tickets.domain.TicketAttachment;
import org.kundenportal.tickets.domain.TicketRepository;
import org.kundenportal.tickets.domain.TicketSource;

/**
 * What the portal and the staff page show of a ticket: number, subject, state, facts, the description and the
 * attachments. Downloads go through the page that already checked the user may see the ticket.
 */
class TicketDetails extends Div {

    TicketDetails(Ticket ticket, TicketRepository tickets, boolean forStaff) {
        addClassName("ticket-details");
        Div facts = new Div();
        facts.addClassName("ticket-facts");
        fact(facts, "tickets.category", TicketLabels.category(ticket.category()));
        fact(facts, "tickets.priority", TicketLabels.priority(ticket.priority()));
        fact(facts, "tickets.created", Formats.dateTime(ticket.createdAt(), getLocale()));
        fact(facts, "tickets.updated", Formats.dateTime(ticket.updatedAt(), getLocale()));
        fact(facts, "tickets.assigned", ticket.assignedName() == null ? getTranslation("tickets.assigned.nobody")
                : ticket.assignedName()).setId("ticket-assigned");
        if (ticket.companyName() != null) {
            fact(facts, "tickets.customer", ticket.companyName());
        }
        if (ticket.contactName() != null) {
            fact(facts, "tickets.contact", ticket.contactName());
        }
        if (forStaff && ticket.requesterEmail() != null) {
            String requester = ticket.requesterName() + " <" + ticket.requesterEmail() + ">"
                    + (ticket.requesterCompany() == null ? "" : ", " + ticket.requesterCompany());
            fact(facts, "tickets.requester", requester).setId("ticket-requester");
        }
        if (forStaff && ticket.source() == TicketSource.PUBLIC_FORM) {
            Span check = fact(facts, "tickets.sender-check", ticket.senderUnconfirmed()
                    ? getTranslation("tickets.sender-unconfirmed")
                    : getTranslation("tickets.sender-confirmed", Formats.dateTime(ticket.requesterConfirmedAt(), getLocale())));
            check.setId("ticket-sender-check");
            check.addClassName(ticket.senderUnconfirmed() ? "ticket-sender-unconfirmed" : "ticket-sender-confirmed");
        }
        if (ticket.closedAt() != null) {
            fact(facts, "tickets.closed", Formats.dateTime(ticket.closedAt(), getLocale()));
        }

        Paragraph description = new Paragraph(ticket.description());
        description.setId("ticket-description-text");
        description.addClassName("ticket-description");
        add(facts, new H3(getTranslation("tickets.description")), description);

        List<TicketAttachment> attachments = tickets.attachments(ticket.id());
        if (!attachments.isEmpty()) {
            Div list = new Div();
            list.addClassName("ticket-attachment-list");
            attachments.forEach(attachment -> list.add(download(ticket.id(), attachment, tickets)));
            add(new H3(getTranslation("tickets.attachments")), list);
        }
    }

    /** The page around a ticket: breadcrumbs to the portal's or the back office's list, number, subject and state. */
    static DocumentPage page(Component owner, Ticket ticket, boolean staff) {
        Component badge = TicketLabels.badge(ticket.state());
        badge.setId("ticket-state");
        DocumentPage page = new DocumentPage()
                .breadcrumbs(owner.getTranslation(staff ? "nav.staff-tickets" : "nav.tickets"),
                        staff ? "staff/tickets" : "tickets", ticket.number())
                .title(ticket.number() + " · " + ticket.subject(), badge);
        page.heading().setId("ticket-heading");
        return page;
    }

    private Span fact(Div facts, String labelKey, String value) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("ticket-fact-label");
        Span text = new Span(value);
        text.addClassName("ticket-fact-value");
        facts.add(new Div(label, text));
        return text;
    }

    private static Anchor download(long ticketId, TicketAttachment attachment, TicketRepository tickets) {
        DownloadHandler handler = DownloadHandler.fromInputStream(event -> tickets.attachmentContent(ticketId, attachment.id())
                .map(content -> new DownloadResponse(new ByteArrayInputStream(content), attachment.fileName(),
                        attachment.contentType(), content.length))
                .orElseGet(() -> DownloadResponse.error(404)));
        Anchor anchor = new Anchor(handler, attachment.fileName() + " (" + kilobytes(attachment.sizeBytes()) + " KB)");
        anchor.setTarget(AnchorTarget.BLANK);
        anchor.addComponentAsFirst(VaadinIcon.PAPERCLIP.create());
        anchor.addClassName("ticket-attachment");
        return anchor;
    }

    private static long kilobytes(long bytes) {
        return Math.max(1, (bytes + 1023) / 1024);
    }
}
