package org.kundenportal.receipts.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
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
import org.kundenportal.base.db.ListPages;
import org.kundenportal.base.i18n.Formats;
import org.kundenportal.base.security.CurrentUser;
import org.kundenportal.base.security.PortalScope;
import org.kundenportal.base.security.Roles;
import org.kundenportal.base.ui.grid.GridSorts;
import org.kundenportal.base.ui.grid.ListCard;
import org.kundenportal.base.ui.grid.ResponsiveGrid;
import org.kundenportal.documents.domain.DocumentFilter;
import org.kundenportal.documents.ui.DocumentFilterBar;
import org.kundenportal.receipts.domain.PaymentMethod;
import org.kundenportal.receipts.domain.ReceiptRepository;
import org.kundenportal.receipts.domain.ReceiptRow;

/**
 * The POS receipts of the user's company, searched by number and date range and paged in SQL. Receipts have no
 * states, so the filter bar's state choice filters by payment method.
 */
@Route("receipts")
@Menu(order = 70, icon = "vaadin:records", title = "nav.receipts")
@RolesAllowed({Roles.CUSTOMER, Roles.PARTNER, Roles.STAFF, Roles.ADMIN})
public class ReceiptsView extends Main implements HasDynamicTitle {

    private final Grid<ReceiptRow> grid = new Grid<>();

    public ReceiptsView(ReceiptRepository receipts, CurrentUser currentUser) {
        PortalScope scope = currentUser.scope();
        addClassName("list-view");
        ListPages pages = new ListPages();
        ConfigurableFilterDataProvider<ReceiptRow, Void, DocumentFilter<PaymentMethod>> dataProvider =
                DataProvider.<ReceiptRow, DocumentFilter<PaymentMethod>>fromFilteringCallbacks(
                        query -> receipts.page(scope, query.getFilter().orElse(DocumentFilter.none()), query.getOffset(),
                                query.getLimit(), GridSorts.of(query), pages).stream(),
                        query -> {
                            DocumentFilter<PaymentMethod> filter = query.getFilter().orElse(DocumentFilter.none());
                            return pages.counted(filter, receipts.count(scope, filter));
                        })
                        .withConfigurableFilter();
        DocumentFilterBar<PaymentMethod> filterBar = new DocumentFilterBar<>(List.of(PaymentMethod.values()),
                method -> paymentMethod(method), dataProvider::setFilter);
        filterBar.nameStateFilter("receipts.payment-method", "receipts.filter.all-methods");

        grid.addColumn(ReceiptRow::number).setHeader(getTranslation("receipts.number")).setKey("number")
                .setSortable(true).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> Formats.dateTime(row.date(), getLocale())).setHeader(getTranslation("receipts.date"))
                .setKey("date").setSortable(true).setAutoWidth(true).setFlexGrow(0);
        if (scope.unrestricted() || scope.customerCompanyIds().size() > 1) {
            grid.addColumn(ReceiptRow::companyName).setHeader(getTranslation("receipts.customer")).setKey("customer")
                    .setSortable(true).setFlexGrow(2);
        }
        grid.addColumn(ReceiptRow::register).setHeader(getTranslation("receipts.register")).setKey("register")
                .setSortable(true).setFlexGrow(1);
        grid.addColumn(row -> Formats.money(row.total(), row.currency(), getLocale()))
                .setHeader(getTranslation("receipts.total")).setKey("total").setSortable(true)
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> paymentMethod(row.paymentMethod())).setHeader(getTranslation("receipts.payment-method"))
                .setKey("paymentMethod").setSortable(true).setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setItems(dataProvider);
        grid.setEmptyStateText(getTranslation("receipts.empty"));
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(ReceiptView.class,
                ReceiptView.parameters(click.getItem().number()))));
        ResponsiveGrid.of(grid, ListCard.<ReceiptRow>titled(ReceiptRow::number)
                        .detail(row -> Formats.money(row.total(), row.currency(), getLocale()))
                        .meta(row -> Formats.dateTime(row.date(), getLocale()), row -> paymentMethod(row.paymentMethod())))
                .hideOnTablet("register");

        add(new H1(getTranslation("nav.receipts")), filterBar, grid);
    }

    private String paymentMethod(PaymentMethod method) {
        return ReceiptView.paymentMethodLabel(this, method);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.receipts");
    }
}
