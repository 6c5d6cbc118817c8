package org.kundenportal.purchasing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.data.provider.ConfigurableFilterDataProvider;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import org.kundenportal.base.security.Roles;
import org.kundenportal.base.ui.grid.GridSorts;
import org.kundenportal.contacts.domain.ContactOption;
import org.kundenportal.documents.domain.DocumentFilter;
import org.kundenportal.documents.ui.DocumentFilterBar;
import org.kundenportal.purchasing.domain.PurchaseOrderRepository;
import org.kundenportal.purchasing.domain.PurchaseOrderRow;
import org.kundenportal.purchasing.domain.PurchaseOrderState;

/** Back office: every purchase order, drafts included, with a supplier filter. */
@Route("staff/purchase-orders")
@Menu(order = 1050, icon = "vaadin:truck", title = "nav.staff-purchase-orders")
@RolesAllowed({Roles.STAFF, Roles.ADMIN})
public class StaffPurchaseOrdersView extends Main implements HasDynamicTitle {

    public StaffPurchaseOrdersView(PurchaseOrderRepository orders) {
        addClassName("list-view");
        ConfigurableFilterDataProvider<PurchaseOrderRow, Void, DocumentFilter<PurchaseOrderState>> dataProvider =
                DataProvider.<PurchaseOrderRow, DocumentFilter<PurchaseOrderState>>fromFilteringCallbacks(
                        query -> orders.staffPage(query.getFilter().orElse(DocumentFilter.none()), query.getOffset(),
                                query.getLimit(), GridSorts.of(query)).stream(),
                        query -> orders.staffCount(query.getFilter().orElse(DocumentFilter.none())))
                        .withConfigurableFilter();
        PurchaseOrderGrid grid = new PurchaseOrderGrid(true,
                row -> getUI().ifPresent(ui -> ui.navigate("staff/purchase-orders/" + row.number())));
        grid.setItems(dataProvider);
        grid.setEmptyStateText(getTranslation("purchasing.staff.empty"));

        DocumentFilterBar<PurchaseOrderState> filters = new DocumentFilterBar<>(Arrays.asList(PurchaseOrderState.values()),
                state -> PurchaseOrderLabels.state(this, state), dataProvider::setFilter);
        ComboBox<ContactOption> supplier = new ComboBox<>(getTranslation("purchasing.supplier"));
        supplier.setItems(query -> orders.suppliers(query.getFilter().orElse(""), query.getOffset(), query.getLimit()).stream());
        supplier.setItemLabelGenerator(ContactOption::name);
        supplier.setClearButtonVisible(true);
        supplier.setPlaceholder(getTranslation("purchasing.supplier.all"));
        supplier.addValueChangeListener(change -> filters.setCompanyId(change.getValue() == null ? null : change.getValue().id()));
        Button create = new Button(getTranslation("purchasing.new"), VaadinIcon.PLUS.create(),
                click -> getUI().ifPresent(ui -> ui.navigate("staff/purchase-orders/" + StaffPurchaseOrderView.NEW)));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        filters.addToToolbar(supplier, create);
        add(new H1(getTranslation("nav.staff-purchase-orders")), filters, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.staff-purchase-orders");
    }
}
