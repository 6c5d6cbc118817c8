package org.kundenportal.base.ui.grid;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.kundenportal.KaribuTest;
import org.kundenportal.TestWorld;
import org.kundenportal.invoices.InvoiceFixtures;
import org.kundenportal.tickets.domain.TicketFixtures;
import org.kundenportal.tickets.domain.TicketState;

/** The lists of the portal and the back office with the shared responsive mechanism. */
class ResponsiveListsTest extends KaribuTest {

    @SuppressWarnings("unchecked")
    private static <T> Grid<T> grid(String className) {
        return _get(Grid.class, spec -> spec.withClasses(className));
    }

    private static List<String> visibleKeys(Grid<?> grid) {
        return grid.getColumns().stream().filter(Grid.Column::isVisible).map(Grid.Column::getKey).toList();
    }

    @Test
    void theCustomersInvoicesBecomeCardsWithNumberStatusAndAmountOnAPhone() {
        new InvoiceFixtures(context).posted(world.customer().companyId());
        login(TestWorld.CUSTOMER);
        navigate("invoices");
        Grid<Object> grid = grid("invoice-grid");
        String number = GridKt._getFormatted(grid, 0, "number");
        String total = GridKt._getFormatted(grid, 0, "total");
        Object row = GridKt._get(grid, 0);

        ResponsiveGrid<Object> responsive = ResponsiveGrid.on(grid);
        responsive.show(WidthClass.PHONE);

        assertThat(visibleKeys(grid)).containsExactly(ResponsiveGrid.CARD_COLUMN_KEY);
        String card = responsive.card().describe(row);
        assertThat(card).startsWith(number + " | " + total + " | ");
        assertThat(card.substring(card.lastIndexOf(" | ") + 3)).as("the status badge's text").isNotBlank();
    }

    @Test
    void theCustomersInvoicesLeaveOutTheDueDateOnATablet() {
        new InvoiceFixtures(context).posted(world.customer().companyId());
        login(TestWorld.CUSTOMER);
        navigate("invoices");
        Grid<Object> grid = grid("invoice-grid");

        ResponsiveGrid.on(grid).show(WidthClass.TABLET);

        assertThat(visibleKeys(grid)).containsExactly("number", "invoiceDate", "status", "total", "amountDue");
    }

    @Test
    void theFilterButtonOfADocumentListCountsTheFiltersInUse() {
        login(TestWorld.CUSTOMER);
        navigate("quotes");
        Button toggle = _get(Button.class, spec -> spec.withClasses("filter-toggle"));
        assertThat(toggle.getText()).isEqualTo("Filter");

        @SuppressWarnings("unchecked")
        Select<Optional<Object>> state = _find(Select.class).stream()
                .filter(select -> select.getParent().orElseThrow().hasClassName("filter-fields"))
                .findFirst().orElseThrow();
        _setValue(state, state.getListDataView().getItem(1));

        assertThat(toggle.getText()).isEqualTo("Filter (1)");
    }

    @Test
    void theStaffContactsKeepPortalStatusAndAccessOnATablet() {
        login(TestWorld.STAFF);
        navigate("staff/contacts");
        Grid<Object> grid = _get(Grid.class);

        ResponsiveGrid.on(grid).show(WidthClass.TABLET);
        assertThat(visibleKeys(grid)).contains("name", "company", "portal", "actions").doesNotContain("city", "vatId");

        ResponsiveGrid.on(grid).show(WidthClass.PHONE);
        assertThat(visibleKeys(grid)).containsExactly(ResponsiveGrid.CARD_COLUMN_KEY, "actions");
    }

    @Test
    void theTicketQueueKeepsTheLastChangeOnEveryWidth() {
        new TicketFixtures(context).ticket(world.customer().companyId(), TicketState.NEW, "Responsive " + System.nanoTime());
        login(TestWorld.STAFF);
        navigate("staff/tickets");
        Grid<Object> grid = grid("ticket-grid");
        String updated = GridKt._getFormatted(grid, 0, "updated");
        String number = GridKt._getFormatted(grid, 0, "number");

        ResponsiveGrid<Object> responsive = ResponsiveGrid.on(grid);
        responsive.show(WidthClass.TABLET);
        assertThat(visibleKeys(grid)).contains("number", "subject", "state", "updated").doesNotContain("created");

        responsive.show(WidthClass.PHONE);
        assertThat(responsive.card().describe(GridKt._get(grid, 0))).startsWith(number + " | " + updated + " | ");
    }
}
