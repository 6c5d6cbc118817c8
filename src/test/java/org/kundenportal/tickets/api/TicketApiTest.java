package org.kundenportal.tickets.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kundenportal.SpringTest;
import org.kundenportal.TestWorld;
import org.kundenportal.base.security.PortalScope;
import org.kundenportal.base.security.PortalScopeService;
import org.kundenportal.base.security.PortalUser;
import org.kundenportal.history.domain.HistoryService;
import org.kundenportal.integration.ApiHttp.Answer;
import org.kundenportal.integration.ApiHttp;
import org.kundenportal.integration.domain.ApiClientService;
import org.kundenportal.integration.domain.ApiScope;
import org.kundenportal.tickets.domain.NewTicket;
import org.kundenportal.tickets.domain.TicketCategory;
import org.kundenportal.tickets.domain.TicketFixtures;
import org.kundenportal.tickets.domain.TicketPriority;
import org.kundenportal.tickets.domain.TicketRepository;
import org.kundenportal.tickets.domain.TicketService;
import org.kundenportal.tickets.domain.TicketState;
import org.kundenportal.users.domain.UserRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/** Tickets and history messages as a following system reads them: changed since a time, paged by cursor. */
class TicketApiTest extends SpringTest {

    @LocalServerPort
    int port;
    @Autowired
    TicketService tickets;
    @Autowired
    HistoryService history;
    @Autowired
    UserRepository users;
    @Autowired
    PortalScopeService scopes;
    @Autowired
    TicketRepository repository;
    @Autowired
    ApiClientService clients;
    @Autowired
    ApplicationContext context;

    String clientName;
    String token;

    /** A client of the test's own with every scope, as an administrator would set one up for the ERP. */
    @BeforeEach
    void client() {
        clientName = "Test-ERP " + System.nanoTime();
        token = clients.create(users.findPrincipal(TestWorld.ADMIN).orElseThrow(), clientName,
                EnumSet.allOf(ApiScope.class)).token();
    }

    @Test
    void aNewTicketAndItsMessageAreListedSinceTheirTime() {
        ApiHttp api = new ApiHttp(port, token);
        Instant before = Instant.now().minusMillis(5);
        PortalUser anna = users.findPrincipal(TestWorld.CUSTOMER).orElseThrow();
        String number = tickets.submit(anna, scopes.scopeOf(anna), new NewTicket("API-Test Drucker",
                "Der Bon bleibt leer.", TicketCategory.PROBLEM, TicketPriority.HIGH, List.of()));
        long ticketId = repository.find(PortalScope.staff(), number).orElseThrow().id();
        history.post(anna, TicketService.ref(ticketId), "Neue Rolle eingelegt, weiterhin leer.", List.of(), false);

        Answer page = api.get("/api/v1/tickets?updatedSince=" + before);

        assertThat(page.status()).isEqualTo(200);
        JsonNode ticket = find(page.json().path("items"), number);
        assertThat(ticket.path("subject").asString()).isEqualTo("API-Test Drucker");
        assertThat(ticket.path("company").asString()).isEqualTo(TestWorld.CUSTOMER_ERP_ID);
        assertThat(ticket.path("messages").toString()).contains("Neue Rolle eingelegt");
        assertThat(ticket.path("portalUrl").asString()).endsWith("/tickets/" + number);

        Answer messages = api.get("/api/v1/messages?documentType=TICKET&documentNumber=" + number);
        assertThat(messages.json().path("items")).hasSize(1);
        assertThat(messages.json().path("items").get(0).path("byStaff").asBoolean()).isFalse();
        assertThat(messages.json().path("items").get(0).path("author").asString()).isEqualTo(anna.displayName());
        assertThat(ticketId).isPositive();
    }

    private static JsonNode find(JsonNode items, String number) {
        for (JsonNode item : items) {
            if (item.path("number").asString().equals(number)) {
                return item;
            }
        }
        throw new AssertionError("Ticket " + number + " not listed in " + items);
    }

    @Test
    void theCursorWalksEveryTicketOnceInChangeOrder() {
        TicketFixtures fixtures = new TicketFixtures(context);
        for (int i = 0; i < 4; i++) {
            fixtures.ticket(world.customer().companyId(), TicketState.NEW, TicketFixtures.unique("Cursor"));
        }
        ApiHttp api = new ApiHttp(port, token);
        java.util.List<String> numbers = new java.util.ArrayList<>();
        Instant last = Instant.EPOCH;
        String after = null;
        int pages = 0;
        do {
            Answer page = api.get("/api/v1/tickets?limit=3" + (after == null ? "" : "&after=" + after));
            assertThat(page.status()).isEqualTo(200);
            for (JsonNode ticket : page.json().path("items")) {
                numbers.add(ticket.path("number").asString());
                Instant updated = Instant.parse(ticket.path("updatedAt").asString());
                assertThat(updated).isAfterOrEqualTo(last);
                last = updated;
            }
            after = page.json().path("next").isMissingNode() || page.json().path("next").isNull()
                    ? null : page.json().path("next").asString();
            pages++;
        } while (after != null && pages < 1000);

        assertThat(numbers).doesNotHaveDuplicates();
        assertThat(numbers).hasSizeGreaterThan(3);
    }

    @Test
    void aBrokenCursorOrLimitIsNamed() {
        ApiHttp api = new ApiHttp(port, token);

        assertThat(api.get("/api/v1/tickets?after=bm90LWEtY3Vyc29y").errorFields()).containsExactly("after");
        assertThat(api.get("/api/v1/tickets?limit=0").errorFields()).containsExactly("limit");
        assertThat(api.get("/api/v1/tickets?updatedSince=yesterday").status()).isEqualTo(422);
        assertThat(api.get("/api/v1/messages?documentNumber=X").errorFields()).containsExactly("documentType");
        assertThat(api.get("/api/v1/messages?documentType=INVOICE&documentNumber=NOPE").status()).isEqualTo(404);
    }

    @Test
    void theErpWritesAMessageIntoATicketsHistoryAsItsClient() {
        ApiHttp api = new ApiHttp(port, token);
        PortalUser anna = users.findPrincipal(TestWorld.CUSTOMER).orElseThrow();
        String number = tickets.submit(anna, scopes.scopeOf(anna), new NewTicket("API-Test Nachricht",
                "Bitte melden.", TicketCategory.QUESTION, TicketPriority.NORMAL, List.of()));

        Answer posted = api.post("/api/v1/messages", """
                {"documentType": "TICKET", "documentNumber": "%s", "text": "Techniker kommt morgen."}""".formatted(number));
        Answer unknown = api.post("/api/v1/messages", """
                {"documentType": "INVOICE", "documentNumber": "NOPE-1", "text": "x"}""");
        Answer empty = api.post("/api/v1/messages", """
                {"documentType": "TICKET", "documentNumber": "%s", "text": " "}""".formatted(number));

        assertThat(posted.status()).isEqualTo(201);
        assertThat(posted.json().path("author").asString()).isEqualTo("API: " + clientName);
        assertThat(posted.json().path("byStaff").asBoolean()).isTrue();
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.errorFields()).containsExactly("documentNumber");
        assertThat(empty.status()).isEqualTo(422);
        long ticketId = repository.find(PortalScope.staff(), number).orElseThrow().id();
        assertThat(history.timeline(anna, TicketService.ref(ticketId), false, 10).entries())
                .anySatisfy(entry -> assertThat(entry.body()).isEqualTo("Techniker kommt morgen."));
    }
}
