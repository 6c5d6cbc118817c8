package org.kundenportal.purchasing.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.data.provider.ConfigurableFilterDataProvider;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.kundenportal.base.security.CurrentUser;
import org.kundenportal.base.security.PortalScope;
import org.kundenportal.base.security.Roles;
import org.kundenportal.base.ui.grid.GridSorts;
import org.kundenportal.documents.domain.DocumentFilter;
import org.kundenportal.documents.ui.DocumentFilterBar;
import org.kundenportal.purchasing.domain.PurchaseOrderRepository;
import org.kundenportal.purchasing.domain.PurchaseOrderRow;
import org.kundenportal.purchasing.domain.PurchaseOrderState;

/** The supplier's list of the orders we placed with it, paged, searched and sorted in SQL. */
@Route("purchase-orders")
@Menu(order = 40, icon = "vaadin:truck", title = "nav.purchase-orders")
@RolesAllowed({Roles.SUPPLIER, Roles.STAFF, Roles.ADMIN})
public class PurchaseOrdersView extends Main implements HasDynamicTitle {

    public PurchaseOrdersView(PurchaseOrderRepository orders, CurrentUser currentUser) {
        addClassName("list-view");
        PortalScope scope = currentUser.scope();
        ConfigurableFilterDataProvider<PurchaseOrderRow, Void, DocumentFilter<PurchaseOrderState>> dataProvider =
                DataProvider.<PurchaseOrderRow, DocumentFilter<PurchaseOrderState>>fromFilteringCallbacks(
                        query -> orders.page(scope, query.getFilter().orElse(DocumentFilter.none()), query.getOffset(),
                                query.getLimit(), GridSorts.of(query)).stream(),
                        query -> orders.count(scope, query.getFilter().orElse(DocumentFilter.none())))
                        .withConfigurableFilter();
        PurchaseOrderGrid grid = new PurchaseOrderGrid(false,
                row -> getUI().ifPresent(ui -> ui.navigate("purchase-orders/" + row.number())));
        grid.setItems(dataProvider);
        grid.setEmptyStateText(getTranslation("purchasing.empty"));
        DocumentFilterBar<PurchaseOrderState> filters = new DocumentFilterBar<>(PurchaseOrderState.PORTAL,
                state -> PurchaseOrderLabels.state(this, state), dataProvider::setFilter);
        add(new H1(getTranslation("nav.purchase-orders")), filters, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.purchase-orders");
    }
}
