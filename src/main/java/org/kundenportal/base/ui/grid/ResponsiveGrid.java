package org.kundenportal.base.ui.grid;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.component.page.Page;
import com.vaadin.flow.shared.Registration;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Fits a list grid to the browser's width, on the server: on a phone each row is one card column (plus the columns
 * kept for their buttons), on a tablet the columns that matter least are left out, on a desktop only what the widest
 * lists cannot fit, on a wide screen every column shows.
 * The grid itself stays the same lazy grid with SQL paging; a tap on a card is a click on its row.
 * <p>
 * The width comes from the browser's details when the grid is attached and from Flow's window resize events.
 * <p>
 * A card has no column headers to sort by, so on a phone a "Sort by" select stands just above the grid, offering the
 * grid's sortable columns in both directions; it follows a sort made in the headers, and the headers follow it.
 *
 * @param <T> the row type
 */
public final class ResponsiveGrid<T> implements Serializable {

    public static final String CARD_COLUMN_KEY = "card";

    private final Grid<T> grid;
    /** the narrowest width class that shows a column; columns not named here show from the tablet on */
    private final Map<Grid.Column<T>, WidthClass> shownFrom = new HashMap<>();
    private final Set<Grid.Column<T>> keptOnPhone = new HashSet<>();
    /** columns the list itself hides (e.g. the customer column when one customer is picked) */
    private final Set<Grid.Column<T>> hiddenByList = new HashSet<>();
    private final ListCard<T> card;
    private final Select<SortChoice<T>> sortSelect = new Select<>();
    /** set while the select follows the grid, so that following is not taken for the user's choice */
    private boolean followingGridSort;
    private Grid.Column<T> cardColumn;
    private WidthClass widthClass = WidthClass.WIDE;
    private Registration resizeRegistration;

    private ResponsiveGrid(Grid<T> grid, ListCard<T> card) {
        this.grid = grid;
        this.card = card;
    }

    /**
     * Call once the grid has all its columns: adds the card column in front of them and starts following the width.
     *
     * @param card what a row shows as a card on a phone
     */
    public static <T> ResponsiveGrid<T> of(Grid<T> grid, ListCard<T> card) {
        ResponsiveGrid<T> responsive = new ResponsiveGrid<>(grid, card);
        ComponentUtil.setData(grid, ResponsiveGrid.class, responsive);
        responsive.addCardColumn();
        responsive.prepareSortSelect();
        grid.addAttachListener(attach -> {
            responsive.placeSortSelect();
            responsive.follow(attach.getUI().getPage());
        });
        grid.addDetachListener(detach -> responsive.stopFollowing());
        if (grid.isAttached()) {
            responsive.placeSortSelect();
        }
        responsive.apply();
        return responsive;
    }

    /** The helper {@link #of} gave the grid, for tests and for code that has only the grid. */
    @SuppressWarnings("unchecked")
    public static <T> ResponsiveGrid<T> on(Grid<T> grid) {
        ResponsiveGrid<T> responsive = ComponentUtil.getData(grid, ResponsiveGrid.class);
        if (responsive == null) {
            throw new IllegalArgumentException("The grid does not follow the browser's width");
        }
        return responsive;
    }

    /** The columns (by key) that a tablet leaves out first. Unknown keys are a programming error. */
    public ResponsiveGrid<T> hideOnTablet(String... keys) {
        return showFrom(WidthClass.DESKTOP, keys);
    }

    /** The columns (by key) that only a wide screen shows, for lists too wide for a desktop beside the menu. */
    public ResponsiveGrid<T> showOnlyWhenWide(String... keys) {
        return showFrom(WidthClass.WIDE, keys);
    }

    private ResponsiveGrid<T> showFrom(WidthClass narrowest, String... keys) {
        for (String key : keys) {
            shownFrom.put(column(key), narrowest);
        }
        apply();
        return this;
    }

    /** The columns (by key) a phone shows beside the card, e.g. a column of buttons a card cannot hold. */
    public ResponsiveGrid<T> keepOnPhone(String... keys) {
        for (String key : keys) {
            keptOnPhone.add(column(key));
        }
        apply();
        return this;
    }

    /** Shows or hides a column for the list's own reasons; the width can still leave it out. */
    public void setColumnShown(Grid.Column<T> column, boolean shown) {
        if (shown) {
            hiddenByList.remove(column);
        } else {
            hiddenByList.add(column);
        }
        apply();
    }

    public void show(WidthClass widthClass) {
        this.widthClass = Objects.requireNonNull(widthClass);
        apply();
    }

    public WidthClass widthClass() {
        return widthClass;
    }

    public ListCard<T> card() {
        return card;
    }

    /** The phone's sort control; it has no choices when the grid has no sortable column. */
    public Select<SortChoice<T>> sortSelect() {
        return sortSelect;
    }

    /** One way to sort the grid: a sortable column in one direction. */
    public record SortChoice<T>(Grid.Column<T> column, SortDirection direction) implements Serializable {
    }

    private void prepareSortSelect() {
        List<SortChoice<T>> choices = new ArrayList<>();
        for (Grid.Column<T> column : grid.getColumns()) {
            if (column.isSortable() && column != cardColumn) {
                choices.add(new SortChoice<>(column, SortDirection.ASCENDING));
                choices.add(new SortChoice<>(column, SortDirection.DESCENDING));
            }
        }
        sortSelect.addClassName("list-sort");
        sortSelect.setLabel(grid.getTranslation("lists.sort"));
        sortSelect.setEmptySelectionAllowed(true);
        sortSelect.setEmptySelectionCaption(grid.getTranslation("lists.sort.default"));
        sortSelect.setItemLabelGenerator(choice -> choice == null ? grid.getTranslation("lists.sort.default")
                : grid.getTranslation(choice.direction() == SortDirection.ASCENDING ? "lists.sort.ascending"
                        : "lists.sort.descending", choice.column().getHeaderText()));
        sortSelect.setItems(choices);
        sortSelect.addValueChangeListener(change -> {
            if (!followingGridSort) {
                grid.sort(change.getValue() == null ? List.of()
                        : List.of(new GridSortOrder<>(change.getValue().column(), change.getValue().direction())));
            }
        });
        grid.addSortListener(sort -> {
            followingGridSort = true;
            try {
                sortSelect.setValue(sort.getSortOrder().stream().findFirst()
                        .map(order -> new SortChoice<>(order.getSorted(), order.getDirection())).orElse(null));
            } finally {
                followingGridSort = false;
            }
        });
    }

    /** Puts the sort select just before the grid in whatever holds the grid, once. */
    private void placeSortSelect() {
        Element parent = grid.getElement().getParent();
        if (sortSelect.getParent().isPresent() || parent == null || sortSelect.getListDataView().getItemCount() == 0) {
            return;
        }
        parent.insertChild(parent.indexOfChild(grid.getElement()), sortSelect.getElement());
    }

    private void addCardColumn() {
        cardColumn = grid.addColumn(card.renderer()).setKey(CARD_COLUMN_KEY)
                .setHeader(grid.getTranslation("lists.card-column")).setFlexGrow(1);
        cardColumn.setVisible(false);
        List<Grid.Column<T>> order = new ArrayList<>(grid.getColumns());
        order.remove(cardColumn);
        order.addFirst(cardColumn);
        grid.setColumnOrder(order);
    }

    private void apply() {
        for (Grid.Column<T> column : grid.getColumns()) {
            column.setVisible(visible(column));
        }
        grid.getElement().setAttribute("width-class", widthClass.name().toLowerCase());
        sortSelect.setVisible(widthClass == WidthClass.PHONE);
    }

    private boolean visible(Grid.Column<T> column) {
        if (column == cardColumn) {
            return widthClass == WidthClass.PHONE;
        }
        if (hiddenByList.contains(column)) {
            return false;
        }
        if (widthClass == WidthClass.PHONE) {
            return keptOnPhone.contains(column);
        }
        return widthClass.compareTo(shownFrom.getOrDefault(column, WidthClass.TABLET)) >= 0;
    }

    private void follow(Page page) {
        stopFollowing();
        page.retrieveExtendedClientDetails(details -> show(WidthClass.of(details.getWindowInnerWidth())));
        resizeRegistration = page.addBrowserWindowResizeListener(resize -> show(WidthClass.of(resize.getWidth())));
    }

    private void stopFollowing() {
        if (resizeRegistration != null) {
            resizeRegistration.remove();
            resizeRegistration = null;
        }
    }

    private Grid.Column<T> column(String key) {
        Grid.Column<T> column = grid.getColumnByKey(key);
        if (column == null) {
            throw new IllegalArgumentException("The grid has no column " + key);
        }
        return column;
    }
}
