package org.kundenportal.tickets.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kundenportal.KaribuTest;
import org.kundenportal.TestWorld;
import org.kundenportal.contacts.domain.ContactOption;
import org.kundenportal.documents.ui.PreviewBanner;
import org.kundenportal.tickets.domain.Assignee;
import org.kundenportal.tickets.domain.Ticket;
import org.kundenportal.tickets.domain.TicketFixtures;
import org.kundenportal.tickets.domain.TicketPriority;
import org.kundenportal.tickets.domain.TicketRow;
import org.kundenportal.tickets.domain.TicketService;
import org.kundenportal.tickets.domain.TicketState;

class StaffTicketsViewTest extends KaribuTest {

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

    @SuppressWarnings("unchecked")
    private <T> Select<T> select(String id) {
        return _get(Select.class, spec -> spec.withId(id));
    }

    @SuppressWarnings("unchecked")
    private ComboBox<ContactOption> comboBox(String id) {
        return _get(ComboBox.class, spec -> spec.withId(id));
    }

    @Test
    void theQueueShowsEveryCompanysTicketsMostUrgentFirst() {
        String printer = fixtures.ticket(bakery, TicketState.NEW, TicketFixtures.unique("Kassendrucker druckt nicht"),
                TicketPriority.URGENT).subject();
        String rolls = fixtures.ticket(world.customer2().companyId(), TicketState.NEW, TicketFixtures.unique("Bonrollen"),
                TicketPriority.LOW).subject();
        String touch = fixtures.ticket(world.partnerCustomer().companyId(), TicketState.IN_PROGRESS,
                TicketFixtures.unique("Touchscreen träge")).subject();
        String farmShop = fixtures.publicRequest("Jonas Hofmann", TicketFixtures.unique("Kassensystem für den Hofladen")).subject();
        login(TestWorld.STAFF);
        navigate("staff/tickets");

        List<TicketRow> rows = rows();
        assertThat(rows).extracting(TicketRow::subject).contains(printer, rolls, touch, farmShop);
        assertThat(rows.getFirst().priority()).isEqualTo(TicketPriority.URGENT);
        assertThat(rows.getFirst().priority().ordinal()).isEqualTo(rows.stream()
                .mapToInt(row -> row.priority().ordinal()).max().orElseThrow());
        assertThat(rows).filteredOn(row -> row.subject().equals(farmShop))
                .extracting(TicketRow::customer).containsExactly("Jonas Hofmann");
        assertThat(rows).filteredOn(row -> row.subject().equals(rolls))
                .extracting(TicketRow::customer).containsExactly(TestWorld.CUSTOMER2_COMPANY);
    }

    @Test
    void filtersForUnassignedAndMine() {
        long staffId = fixtures.user(TestWorld.STAFF).id();
        long adminId = fixtures.user(TestWorld.ADMIN).id();
        Ticket unassigned = fixtures.ticket(bakery, TicketState.NEW, TicketFixtures.unique("Niemandes Ticket"));
        Ticket mine = fixtures.ticket(bakery, TicketState.NEW, TicketFixtures.unique("Mein Ticket"));
        Ticket others = fixtures.ticket(bakery, TicketState.NEW, TicketFixtures.unique("Adas Ticket"));
        TicketService service = context.getBean(TicketService.class);
        service.assign(mine, staffId, staffId);
        service.assign(others, adminId, staffId);
        login(TestWorld.STAFF);
        navigate("staff/tickets");

        this.<Assignee>select("staff-tickets-assignee").setValue(Assignee.UNASSIGNED);
        assertThat(rows()).extracting(TicketRow::number).contains(unassigned.number())
                .doesNotContain(mine.number(), others.number());
        assertThat(rows()).allMatch(row -> row.assignedName() == null);
        this.<Assignee>select("staff-tickets-assignee").setValue(Assignee.ME);
        assertThat(rows()).extracting(TicketRow::number).contains(mine.number())
                .doesNotContain(unassigned.number(), others.number());
        assertThat(rows()).extracting(TicketRow::assignedName)
                .containsOnly(fixtures.user(TestWorld.STAFF).displayName());
    }

    @Test
    void staffAssignAndMoveATicketOn() {
        Ticket ticket = fixtures.ticket(bakery, TicketState.NEW, "Staff handles it");
        long staffId = login(TestWorld.STAFF).id();
        navigate("staff/tickets/" + ticket.number());

        ComboBox<ContactOption> assignee = comboBox("ticket-assignee");
        _setValue(assignee, new ContactOption(staffId, fixtures.user(TestWorld.STAFF).displayName()));
        _click(_get(Button.class, spec -> spec.withId("ticket-assign")));
        assertThat(fixtures.reload(ticket).assignedUserId()).isEqualTo(staffId);

        Select<TicketState> state = select("ticket-state-select");
        assertThat(state.getListDataView().getItems()).doesNotContain(TicketState.NEW);
        _setValue(state, TicketState.IN_PROGRESS);
        _click(_get(Button.class, spec -> spec.withId("ticket-change-state")));
        assertThat(fixtures.reload(ticket).state()).isEqualTo(TicketState.IN_PROGRESS);
    }

    @Test
    void staffLinkAPublicSubmissionToACompanyAndOpenTheCustomerPreview() {
        Ticket ticket = fixtures.ticket(null, TicketState.NEW, "To be linked");
        login(TestWorld.STAFF);
        navigate("staff/tickets/" + ticket.number());
        assertThat(_get(Button.class, spec -> spec.withId("ticket-preview")).isEnabled()).isFalse();

        long cafe = world.customer2().companyId();
        _setValue(comboBox("ticket-link-company"), new ContactOption(cafe, TestWorld.CUSTOMER2_COMPANY));
        _click(_get(Button.class, spec -> spec.withId("ticket-link")));
        assertThat(fixtures.reload(ticket).companyId()).isEqualTo(cafe);

        _click(_get(Button.class, spec -> spec.withId("ticket-preview")));
        assertThat(_find(PreviewBanner.class)).hasSize(1);
        assertThat(_find(TicketView.class)).hasSize(1);
    }

    @Test
    void portalUsersCannotOpenTheQueue() {
        login(TestWorld.PARTNER);

        navigate("staff/tickets");

        assertThat(_find(StaffTicketsView.class)).isEmpty();
    }
}
