package org.kundenportal.tickets.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.provider.ConfigurableFilterDataProvider;
import com.vaadin.flow.data.provider.DataProvider;
import java.util.function.Consumer;
import org.kundenportal.base.ui.grid.ListCard;
import org.kundenportal.base.ui.grid.ResponsiveGrid;
import org.kundenportal.base.db.ListPages;
import org.kundenportal.base.i18n.Formats;
import org.kundenportal.base.security.PortalScope;
import org.kundenportal.base.ui.grid.GridSorts;
import org.kundenportal.tickets.domain.TicketFilter;
import org.kundenportal.tickets.domain.TicketRepository;
import org.kundenportal.tickets.domain.TicketRow;

/** The lazy ticket list of the portal and the staff queue: paged, sorted and filtered in SQL within the scope. */
class TicketGrid extends Grid<TicketRow> {

    private final ConfigurableFilterDataProvider<TicketRow, Void, TicketFilter> dataProvider;
    private final Column<TicketRow> customerColumn;
    private final ResponsiveGrid<TicketRow> responsive;

    TicketGrid(TicketRepository tickets, PortalScope scope, boolean withAssignee, Consumer<TicketRow> open) {
        ListPages pages = new ListPages();
        dataProvider = DataProvider.<TicketRow, TicketFilter>fromFilteringCallbacks(
                query -> tickets.page(scope, query.getFilter().orElse(TicketFilter.none()), query.getOffset(),
                        query.getLimit(), GridSorts.of(query), pages).stream(),
                query -> {
                    TicketFilter filter = query.getFilter().orElse(TicketFilter.none());
                    return pages.counted(filter, tickets.count(scope, filter));
                }).withConfigurableFilter();
        addColumn(TicketRow::number).setHeader(getTranslation("tickets.number")).setKey("number").setSortable(true)
                .setAutoWidth(true).setFlexGrow(0);
        addColumn(TicketRow::subject).setHeader(getTranslation("tickets.subject")).setKey("subject").setSortable(true)
                .setWidth("9rem").setFlexGrow(3).setResizable(true);
        customerColumn = addColumn(this::customer).setHeader(getTranslation("tickets.customer")).setKey("customer")
                .setSortable(true).setWidth("7rem").setFlexGrow(2).setResizable(true);
        addComponentColumn(row -> TicketLabels.badge(row.state())).setHeader(getTranslation("tickets.state"))
                .setKey("state").setSortable(true).setAutoWidth(true).setFlexGrow(0);
        addColumn(row -> TicketLabels.priority(row.priority())).setHeader(getTranslation("tickets.priority"))
                .setKey("priority").setSortable(true).setAutoWidth(true).setFlexGrow(0);
        if (withAssignee) {
            addColumn(TicketRow::assignedName).setHeader(getTranslation("tickets.assigned")).setKey("assigned")
                    .setSortable(true).setAutoWidth(true).setFlexGrow(0);
        }
        addColumn(row -> Formats.dateTime(row.createdAt(), getLocale())).setHeader(getTranslation("tickets.created"))
                .setKey("created").setSortable(true).setAutoWidth(true).setFlexGrow(0);
        addColumn(row -> Formats.dateTime(row.updatedAt(), getLocale())).setHeader(getTranslation("tickets.updated"))
                .setKey("updated").setSortable(true).setAutoWidth(true).setFlexGrow(0);
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        setItems(dataProvider);
        addItemClickListener(click -> open.accept(click.getItem()));
        addClassName("ticket-grid");
        // the last change stays on every width: it tells whether someone answered
        responsive = ResponsiveGrid.of(this, ListCard.<TicketRow>titled(TicketRow::number)
                        .detail(row -> Formats.dateTime(row.updatedAt(), getLocale()))
                        .meta(TicketRow::subject)
                        .badge(row -> TicketLabels.badge(row.state())))
                .hideOnTablet("priority", withAssignee ? "assigned" : "created")
                // the staff queue has the most columns: its creation time only on a wide screen
                .showOnlyWhenWide("created");
    }

    /** Who sent a public request is only a claim until the address is confirmed; the list says so. */
    private String customer(TicketRow row) {
        return row.senderUnconfirmed() ? getTranslation("tickets.customer-unconfirmed", row.customer()) : row.customer();
    }

    void showCustomer(boolean visible) {
        responsive.setColumnShown(customerColumn, visible);
    }

    void filter(TicketFilter filter) {
        dataProvider.setFilter(filter);
    }
}
