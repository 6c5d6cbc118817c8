package org.kundenportal.signatures.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.data.provider.ConfigurableFilterDataProvider;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.kundenportal.base.i18n.Formats;
import org.kundenportal.base.security.CurrentUser;
import org.kundenportal.base.security.PortalScope;
import org.kundenportal.base.security.Roles;
import org.kundenportal.base.ui.grid.GridSorts;
import org.kundenportal.base.ui.grid.ListCard;
import org.kundenportal.base.ui.grid.ResponsiveGrid;
import org.kundenportal.documents.domain.DocumentFilter;
import org.kundenportal.documents.ui.DocumentFilterBar;
import org.kundenportal.signatures.domain.SignatureRepository;
import org.kundenportal.signatures.domain.SignatureRow;
import org.kundenportal.signatures.domain.SignatureState;

/**
 * The signature requests sent to the user's company (and a partner's customers): waiting, signed and cancelled
 * ones, never drafts; paged and sorted in SQL. Like tickets, they need no area permission.
 */
@Route("signatures")
@Menu(order = 90, icon = "vaadin:pencil", title = "nav.signatures")
@RolesAllowed({Roles.CUSTOMER, Roles.PARTNER, Roles.STAFF, Roles.ADMIN})
public class SignaturesView extends Main implements HasDynamicTitle {

    private final Grid<SignatureRow> grid = new Grid<>();
    private final DocumentFilterBar<SignatureState> filterBar;

    public SignaturesView(SignatureRepository requests, CurrentUser currentUser) {
        PortalScope scope = currentUser.scope();
        addClassName("list-view");
        ConfigurableFilterDataProvider<SignatureRow, Void, DocumentFilter<SignatureState>> dataProvider =
                DataProvider.<SignatureRow, DocumentFilter<SignatureState>>fromFilteringCallbacks(
                        query -> requests.page(scope, query.getFilter().orElse(DocumentFilter.none()),
                                query.getOffset(), query.getLimit(), GridSorts.of(query)).stream(),
                        query -> requests.count(scope, query.getFilter().orElse(DocumentFilter.none())))
                        .withConfigurableFilter();
        filterBar = new DocumentFilterBar<>(List.of(SignatureState.SENT, SignatureState.SIGNED, SignatureState.CANCELLED),
                state -> SignatureLabels.state(this, state), dataProvider::setFilter);
        filterBar.searchField().setPlaceholder(getTranslation("signatures.search"));
        filterBar.searchField().setAriaLabel(getTranslation("signatures.search"));
        filterBar.searchField().setWidth("20rem");

        grid.addColumn(SignatureRow::number).setHeader(getTranslation("signatures.number")).setKey("number")
                .setSortable(true).setAutoWidth(true).setFlexGrow(0);
        if (scope.unrestricted() || scope.customerCompanyIds().size() > 1) {
            grid.addColumn(SignatureRow::companyName).setHeader(getTranslation("signatures.customer"))
                    .setKey("customer").setSortable(true).setFlexGrow(2);
        }
        grid.addColumn(SignatureRow::title).setHeader(getTranslation("signatures.title")).setKey("title")
                .setSortable(true).setFlexGrow(3);
        grid.addColumn(row -> Formats.dateTime(row.sentAt(), getLocale())).setHeader(getTranslation("signatures.sent"))
                .setKey("sent").setSortable(true).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(row -> SignatureLabels.badge(this, row.state()))
                .setHeader(getTranslation("signatures.state")).setKey("state").setSortable(true)
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> Formats.dateTime(row.signedAt(), getLocale()))
                .setHeader(getTranslation("signatures.signed-at")).setKey("signed").setSortable(true)
                .setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setItems(dataProvider);
        grid.setEmptyStateText(getTranslation("signatures.empty"));
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(SignatureView.class,
                SignatureView.parameters(click.getItem().number()))));
        ResponsiveGrid.of(grid, ListCard.<SignatureRow>titled(SignatureRow::number)
                        .detail(row -> Formats.dateTime(row.sentAt(), getLocale()))
                        .meta(SignatureRow::title)
                        .badge(row -> SignatureLabels.badge(this, row.state())))
                .hideOnTablet("signed");

        add(new H1(getTranslation("nav.signatures")), filterBar, grid);
    }

    Grid<SignatureRow> grid() {
        return grid;
    }

    DocumentFilterBar<SignatureState> filterBar() {
        return filterBar;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.signatures");
    }
}
