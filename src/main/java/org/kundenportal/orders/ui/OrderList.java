package org.kundenportal.orders.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.data.provider.ConfigurableFilterDataProvider;
import com.vaadin.flow.data.provider.DataProvider;
import java.util.List;
import java.util.Locale;
import org.kundenportal.base.db.ListPages;
import org.kundenportal.base.i18n.Formats;
import org.kundenportal.base.security.PortalScope;
import org.kundenportal.base.ui.grid.GridSorts;
import org.kundenportal.base.ui.grid.ListCard;
import org.kundenportal.base.ui.grid.ResponsiveGrid;
import org.kundenportal.contacts.domain.ContactOption;
import org.kundenportal.contacts.domain.ContactRepository;
import org.kundenportal.documents.domain.DocumentFilter;
import org.kundenportal.documents.ui.DocumentFilterBar;
import org.kundenportal.orders.domain.OrderRepository;
import org.kundenportal.orders.domain.OrderRow;
import org.kundenportal.orders.domain.ShippingStatus;

/**
 * The list of sales orders of the portal and of the back office: filter bar and a lazy grid paged, filtered and
 * sorted in SQL within the user's scope. A click opens the order under the given route.
 */
class OrderList extends Div {

    private final Grid<OrderRow> grid = new Grid<>();
    private final DocumentFilterBar<ShippingStatus> filterBar;

    /**
     * @param detailRoute   the route an order opens at, followed by "/" and its number
     * @param withCustomer  show the customer column (partners and staff see several customers' orders)
     */
    OrderList(OrderRepository orders, PortalScope scope, String detailRoute, boolean withCustomer) {
        addClassName("order-list");
        ListPages pages = new ListPages();
        ConfigurableFilterDataProvider<OrderRow, Void, DocumentFilter<ShippingStatus>> dataProvider =
                DataProvider.<OrderRow, DocumentFilter<ShippingStatus>>fromFilteringCallbacks(
                        query -> orders.page(scope, query.getFilter().orElse(DocumentFilter.none()), query.getOffset(),
                                query.getLimit(), GridSorts.of(query), pages).stream(),
                        query -> {
                            DocumentFilter<ShippingStatus> filter = query.getFilter().orElse(DocumentFilter.none());
                            return pages.counted(filter, orders.count(scope, filter));
                        })
                        .withConfigurableFilter();
        filterBar = new DocumentFilterBar<>(List.of(ShippingStatus.values()),
                status -> OrderLabels.statusLabel(this, status), dataProvider::setFilter);

        Locale locale = getLocale();
        grid.addColumn(OrderRow::number).setHeader(getTranslation("orders.column.number")).setKey("number")
                .setSortable(true).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> Formats.date(row.orderDate(), locale)).setHeader(getTranslation("orders.column.order-date"))
                .setKey("orderDate").setSortable(true).setAutoWidth(true).setFlexGrow(0);
        if (withCustomer) {
            grid.addColumn(OrderRow::customerName).setHeader(getTranslation("orders.column.customer")).setKey("customer")
                    .setSortable(true).setFlexGrow(2);
        }
        grid.addComponentColumn(row -> OrderLabels.source(this, row.source())).setHeader(getTranslation("orders.column.source"))
                .setKey("source").setSortable(true).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(row -> OrderLabels.status(this, row.deliveryStatus()))
                .setHeader(getTranslation("orders.column.delivery-status")).setKey("deliveryStatus").setSortable(true)
                .setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(row -> Formats.money(row.total(), row.currency(), locale)).setHeader(getTranslation("orders.column.total"))
                .setKey("total").setSortable(true).setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setItems(dataProvider);
        grid.setEmptyStateText(getTranslation("orders.empty"));
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(detailRoute + "/" + click.getItem().number())));
        ResponsiveGrid.of(grid, ListCard.<OrderRow>titled(OrderRow::number)
                        .detail(row -> Formats.money(row.total(), row.currency(), locale))
                        .meta(row -> Formats.date(row.orderDate(), locale), row -> withCustomer ? row.customerName() : "")
                        .badge(row -> OrderLabels.status(this, row.deliveryStatus())))
                .hideOnTablet("source");
        add(filterBar, grid);
    }

    /** For staff: a lazy choice of the customer company whose orders to show. */
    void addCompanyFilter(ContactRepository contacts) {
        ComboBox<ContactOption> company = new ComboBox<>(getTranslation("orders.filter.customer"));
        company.setItems(query -> contacts.companies(query.getFilter().orElse(""), query.getOffset(), query.getLimit()).stream());
        company.setItemLabelGenerator(ContactOption::name);
        company.setClearButtonVisible(true);
        company.addValueChangeListener(change -> filterBar.setCompanyId(change.getValue() == null ? null : change.getValue().id()));
        filterBar.addToToolbar(company);
    }

    Grid<OrderRow> grid() {
        return grid;
    }
}
