package org.kundenportal.subscriptions.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.kundenportal.base.security.AreaPermission;
import org.kundenportal.base.security.CurrentUser;
import org.kundenportal.base.security.PortalScope;
import org.kundenportal.base.security.Roles;
import org.kundenportal.base.ui.RequiresArea;
import org.kundenportal.documents.ui.DocumentFilterBar;
import org.kundenportal.subscriptions.domain.SubscriptionRepository;
import org.kundenportal.subscriptions.domain.SubscriptionRow;
import org.kundenportal.subscriptions.domain.SubscriptionState;

/**
 * The subscriptions of the user's company (and a partner's customers), paged in SQL. The search also looks into
 * the subscribed modules, so "do I have module X?" is answered by typing X.
 */
@Route("subscriptions")
@Menu(order = 100, icon = "vaadin:refresh", title = "nav.subscriptions")
@RolesAllowed({Roles.CUSTOMER, Roles.PARTNER, Roles.STAFF, Roles.ADMIN})
@RequiresArea(AreaPermission.SUBSCRIPTIONS)
public class SubscriptionsView extends Main implements HasDynamicTitle {

    private final SubscriptionGrid grid;
    private final DocumentFilterBar<SubscriptionState> filterBar;

    public SubscriptionsView(SubscriptionRepository subscriptions, CurrentUser currentUser) {
        PortalScope scope = currentUser.scope();
        addClassName("list-view");
        grid = new SubscriptionGrid(subscriptions, scope, scope.unrestricted() || scope.customerCompanyIds().size() > 1,
                row -> getUI().ifPresent(ui -> ui.navigate(SubscriptionView.class,
                        SubscriptionView.parameters(row.number()))));
        grid.setEmptyStateText(getTranslation("subscriptions.empty"));
        filterBar = grid.filterBar("subscriptions.search");

        add(new H1(getTranslation("nav.subscriptions")), filterBar, grid);
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
