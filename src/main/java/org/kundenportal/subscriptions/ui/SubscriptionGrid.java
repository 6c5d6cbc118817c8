package org.kundenportal.subscriptions.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.provider.ConfigurableFilterDataProvider;
import com.vaadin.flow.data.provider.DataProvider;
import java.util.List;
import java.util.function.Consumer;
import org.kundenportal.base.ui.grid.ListCard;
import org.kundenportal.base.ui.grid.ResponsiveGrid;
import org.kundenportal.base.i18n.Formats;
import org.kundenportal.base.security.PortalScope;
import org.kundenportal.base.ui.grid.GridSorts;
import org.kundenportal.documents.domain.DocumentFilter;
import org.kundenportal.documents.ui.DocumentFilterBar;
import org.kundenportal.subscriptions.domain.SubscriptionRepository;
import org.kundenportal.subscriptions.domain.SubscriptionRow;
import org.kundenportal.subscriptions.domain.SubscriptionState;

/** The lazy subscription list of the portal and the back office: paged, sorted and filtered in SQL within the scope. */
class SubscriptionGrid extends Grid<SubscriptionRow> {

    private final ConfigurableFilterDataProvider<SubscriptionRow, Void, DocumentFilter<SubscriptionState>> dataProvider;

    SubscriptionGrid(SubscriptionRepository subscriptions, PortalScope scope, boolean withCustomer,
                     Consumer<SubscriptionRow> open) {
        dataProvider = DataProvider.<SubscriptionRow, DocumentFilter<SubscriptionState>>fromFilteringCallbacks(
                        query -> subscriptions.page(scope, query.getFilter().orElse(DocumentFilter.none()),
                                query.getOffset(), query.getLimit(), GridSorts.of(query)).stream(),
                        query -> subscriptions.count(scope, query.getFilter().orElse(DocumentFilter.none())))
                .withConfigurableFilter();
        addColumn(SubscriptionRow::number).setHeader(getTranslation("subscriptions.number")).setKey("number")
                .setSortable(true).setAutoWidth(true).setFlexGrow(0);
        if (withCustomer) {
            addColumn(SubscriptionRow::companyName).setHeader(getTranslation("subscriptions.customer"))
                    .setKey("customer").setSortable(true).setFlexGrow(2);
        }
        addColumn(SubscriptionRow::planName).setHeader(getTranslation("subscriptions.plan")).setKey("plan")
                .setSortable(true).setFlexGrow(3);
        addComponentColumn(row -> SubscriptionLabels.badge(this, row.state()))
                .setHeader(getTranslation("subscriptions.state")).setKey("state").setSortable(true)
                .setAutoWidth(true).setFlexGrow(0);
        addColumn(row -> SubscriptionLabels.period(this, row.period()))
                .setHeader(getTranslation("subscriptions.period")).setKey("period").setSortable(true)
                .setAutoWidth(true).setFlexGrow(0);
        addColumn(row -> Formats.date(row.nextInvoiceDate(), getLocale()))
                .setHeader(getTranslation("subscriptions.next-invoice")).setKey("nextInvoice").setSortable(true)
                .setAutoWidth(true).setFlexGrow(0);
        addColumn(row -> Formats.money(row.recurringTotal(), row.currency(), getLocale()))
                .setHeader(getTranslation("subscriptions.recurring-total")).setKey("total").setSortable(true)
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        setItems(dataProvider);
        addItemClickListener(click -> open.accept(click.getItem()));
        addClassName("subscription-grid");
        ResponsiveGrid.of(this, ListCard.<SubscriptionRow>titled(SubscriptionRow::number)
                        .detail(row -> Formats.money(row.recurringTotal(), row.currency(), getLocale()))
                        .meta(SubscriptionRow::planName, row -> withCustomer ? row.companyName() : "")
                        .badge(row -> SubscriptionLabels.badge(this, row.state())))
                .hideOnTablet("period");
    }

    void filter(DocumentFilter<SubscriptionState> filter) {
        dataProvider.setFilter(filter);
    }

    /** The filter bar over this grid, with the states and a search field whose hint says what it searches. */
    DocumentFilterBar<SubscriptionState> filterBar(String searchHintKey) {
        DocumentFilterBar<SubscriptionState> bar = new DocumentFilterBar<>(List.of(SubscriptionState.values()),
                state -> SubscriptionLabels.state(this, state), this::filter);
        bar.searchField().setPlaceholder(getTranslation(searchHintKey));
        bar.searchField().setAriaLabel(getTranslation(searchHintKey));
        bar.searchField().setWidth("20rem");
        return bar;
    }
}
