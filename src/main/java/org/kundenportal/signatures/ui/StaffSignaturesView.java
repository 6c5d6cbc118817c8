package org.kundenportal.signatures.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.data.provider.ConfigurableFilterDataProvider;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.kundenportal.base.i18n.Formats;
import org.kundenportal.base.security.PortalScope;
import org.kundenportal.base.security.Roles;
import org.kundenportal.base.ui.grid.GridSorts;
import org.kundenportal.base.ui.grid.ListCard;
import org.kundenportal.base.ui.grid.ResponsiveGrid;
import org.kundenportal.contacts.domain.ContactOption;
import org.kundenportal.contacts.domain.ContactRepository;
import org.kundenportal.documents.domain.DocumentFilter;
import org.kundenportal.documents.ui.DocumentFilterBar;
import org.kundenportal.signatures.domain.SignatureRepository;
import org.kundenportal.signatures.domain.SignatureRow;
import org.kundenportal.signatures.domain.SignatureState;

/**
 * Every signature request of every customer, drafts included: searched, filtered by state and customer, sorted
 * and paged in SQL. A row opens the request's editor.
 */
@Route("staff/signatures")
@Menu(order = 1080, icon = "vaadin:pencil", title = "nav.staff-signatures")
@RolesAllowed({Roles.STAFF, Roles.ADMIN})
public class StaffSignaturesView extends Main implements HasDynamicTitle {

    private final Grid<SignatureRow> grid = new Grid<>();

    public StaffSignaturesView(SignatureRepository requests, ContactRepository contacts) {
        addClassName("list-view");
        ConfigurableFilterDataProvider<SignatureRow, Void, DocumentFilter<SignatureState>> data =
                DataProvider.<SignatureRow, DocumentFilter<SignatureState>>fromFilteringCallbacks(
                        query -> requests.page(PortalScope.staff(), query.getFilter().orElse(DocumentFilter.none()),
                                query.getOffset(), query.getLimit(), GridSorts.of(query)).stream(),
                        query -> requests.count(PortalScope.staff(), query.getFilter().orElse(DocumentFilter.none())))
                        .withConfigurableFilter();
        DocumentFilterBar<SignatureState> filter = new DocumentFilterBar<>(List.of(SignatureState.values()),
                state -> SignatureLabels.state(this, state), data::setFilter);

        ComboBox<ContactOption> company = new ComboBox<>(getTranslation("signatures.staff.customer"));
        company.setId("staff-signatures-company");
        company.setItems(query -> contacts.customerCompanies(query.getFilter().orElse(""), query.getOffset(),
                query.getLimit()).stream());
        company.setItemLabelGenerator(ContactOption::name);
        company.setClearButtonVisible(true);
        company.addValueChangeListener(change -> filter.setCompanyId(change.getValue() == null ? null : change.getValue().id()));
        Button create = new Button(getTranslation("signatures.staff.new"), VaadinIcon.PLUS.create(),
                click -> getUI().ifPresent(ui -> ui.navigate(StaffSignatureNewView.class)));
        create.setId("staff-signatures-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        filter.addToToolbar(company, create);

        grid.addColumn(SignatureRow::number).setHeader(getTranslation("signatures.staff.number")).setKey("number")
                .setSortable(true).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(SignatureRow::title).setHeader(getTranslation("signatures.staff.title")).setKey("title")
                .setSortable(true).setFlexGrow(3).setResizable(true);
        grid.addColumn(SignatureRow::companyName).setHeader(getTranslation("signatures.staff.customer")).setKey("customer")
                .setSortable(true).setFlexGrow(2).setResizable(true);
        grid.addColumn(SignatureRow::signerName).setHeader(getTranslation("signatures.staff.signer")).setKey("signer")
                .setSortable(true).setFlexGrow(2).setResizable(true);
        grid.addComponentColumn(row -> SignatureLabels.badge(this, row.state()))
                .setHeader(getTranslation("signatures.staff.state")).setKey("state").setSortable(true)
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> Formats.dateTime(row.sentAt(), getLocale())).setHeader(getTranslation("signatures.staff.sent")).setKey("sent")
                .setSortable(true).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> Formats.dateTime(row.signedAt(), getLocale())).setHeader(getTranslation("signatures.staff.signed"))
                .setKey("signed").setSortable(true).setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setMultiSort(true);
        grid.setItems(data);
        grid.setEmptyStateText(getTranslation("signatures.staff.empty"));
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(StaffSignatureView.class,
                StaffSignatureView.parameters(click.getItem().number()))));
        grid.addClassName("staff-signature-grid");
        ResponsiveGrid.of(grid, ListCard.<SignatureRow>titled(SignatureRow::number)
                        .detail(row -> Formats.dateTime(row.sentAt(), getLocale()))
                        .meta(SignatureRow::title, SignatureRow::companyName)
                        .badge(row -> SignatureLabels.badge(this, row.state())))
                .hideOnTablet("signer", "signed");
        add(new H1(getTranslation("nav.staff-signatures")), filter, grid);
    }

    Grid<SignatureRow> grid() {
        return grid;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.staff-signatures");
    }
}
