package org.kundenportal.tickets.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kundenportal.db.Tables.HISTORY_ENTRY;
import static org.kundenportal.db.Tables.TICKET_ATTACHMENT;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kundenportal.SpringTest;
import org.kundenportal.TestWorld;
import org.kundenportal.base.security.PortalScope;
import org.kundenportal.base.security.PortalUser;
import org.kundenportal.base.validation.RefusedException;
import org.kundenportal.documents.domain.DocumentType;
import org.kundenportal.history.domain.HistoryService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

class TicketServiceTest extends SpringTest {

    @Autowired
    HistoryService historyService;

    @Autowired
    TicketService service;
    @Autowired
    TicketRepository tickets;
    @Autowired
    DSLContext db;
    @Autowired
    ApplicationContext context;

    TicketFixtures fixtures;
    long bakery;
    long staffId;

    @BeforeEach
    void setUp() {
        fixtures = new TicketFixtures(context);
        bakery = world.customer().companyId();
        staffId = fixtures.user(TestWorld.STAFF).id();
    }

    private List<String> events(Ticket ticket) {
        return db.select(HISTORY_ENTRY.EVENT).from(HISTORY_ENTRY)
                .where(HISTORY_ENTRY.DOCUMENT_TYPE.eq(DocumentType.TICKET).and(HISTORY_ENTRY.DOCUMENT_ID.eq(ticket.id()))
                        .and(HISTORY_ENTRY.KIND.eq("EVENT")))
                .orderBy(HISTORY_ENTRY.ID).fetch(HISTORY_ENTRY.EVENT);
    }

    private List<String> subjects(PortalScope scope) {
        return tickets.page(scope, TicketFilter.none(), 0, 1000, List.of()).stream().map(TicketRow::subject).toList();
    }

    @Test
    void customerSubmitsATicketForTheirCompanyWithANumberAndAnEvent() {
        PortalUser anna = fixtures.user(TestWorld.CUSTOMER);
        byte[] png = TestFiles.PNG;
        String number = service.submit(anna, fixtures.scope(TestWorld.CUSTOMER), new NewTicket("Drucker offline",
                "Der Drucker ist offline.", TicketCategory.PROBLEM, TicketPriority.HIGH,
                List.of(new TicketFile("../../screen.png", png))));

        Ticket ticket = fixtures.byNumber(number);
        assertThat(number).matches("T-\\d{4}-\\d{5}");
        assertThat(ticket.companyId()).isEqualTo(bakery);
        assertThat(ticket.state()).isEqualTo(TicketState.NEW);
        assertThat(ticket.source()).isEqualTo(TicketSource.PORTAL);
        assertThat(events(ticket)).containsExactly("TICKET_SUBMITTED");
        assertThat(tickets.attachments(ticket.id())).singleElement().satisfies(attachment -> {
            assertThat(attachment.fileName()).isEqualTo("screen.png");
            assertThat(attachment.contentType()).isEqualTo("image/png");
        });
    }

    @Test
    void aFileThatIsNoneOfTheAcceptedTypesIsRefusedAndNothingIsStored() {
        int before = db.fetchCount(TICKET_ATTACHMENT);
        byte[] executable = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0};
        NewTicket ticket = new NewTicket("Anhang", "Mit Anhang", TicketCategory.QUESTION, TicketPriority.LOW,
                List.of(new TicketFile("invoice.pdf", executable)));

        assertThatThrownBy(() -> service.submit(fixtures.user(TestWorld.CUSTOMER), fixtures.scope(TestWorld.CUSTOMER), ticket))
                .isInstanceOf(RefusedException.class).hasMessageContaining("tickets.error.file-rejected");
        assertThat(db.fetchCount(TICKET_ATTACHMENT)).isEqualTo(before);
    }

    @Test
    void emptySubjectAndTooManyFilesAreRefused() {
        PortalUser anna = fixtures.user(TestWorld.CUSTOMER);
        PortalScope scope = fixtures.scope(TestWorld.CUSTOMER);
        assertThatThrownBy(() -> service.submit(anna, scope, new NewTicket(" ", "x", null, null, List.of())))
                .hasMessageContaining("tickets.error.subject-required");
        TicketFile text = new TicketFile("note.txt", "hello".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> service.submit(anna, scope, new NewTicket("s", "d", null, null,
                List.of(text, text, text, text, text, text))))
                .hasMessageContaining("tickets.error.too-many-files");
    }

    @Test
    void reopeningADoneTicketMakesItNewWithAReopenEvent() {
        Ticket ticket = fixtures.ticket(bakery, TicketState.DONE, "Reopen me");

        service.reopen(ticket.id(), fixtures.user(TestWorld.CUSTOMER).id());

        Ticket reopened = fixtures.reload(ticket);
        assertThat(reopened.state()).isEqualTo(TicketState.NEW);
        assertThat(reopened.reopenedAt()).isNotNull();
        assertThat(reopened.closedAt()).isNull();
        assertThat(events(ticket)).endsWith("REOPENED");
    }

    @Test
    void aSecondReopenAndReopeningAnOpenTicketAreRefused() {
        Ticket done = fixtures.ticket(bakery, TicketState.DONE, "Reopen twice");
        long anna = fixtures.user(TestWorld.CUSTOMER).id();
        service.reopen(done.id(), anna);

        assertThatThrownBy(() -> service.reopen(done.id(), anna)).isInstanceOf(RefusedException.class);
        Ticket open = fixtures.ticket(bakery, TicketState.IN_PROGRESS, "Not done");
        assertThatThrownBy(() -> service.reopen(open.id(), anna)).isInstanceOf(RefusedException.class);
        assertThat(fixtures.reload(open).state()).isEqualTo(TicketState.IN_PROGRESS);
        assertThat(events(done).stream().filter("REOPENED"::equals)).hasSize(1);
    }

    @Test
    void answeringATicketWaitingForTheCustomerMovesItBackToTheBacklog() {
        Ticket ticket = fixtures.ticket(bakery, TicketState.WAITING_FOR_CUSTOMER, "Question to customer");

        historyService.post(fixtures.user(TestWorld.CUSTOMER), TicketService.ref(ticket.id()), "Hier ist das Foto.", List.of(),
                false);

        assertThat(fixtures.reload(ticket).state()).isEqualTo(TicketState.BACKLOG);
        assertThat(db.fetchCount(HISTORY_ENTRY, HISTORY_ENTRY.DOCUMENT_TYPE.eq(DocumentType.TICKET)
                .and(HISTORY_ENTRY.DOCUMENT_ID.eq(ticket.id())).and(HISTORY_ENTRY.KIND.eq("MESSAGE")))).isEqualTo(1);
    }

    @Test
    void answeringATicketInAnyOtherStateLeavesItsState() {
        Ticket ticket = fixtures.ticket(bakery, TicketState.IN_PROGRESS, "Being worked on");

        assertThat(service.customerAnswered(ticket.id(), null)).isFalse();

        assertThat(fixtures.reload(ticket).state()).isEqualTo(TicketState.IN_PROGRESS);
    }

    @Test
    void staffMoveOpenTicketsOnButNeitherBackToNewNorOutOfDoneExceptByReopening() {
        Ticket ticket = fixtures.ticket(bakery, TicketState.NEW, "Staff transitions");
        service.changeState(ticket, TicketState.IN_PROGRESS, staffId);
        Ticket inProgress = fixtures.reload(ticket);
        assertThat(inProgress.state()).isEqualTo(TicketState.IN_PROGRESS);

        assertThatThrownBy(() -> service.changeState(inProgress, TicketState.NEW, staffId))
                .hasMessageContaining("tickets.error.transition");
        service.changeState(inProgress, TicketState.DONE, staffId);
        Ticket done = fixtures.reload(ticket);
        assertThat(done.closedAt()).isNotNull();
        assertThatThrownBy(() -> service.changeState(done, TicketState.IN_PROGRESS, staffId))
                .hasMessageContaining("tickets.error.transition");
        assertThat(events(ticket)).containsExactly("TICKET_SUBMITTED", "STATE_CHANGED", "STATE_CHANGED");
    }

    @Test
    void aChangeBasedOnAnOutdatedPageIsRefused() {
        Ticket ticket = fixtures.ticket(bakery, TicketState.BACKLOG, "Two tabs");
        service.changeState(ticket, TicketState.IN_PROGRESS, staffId);

        // the second tab still shows BACKLOG at the old version
        assertThatThrownBy(() -> service.changeState(ticket, TicketState.WAITING_FOR_CUSTOMER, staffId))
                .hasMessageContaining("tickets.error.changed-meanwhile");
        assertThatThrownBy(() -> service.assign(ticket, staffId, staffId))
                .hasMessageContaining("tickets.error.changed-meanwhile");
        assertThat(fixtures.reload(ticket).state()).isEqualTo(TicketState.IN_PROGRESS);
    }

    @Test
    void staffAssignAndLinkATicketToACompanyAndOneOfItsPersons() {
        Ticket ticket = fixtures.ticket(bakery, TicketState.NEW, "Assign and link");
        service.assign(ticket, staffId, staffId);
        Ticket assigned = fixtures.reload(ticket);
        assertThat(assigned.assignedUserId()).isEqualTo(staffId);

        long cafe = world.customer2().companyId();
        long anna = fixtures.user(TestWorld.CUSTOMER).contactId();
        assertThatThrownBy(() -> service.link(assigned, cafe, anna, staffId))
                .hasMessageContaining("tickets.error.contact-not-in-company");
        service.link(assigned, bakery, anna, staffId);
        assertThat(fixtures.reload(ticket).contactId()).isEqualTo(anna);
    }

    @Test
    void partnerSeesItsCustomersTicketsAndCustomersOnlyTheirOwn() {
        String partnerCustomers = TicketFixtures.unique("Partner customer ticket");
        String secondPartnerCustomers = TicketFixtures.unique("Second partner customer ticket");
        String bakerys = TicketFixtures.unique("Bakery only ticket");
        fixtures.ticket(world.partnerCustomer().companyId(), TicketState.NEW, partnerCustomers);
        fixtures.ticket(world.partnerCustomer2().id(), TicketState.IN_PROGRESS, secondPartnerCustomers);
        Ticket bakeryTicket = fixtures.ticket(bakery, TicketState.NEW, bakerys);

        assertThat(subjects(fixtures.scope(TestWorld.PARTNER)))
                .contains(partnerCustomers, secondPartnerCustomers)
                .doesNotContain(bakerys);
        assertThat(subjects(fixtures.scope(TestWorld.CUSTOMER2))).doesNotContain(bakerys, partnerCustomers,
                secondPartnerCustomers);
        assertThat(tickets.find(fixtures.scope(TestWorld.CUSTOMER2), bakeryTicket.number())).isEmpty();
        assertThat(tickets.find(fixtures.scope(TestWorld.CUSTOMER), bakeryTicket.number())).isPresent();
    }

    @Test
    void aViewIsRecordedOncePerUserAndDay() {
        Ticket ticket = fixtures.ticket(bakery, TicketState.NEW, "Viewed");
        long anna = fixtures.user(TestWorld.CUSTOMER).id();

        service.viewed(ticket.id(), anna);
        service.viewed(ticket.id(), anna);

        assertThat(events(ticket).stream().filter("VIEWED"::equals)).hasSize(1);
    }
}
