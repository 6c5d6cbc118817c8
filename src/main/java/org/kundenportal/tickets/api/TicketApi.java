package org.kundenportal.tickets.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.kundenportal.contacts.domain.ContactRepository;
import org.kundenportal.documents.domain.DocumentType;
import org.kundenportal.history.api.MessageApi;
import org.kundenportal.history.domain.HistoryRepository;
import org.kundenportal.integration.api.Cursor;
import org.kundenportal.integration.api.IntegrationApi;
import org.kundenportal.tickets.domain.Ticket;
import org.kundenportal.tickets.domain.TicketRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Support tickets with their messages, for systems that follow them (a help desk, the ERP's CRM). */
@IntegrationApi
@Tag(name = "Tickets", description = "Support tickets with their messages (scope read)")
class TicketApi {

    /** A ticket's messages beyond this many are read through /api/v1/messages. */
    private static final int MESSAGES_PER_TICKET = 200;

    @Schema(name = "Ticket", description = "company: its externalId where the ERP gave one")
    record Resource(String number, String subject, String description, String state, String priority, String category,
                    String source, String company, String companyName, String requesterName, String requesterEmail,
                    String assignedTo, Instant createdAt, Instant updatedAt, Instant closedAt,
                    List<MessageApi.Message> messages, String portalUrl) {
    }

    @Schema(name = "TicketPage", description = "next: pass as 'after' for the following page; absent on the last")
    record Page(List<Resource> items, String next) {
    }

    private static final String PAGE = """
            {"items": [{"number": "T-2026-0042", "subject": "Kassendrucker druckt nicht",
                        "description": "Seit heute früh bleibt der Bon leer.", "state": "IN_PROGRESS",
                        "priority": "HIGH", "category": "PROBLEM", "source": "PORTAL", "company": "CUST-1001",
                        "companyName": "Bäckerei Sonnenschein GmbH", "requesterName": "Anna Becker",
                        "assignedTo": "Stefan Krüger", "createdAt": "2026-12-05T07:40:00Z",
                        "updatedAt": "2026-12-05T09:02:00Z",
                        "messages": [{"id": 901, "documentType": "TICKET", "documentNumber": "T-2026-0042",
                                      "internalNote": false, "author": "Stefan Krüger", "byStaff": true,
                                      "text": "Wir schicken heute eine neue Thermorolle.",
                                      "createdAt": "2026-12-05T09:02:00Z", "attachments": [],
                                      "portalUrl": "http://localhost:8080/tickets/T-2026-0042"}],
                        "portalUrl": "http://localhost:8080/tickets/T-2026-0042"}],
             "next": "MTc2NDkyNTMyMDAwMDo0Mg"}""";

    private final TicketRepository tickets;
    private final HistoryRepository history;
    private final MessageApi messages;
    private final ContactRepository contacts;
    private final String baseUrl;

    TicketApi(TicketRepository tickets, HistoryRepository history, MessageApi messages, ContactRepository contacts,
              @Value("${kundenportal.base-url}") String baseUrl) {
        this.tickets = tickets;
        this.history = history;
        this.messages = messages;
        this.contacts = contacts;
        this.baseUrl = baseUrl;
    }

    @GetMapping("/api/v1/tickets")
    @Operation(summary = "Tickets changed since a time, oldest change first, paged by cursor",
            description = "A ticket changes when its state, assignment or company changes and when a message is "
                    + "written; each carries its messages and internal notes (up to 200; more through /api/v1/messages).",
            responses = @ApiResponse(responseCode = "200", description = "A page of tickets",
                    content = @Content(examples = @ExampleObject(name = "page", value = PAGE))))
    Page list(@Parameter(description = "ISO-8601, e.g. 2026-12-01T00:00:00Z") @RequestParam(required = false) Instant updatedSince,
              @Parameter(description = "the 'next' of the previous page") @RequestParam(required = false) String after,
              @Parameter(description = "1 to 500, 100 when absent") @RequestParam(required = false) Integer limit) {
        Cursor cursor = Cursor.decode(after);
        int size = Cursor.limit(limit);
        List<Ticket> found = tickets.changedSince(updatedSince, cursor == null ? null : cursor.at(),
                cursor == null ? null : cursor.id(), size);
        List<Resource> items = found.stream().map(this::resource).toList();
        String next = found.size() < size ? null : new Cursor(found.getLast().updatedAt(), found.getLast().id()).encode();
        return new Page(items, next);
    }

    private Resource resource(Ticket ticket) {
        return new Resource(ticket.number(), ticket.subject(), ticket.description(), ticket.state().name(),
                ticket.priority().name(), ticket.category().name(), ticket.source().name(),
                ticket.companyId() == null ? null : contacts.externalId(ticket.companyId()), ticket.companyName(),
                ticket.requesterName() != null ? ticket.requesterName() : ticket.contactName(), ticket.requesterEmail(),
                ticket.assignedName(), ticket.createdAt(), ticket.updatedAt(), ticket.closedAt(),
                messages.messages(history.messagesSince(DocumentType.TICKET, ticket.id(), null, null, null,
                        MESSAGES_PER_TICKET)),
                baseUrl + "/tickets/" + ticket.number());
    }
}
