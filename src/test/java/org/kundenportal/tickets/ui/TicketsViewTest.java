package org.kundenportal.tickets.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.kundenportal.db.Tables.HISTORY_ENTRY;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kundenportal.KaribuTest;
import org.kundenportal.TestWorld;
import org.kundenportal.contacts.domain.ContactOption;
import org.kundenportal.documents.domain.DocumentType;
import org.kundenportal.documents.ui.PreviewBanner;
import org.kundenportal.tickets.domain.TestFiles;
import org.kundenportal.tickets.domain.Ticket;
import org.kundenportal.tickets.domain.TicketFile;
import org.kundenportal.tickets.domain.TicketFixtures;
import org.kundenportal.tickets.domain.TicketRow;
import org.kundenportal.tickets.domain.TicketState;
import org.springframework.beans.factory.annotation.Autowired;

class TicketsViewTest extends KaribuTest {

    @Autowired
    DSLContext db;

    TicketFixtures fixtures;
    long bakery;

    @BeforeEach
    void setUp() {
        fixtures = new TicketFixtures(context);
        bakery = world.customer().companyId();
    }

    private List<TicketRow> rows() {
        TicketGrid grid = _get(TicketGrid.class);
        return GridKt._fetch(grid, 0, GridKt._size(grid));
    }

    private List<String> subjects() {
        return rows().stream().map(TicketRow::subject).toList();
    }

    private String text(String key, Object... arguments) {
        return UI.getCurrent().getTranslation(key, arguments);
    }

    private long viewedEvents(Ticket ticket) {
        return db.fetchCount(HISTORY_ENTRY, HISTORY_ENTRY.DOCUMENT_TYPE.eq(DocumentType.TICKET)
                .and(HISTORY_ENTRY.DOCUMENT_ID.eq(ticket.id())).and(HISTORY_ENTRY.EVENT.eq("VIEWED")));
    }

    @Test
    void customerSeesTheirCompanysTicketsWithoutACustomerColumn() {
        String printer = fixtures.ticket(bakery, TicketState.NEW, TicketFixtures.unique("Kassendrucker druckt nicht")).subject();
        String access = fixtures.ticket(bakery, TicketState.IN_PROGRESS, TicketFixtures.unique("Zugang für Neue")).subject();
        String cafe = fixtures.ticket(world.customer2().companyId(), TicketState.NEW, TicketFixtures.unique("Bonrollen")).subject();
        String partner = fixtures.ticket(world.partnerCustomer().companyId(), TicketState.NEW,
                TicketFixtures.unique("Touchscreen träge")).subject();
        login(TestWorld.CUSTOMER);
        navigate("tickets");

        assertThat(subjects()).contains(printer, access).doesNotContain(cafe, partner);
        assertThat(_get(TicketGrid.class).getColumnByKey("customer").isVisible()).isFalse();
        assertThat(_find(ComboBox.class, spec -> spec.withId("tickets-customer-filter"))).isEmpty();
    }

    @Test
    void searchAndStateFilterNarrowTheList() {
        String scale = TicketFixtures.unique("Schnittstelle zur Waage");
        fixtures.ticket(bakery, TicketState.NEW, scale);
        fixtures.ticket(bakery, TicketState.NEW, TicketFixtures.unique("Schnittstelle zum Drucker"));
        Ticket waiting = fixtures.ticket(bakery, TicketState.WAITING_FOR_CUSTOMER, TicketFixtures.unique("Rückfrage"));
        login(TestWorld.CUSTOMER);
        navigate("tickets");

        _setValue(_get(TextField.class, spec -> spec.withPlaceholder(text("documents.filter.search"))),
                scale.substring(scale.indexOf("Waage")));
        assertThat(subjects()).containsExactly(scale);
        _setValue(_get(TextField.class, spec -> spec.withPlaceholder(text("documents.filter.search"))), "");

        @SuppressWarnings("unchecked")
        var state = (com.vaadin.flow.component.select.Select<java.util.Optional<TicketState>>) _get(
                com.vaadin.flow.component.select.Select.class, spec -> spec.withLabel(text("documents.filter.state")));
        _setValue(state, java.util.Optional.of(TicketState.WAITING_FOR_CUSTOMER));
        assertThat(subjects()).contains(waiting.subject());
        assertThat(rows()).allMatch(row -> row.state() == TicketState.WAITING_FOR_CUSTOMER);
    }

    @Test
    void partnerSeesItsCustomersTicketsWithACustomerColumnAndFilter() {
        long delta = world.partnerCustomer().companyId();
        String touch = fixtures.ticket(delta, TicketState.NEW, TicketFixtures.unique("Touchscreen träge")).subject();
        String vouchers = fixtures.ticket(world.partnerCustomer2().id(), TicketState.NEW,
                TicketFixtures.unique("Gutscheine zum Muttertag")).subject();
        String bakerys = fixtures.ticket(bakery, TicketState.NEW, TicketFixtures.unique("Kassendrucker druckt nicht")).subject();
        login(TestWorld.PARTNER);
        navigate("tickets");

        assertThat(subjects()).contains(touch, vouchers).doesNotContain(bakerys);
        assertThat(_get(TicketGrid.class).getColumnByKey("customer").isVisible()).isTrue();

        @SuppressWarnings("unchecked")
        ComboBox<ContactOption> customer = _get(ComboBox.class, spec -> spec.withId("tickets-customer-filter"));
        _setValue(customer, new ContactOption(delta, TestWorld.PARTNER_CUSTOMER_COMPANY));
        assertThat(subjects()).contains(touch).doesNotContain(vouchers);
        assertThat(rows()).allMatch(row -> row.companyId() == delta);
    }

    @Test
    void customerSubmitsATicketAndLandsOnItsPage() {
        login(TestWorld.CUSTOMER);
        navigate("tickets");
        _click(_get(Button.class, spec -> spec.withId("tickets-submit")));

        _setValue(_get(TextField.class, spec -> spec.withId("ticket-subject")), "Kassenlade klemmt");
        _setValue(_get(TextArea.class, spec -> spec.withId("ticket-description")), "Die Lade geht nicht mehr auf.");
        _get(TicketUploads.class).add(new TicketFile("lade.png", TestFiles.PNG));
        _click(_get(Button.class, spec -> spec.withId("ticket-submit")));

        assertThat(_get(H1.class, spec -> spec.withId("ticket-heading")).getText()).endsWith("Kassenlade klemmt");
        Ticket ticket = fixtures.byNumber(_get(H1.class, spec -> spec.withId("ticket-heading")).getText().split(" ")[0]);
        assertThat(ticket.companyId()).isEqualTo(bakery);
        assertThat(_find(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withClasses("ticket-attachment")))
                .hasSize(1);
    }

    @Test
    void aTicketWithoutSubjectIsNotSubmitted() {
        login(TestWorld.CUSTOMER);
        navigate("tickets/new");

        _setValue(_get(TextArea.class, spec -> spec.withId("ticket-description")), "Ohne Betreff");
        _click(_get(Button.class, spec -> spec.withId("ticket-submit")));

        TextField subject = _get(TextField.class, spec -> spec.withId("ticket-subject"));
        assertThat(subject.isInvalid()).isTrue();
        assertThat(subject.getErrorMessage()).isEqualTo(text("tickets.error.subject-required"));
    }

    @Test
    void customerReopensADoneTicket() {
        Ticket ticket = fixtures.ticket(bakery, TicketState.DONE, "Reopen in the view");
        login(TestWorld.CUSTOMER);
        navigate("tickets/" + ticket.number());

        _click(_get(Button.class, spec -> spec.withId("ticket-reopen")));

        assertThat(fixtures.reload(ticket).state()).isEqualTo(TicketState.NEW);
        assertThat(_get(com.vaadin.flow.component.html.Span.class, spec -> spec.withId("ticket-state")).getText())
                .isEqualTo(text("tickets.state.NEW"));
        assertThat(_find(Button.class, spec -> spec.withId("ticket-reopen"))).isEmpty();
        assertThat(viewedEvents(ticket)).isEqualTo(1);
    }

    @Test
    void answeringATicketWaitingForTheCustomerPutsItBackInTheBacklog() {
        Ticket ticket = fixtures.ticket(bakery, TicketState.WAITING_FOR_CUSTOMER, "Answer in the view");
        login(TestWorld.CUSTOMER);
        navigate("tickets/" + ticket.number());

        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("ticket-waiting")).getText())
                .isEqualTo(text("tickets.answer.waiting"));
        _setValue(_get(TextArea.class, spec -> spec.withLabel(text("history.message"))), "Das Foto ist unterwegs.");
        _click(_get(Button.class, spec -> spec.withText(text("history.send"))));

        assertThat(fixtures.reload(ticket).state()).isEqualTo(TicketState.BACKLOG);
    }

    @Test
    void anotherCompanysUserGetsNotFoundForATicketNumber() {
        Ticket ticket = fixtures.ticket(bakery, TicketState.NEW, "Not for the café");
        login(TestWorld.CUSTOMER2);

        navigate("tickets/" + ticket.number());

        assertThat(_find(TicketView.class)).isEmpty();
        assertThat(_find(H1.class)).extracting(H1::getText).contains(text("error.not-found.title"))
                .noneMatch(heading -> heading.contains(ticket.number()));
        assertThat(viewedEvents(ticket)).isZero();
    }

    @Test
    void staffSeeTheCustomerPreviewWithoutActionsAndWithoutAViewRecorded() {
        Ticket ticket = fixtures.ticket(bakery, TicketState.DONE, "Preview");
        login(TestWorld.STAFF);

        navigate("tickets/" + ticket.number());

        assertThat(_find(PreviewBanner.class)).hasSize(1);
        assertThat(_find(Button.class, spec -> spec.withId("ticket-reopen"))).isEmpty();
        assertThat(_find(TextArea.class, spec -> spec.withLabel(text("history.message")))).isEmpty();
        assertThat(viewedEvents(ticket)).isZero();
    }
}
