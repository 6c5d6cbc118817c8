package org.kundenportal.base.ui.grid;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.function.ValueProvider;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.kundenportal.KaribuTest;
import org.kundenportal.documents.ui.StateBadge;

class ResponsiveGridTest extends KaribuTest {

    record Row(String number, String date, String amount, String state) {
    }

    private static Grid<Row> grid() {
        Grid<Row> grid = new Grid<>();
        grid.addColumn(Row::number).setKey("number");
        grid.addColumn(Row::date).setKey("date");
        grid.addColumn(Row::amount).setKey("amount");
        grid.addColumn(Row::state).setKey("actions");
        grid.setItems(new Row("RE-1", "01.12.2026", "12,00 €", "Offen"));
        UI.getCurrent().add(grid);
        return grid;
    }

    private static ResponsiveGrid<Row> responsive(Grid<Row> grid) {
        return ResponsiveGrid.of(grid, ListCard.<Row>titled(Row::number).detail(Row::amount).meta(Row::date, row -> "")
                        .badge(row -> new StateBadge(row.state(), StateBadge.Tone.ERROR)))
                .hideOnTablet("date")
                .keepOnPhone("actions");
    }

    private static List<String> visibleKeys(Grid<Row> grid) {
        return grid.getColumns().stream().filter(Grid.Column::isVisible).map(Grid.Column::getKey).toList();
    }

    @Test
    void theWindowWidthGivesTheWidthClass() {
        assertThat(WidthClass.of(390)).isEqualTo(WidthClass.PHONE);
        assertThat(WidthClass.of(599)).isEqualTo(WidthClass.PHONE);
        assertThat(WidthClass.of(600)).isEqualTo(WidthClass.TABLET);
        assertThat(WidthClass.of(820)).isEqualTo(WidthClass.TABLET);
        // the pinned side menu leaves a landscape tablet as little room as a portrait one
        assertThat(WidthClass.of(1180)).isEqualTo(WidthClass.TABLET);
        assertThat(WidthClass.of(1399)).isEqualTo(WidthClass.TABLET);
        assertThat(WidthClass.of(1440)).isEqualTo(WidthClass.DESKTOP);
        assertThat(WidthClass.of(1920)).isEqualTo(WidthClass.WIDE);
        assertThat(WidthClass.of(-1)).as("width not known yet").isEqualTo(WidthClass.WIDE);
    }

    @Test
    void aWideScreenShowsEveryColumnButTheCard() {
        Grid<Row> grid = grid();
        responsive(grid);

        assertThat(visibleKeys(grid)).containsExactly("number", "date", "amount", "actions");
        assertThat(grid.getColumns().getFirst().getKey()).as("the card column comes first").isEqualTo("card");
    }

    @Test
    void aDesktopLeavesOutOnlyWhatNeedsAWideScreen() {
        Grid<Row> grid = grid();
        ResponsiveGrid<Row> responsive = responsive(grid).showOnlyWhenWide("amount");
        responsive.show(WidthClass.DESKTOP);

        assertThat(visibleKeys(grid)).containsExactly("number", "date", "actions");
        responsive.show(WidthClass.WIDE);
        assertThat(visibleKeys(grid)).containsExactly("number", "date", "amount", "actions");
    }

    @Test
    void aTabletLeavesOutTheColumnsThatMatterLeast() {
        Grid<Row> grid = grid();
        responsive(grid).show(WidthClass.TABLET);

        assertThat(visibleKeys(grid)).containsExactly("number", "amount", "actions");
        assertThat(grid.getElement().getAttribute("width-class")).isEqualTo("tablet");
    }

    @Test
    void aPhoneShowsTheCardAndTheColumnsKeptForTheirButtons() {
        Grid<Row> grid = grid();
        ResponsiveGrid<Row> responsive = responsive(grid);
        responsive.show(WidthClass.PHONE);

        assertThat(visibleKeys(grid)).containsExactly("card", "actions");

        responsive.show(WidthClass.DESKTOP);
        assertThat(visibleKeys(grid)).containsExactly("number", "date", "amount", "actions");
    }

    @Test
    void aColumnTheListHidesStaysHiddenOnEveryWidth() {
        Grid<Row> grid = grid();
        ResponsiveGrid<Row> responsive = responsive(grid);
        responsive.setColumnShown(grid.getColumnByKey("amount"), false);
        responsive.show(WidthClass.TABLET);
        responsive.show(WidthClass.DESKTOP);

        assertThat(visibleKeys(grid)).containsExactly("number", "date", "actions");
        responsive.setColumnShown(grid.getColumnByKey("amount"), true);
        assertThat(visibleKeys(grid)).containsExactly("number", "date", "amount", "actions");
    }

    @Test
    void theCardShowsNumberAmountDateAndTheBadgeOfTheRow() {
        Grid<Row> grid = grid();
        Row row = new Row("RE-7", "03.12.2026", "99,50 €", "Überfällig");
        Map<String, ValueProvider<Row, ?>> values = responsive(grid).card().renderer().getValueProviders();

        assertThat(values.get("cardTitle").apply(row)).isEqualTo("RE-7");
        assertThat(values.get("cardDetail").apply(row)).isEqualTo("99,50 €");
        assertThat(values.get("cardMeta").apply(row)).isEqualTo("03.12.2026");
        assertThat(values.get("cardBadgeText").apply(row)).isEqualTo("Überfällig");
        assertThat(values.get("cardBadgeTheme").apply(row)).isEqualTo("badge error");
        assertThat(values.get("cardBadgeClass").apply(row)).isEqualTo("state-badge");
    }

    @Test
    void unknownColumnsAreAProgrammingError() {
        Grid<Row> grid = grid();
        assertThatThrownBy(() -> ResponsiveGrid.on(grid)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> responsive(grid).hideOnTablet("nope")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theFilterButtonCountsTheFiltersInUseAndOpensThem() {
        ListFilters filters = new ListFilters();
        TextField search = new TextField();
        Select<Optional<String>> state = new Select<>();
        state.setItems(Optional.empty(), Optional.of("open"));
        state.setValue(Optional.empty());
        Button create = new Button("Neu");
        filters.add(search, state, create);
        UI.getCurrent().add(filters);
        Button toggle = _get(Button.class, spec -> spec.withClasses("filter-toggle"));

        assertThat(toggle.getText()).isEqualTo("Filter");
        _setValue(search, "Konditorei");
        assertThat(toggle.getText()).isEqualTo("Filter (1)");
        _setValue(state, Optional.of("open"));
        assertThat(toggle.getText()).isEqualTo("Filter (2)");
        _setValue(search, "");
        assertThat(filters.activeCount()).isEqualTo(1);

        assertThat(filters.isOpen()).isFalse();
        _click(toggle);
        assertThat(filters.isOpen()).isTrue();
        assertThat(toggle.getElement().getAttribute("aria-expanded")).isEqualTo("true");
        // the action is no filter: it stays outside the folded fields
        assertThat(create.getParent().orElseThrow().hasClassName("filter-actions")).isTrue();
        assertThat(search.getParent().orElseThrow().hasClassName("filter-fields")).isTrue();
    }

    @Test
    void onAPhoneASelectAboveTheCardsSortsByTheSortableColumnsAndFollowsTheHeaders() {
        Grid<Row> grid = new Grid<>();
        grid.addColumn(Row::number).setKey("number").setHeader("Nummer").setSortable(true);
        grid.addColumn(Row::date).setKey("date").setHeader("Datum").setSortable(true);
        grid.addColumn(Row::amount).setKey("amount").setHeader("Betrag");
        grid.setItems(new Row("RE-1", "01.12.2026", "12,00 €", "Offen"), new Row("RE-2", "02.12.2026", "9,00 €", "Offen"));
        Div list = new Div(new Span("filters"), grid);
        UI.getCurrent().add(list);
        ResponsiveGrid<Row> responsive = ResponsiveGrid.of(grid, ListCard.titled(Row::number));
        Select<ResponsiveGrid.SortChoice<Row>> sort = responsive.sortSelect();

        assertThat(list.getChildren().toList()).as("just above the grid").element(1).isSameAs(sort);
        assertThat(sort.isVisible()).as("the headers sort on a wide screen").isFalse();
        responsive.show(WidthClass.PHONE);
        assertThat(sort.isVisible()).isTrue();
        assertThat(sort.getListDataView().getItems().map(sort.getItemLabelGenerator()))
                .containsExactly("Nummer, ascending", "Nummer, descending", "Datum, ascending", "Datum, descending");

        _setValue(sort, sort.getListDataView().getItem(1));
        assertThat(grid.getSortOrder()).singleElement().satisfies(order -> {
            assertThat(order.getSorted().getKey()).isEqualTo("number");
            assertThat(order.getDirection()).isEqualTo(SortDirection.DESCENDING);
        });
        assertThat(GridKt._get(grid, 0).number()).isEqualTo("RE-2");

        grid.sort(List.of(new GridSortOrder<>(grid.getColumnByKey("date"), SortDirection.ASCENDING)));
        assertThat(sort.getValue()).isEqualTo(new ResponsiveGrid.SortChoice<>(grid.getColumnByKey("date"),
                SortDirection.ASCENDING));
    }
}
