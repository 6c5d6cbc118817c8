package org.kundenportal.subscriptions.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.data.provider.ConfigurableFilterDataProvider;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.kundenportal.base.i18n.Formats;
import org.kundenportal.base.security.AreaPermission;
import org.kundenportal.base.security.CurrentUser;
import org.kundenportal.base.security.PortalScope;
import org.kundenportal.base.security.Roles;
import org.kundenportal.base.ui.RequiresArea;
import org.kundenportal.base.ui.grid.GridSorts;
import org.kundenportal.documents.domain.DocumentFilter;
import org.kundenportal.documents.ui.DocumentFilterBar;
import org.kundenportal.subscriptions.domain.SubscriptionRepository;
import org.kundenportal.subscriptions.domain.SubscriptionRow;
import org.kundenportal.subscriptions.domain.SubscriptionState;

/**
 * The subscriptions of the user's company (and a partner's customers), paged in SQL. The search also looks into
 * the subscribed modules, so "do I have module X?" is answered by typing X.
 */
@Route("subscriptions")
@RolesAllowed({Roles.CUSTOMER, Roles.PARTNER, Roles.STAFF, Roles.ADMIN})
@RequiresArea(AreaPermission.SUBSCRIPTIONS)
public class SubscriptionsView extends Main implements HasDynamicTitle {

    private final Grid<SubscriptionRow> grid = new Grid<>();
    private final DocumentFilterBar<SubscriptionState> filterBar;

    public SubscriptionsView(SubscriptionRepository subscriptions, CurrentUser currentUser) {
        PortalScope scope = currentUser.scope();
        addClassName("list-view");
        ConfigurableFilterDataProvider<SubscriptionRow, Void, DocumentFilter<SubscriptionState>> dataProvider =
                DataProvider.<SubscriptionRow, DocumentFilter<SubscriptionState>>fromFilteringCallbacks(
                        query -> subscriptions.page(scope, query.getFilter().orElse(DocumentFilter.none()),
                                query.getOffset(), query.getLimit(), GridSorts.of(query)).stream(),
                        query -> subscriptions.count(scope, query.getFilter().orElse(DocumentFilter.none())))
                        .withConfigurableFilter();
        filterBar = new DocumentFilterBar<>(List.of(SubscriptionState.values()),
                state -> SubscriptionLabels.state(this, state), dataProvider::setFilter);
        filterBar.searchField().setPlaceholder(getTranslation("subscriptions.search"));
        filterBar.searchField().setAriaLabel(getTranslation("subscriptions.search"));
        filterBar.searchField().setWidth("20rem");

        grid.addColumn(SubscriptionRow::number).setHeader(getTranslation("subscriptions.number")).setKey("number")
                .setSortable(true).setAutoWidth(true).setFlexGrow(0);
        if (scope.unrestricted() || scope.customerCompanyIds().size() > 1) {
            grid.addColumn(SubscriptionRow::companyName).setHeader(getTranslation("subscriptions.customer"))
                    .setKey("customer").setSortable(true).setFlexGrow(2);
        }
        grid.addColumn(SubscriptionRow::planName).setHeader(getTranslation("subscriptions.plan")).setKey("plan")
                .setSortable(true).setFlexGrow(3);
        grid.addComponentColumn(row -> SubscriptionLabels.badge(this, row.state()))
                .setHeader(getTranslation("subscriptions.state")).setKey("state").setSortable(true)
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> SubscriptionLabels.period(this, row.period()))
                .setHeader(getTranslation("subscriptions.period")).setKey("period").setSortable(true)
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> Formats.date(row.nextInvoiceDate(), getLocale()))
                .setHeader(getTranslation("subscriptions.next-invoice")).setKey("nextInvoice").setSortable(true)
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> Formats.money(row.recurringTotal(), row.currency(), getLocale()))
                .setHeader(getTranslation("subscriptions.recurring-total")).setKey("total").setSortable(true)
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setItems(dataProvider);
        grid.setEmptyStateText(getTranslation("subscriptions.empty"));
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(SubscriptionView.class,
                SubscriptionView.parameters(click.getItem().number()))));

        add(new H2(getTranslation("nav.subscriptions")), filterBar, grid);
    }

    Grid<SubscriptionRow> grid() {
        return grid;
    }

    DocumentFilterBar<SubscriptionState> filterBar() {
        return filterBar;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.subscriptions");
    }
}
