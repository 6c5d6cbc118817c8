package org.kundenportal.invoices.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.ConfigurableFilterDataProvider;
import com.vaadin.flow.data.provider.DataProvider;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.kundenportal.base.db.ListPages;
import org.kundenportal.base.i18n.Formats;
import org.kundenportal.base.security.PortalScope;
import org.kundenportal.base.ui.grid.GridSorts;
import org.kundenportal.base.ui.grid.ListCard;
import org.kundenportal.base.ui.grid.ResponsiveGrid;
import org.kundenportal.contacts.domain.ContactOption;
import org.kundenportal.contacts.domain.ContactRepository;
import org.kundenportal.documents.ui.DocumentFilterBar;
import org.kundenportal.documents.ui.StateBadge;
import org.kundenportal.invoices.domain.Direction;
import org.kundenportal.invoices.domain.InvoiceFilter;
import org.kundenportal.invoices.domain.InvoicePaymentStatus;
import org.kundenportal.invoices.domain.InvoiceRepository;
import org.kundenportal.invoices.domain.InvoiceRow;
import org.kundenportal.invoices.domain.InvoiceState;

/**
 * The invoice grid of the portal and the back office: paged, sorted and filtered in SQL within the user's
 * scope, with the shared filter bar, the direction filter and (in the back office) a company filter.
 */
class InvoiceList extends VerticalLayout {

    private final Grid<InvoiceRow> grid = new Grid<>();
    /** null where the user sees invoices of one direction only */
    private final Select<Optional<Direction>> direction;
    private final DocumentFilterBar<InvoicePaymentStatus> filterBar;
    private final ConfigurableFilterDataProvider<InvoiceRow, Void, InvoiceFilter> dataProvider;

    /**
     * @param companies   for the back office's company filter; null in the portal
     * @param showCompany whether rows name the customer (partners, staff)
     */
    InvoiceList(InvoiceRepository invoices, PortalScope scope, boolean backOffice, ContactRepository companies,
                boolean showCompany, Consumer<InvoiceRow> open) {
        setPadding(false);
        addClassName("invoice-list");
        ListPages pages = new ListPages();
        dataProvider = DataProvider.<InvoiceRow, InvoiceFilter>fromFilteringCallbacks(
                query -> invoices.page(scope, backOffice, query.getFilter().orElse(InvoiceFilter.all()), query.getOffset(),
                        query.getLimit(), GridSorts.of(query), pages).stream(),
                query -> {
                    InvoiceFilter filter = query.getFilter().orElse(InvoiceFilter.all());
                    return pages.counted(filter, invoices.count(scope, backOffice, filter));
                })
                .withConfigurableFilter();
        filterBar = new DocumentFilterBar<>(Arrays.asList(InvoicePaymentStatus.values()),
                status -> InvoiceLabels.status(this, status), filter -> applyFilter());

        // a user who is only a customer (or only a supplier) sees one direction: a filter that could only show all
        // or nothing is left out
        if (backOffice || !scope.customerCompanyIds().isEmpty() && !scope.supplierCompanyIds().isEmpty()) {
            direction = directionFilter();
            filterBar.addToToolbar(direction);
        } else {
            direction = null;
        }
        if (companies != null) {
            filterBar.addToToolbar(companyFilter(companies));
        }

        Locale locale = getLocale();
        grid.addColumn(InvoiceRow::number).setHeader(getTranslation("invoices.column.number")).setKey("number")
                .setSortable(true).setAutoWidth(true).setFlexGrow(0);
        if (showCompany) {
            grid.addColumn(InvoiceRow::companyName).setHeader(getTranslation("invoices.column.company"))
                    .setKey("company").setSortable(true).setFlexGrow(2);
        }
        if (backOffice) {
            grid.addColumn(row -> InvoiceLabels.title(this, row.direction(), row.kind()))
                    .setHeader(getTranslation("invoices.column.kind")).setKey("kind").setAutoWidth(true).setFlexGrow(0);
        }
        grid.addColumn(row -> Formats.date(row.invoiceDate(), locale)).setHeader(getTranslation("invoices.column.date"))
                .setKey("invoiceDate").setSortable(true).setAutoWidth(true);
        grid.addColumn(row -> Formats.date(row.dueDate(), locale)).setHeader(getTranslation("invoices.column.due-date"))
                .setKey("dueDate").setSortable(true).setAutoWidth(true);
        grid.addColumn(StateBadge.renderer(this::badge))
                .setHeader(getTranslation("invoices.column.status")).setKey("status").setSortable(true)
                .setAutoWidth(true);
        grid.addColumn(row -> Formats.money(row.total(), row.currency(), locale))
                .setHeader(getTranslation("invoices.column.total")).setKey("total").setSortable(true)
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(row -> Formats.money(row.amountDue(), row.currency(), locale))
                .setHeader(getTranslation("invoices.column.amount-due")).setKey("amountDue").setSortable(true)
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setItems(dataProvider);
        grid.setEmptyStateText(getTranslation(backOffice ? "invoices.empty.staff" : "invoices.empty"));
        grid.addItemClickListener(click -> open.accept(click.getItem()));
        grid.addClassName("invoice-grid");
        ResponsiveGrid.of(grid, ListCard.<InvoiceRow>titled(InvoiceRow::number)
                        .detail(row -> Formats.money(row.total(), row.currency(), locale))
                        .meta(row -> Formats.date(row.invoiceDate(), locale), row -> showCompany ? row.companyName() : "")
                        .badge(this::badge))
                .hideOnTablet(backOffice ? new String[] {"kind", "dueDate", "amountDue"} : new String[] {"dueDate"});
        add(filterBar, grid);
        setFlexGrow(1, grid);
    }

    private StateBadge badge(InvoiceRow row) {
        return row.state() == InvoiceState.DRAFT ? InvoiceLabels.draftBadge(this) : InvoiceLabels.badge(this, row.status());
    }

    private ComboBox<ContactOption> companyFilter(ContactRepository companies) {
        ComboBox<ContactOption> company = new ComboBox<>(getTranslation("invoices.filter.company"));
        company.setItems(query -> companies.companies(query.getFilter().orElse(""), query.getOffset(), query.getLimit())
                .stream());
        company.setItemLabelGenerator(ContactOption::name);
        company.setClearButtonVisible(true);
        company.addClassName("invoice-company-filter");
        company.addValueChangeListener(change -> filterBar.setCompanyId(change.getValue() == null ? null
                : change.getValue().id()));
        return company;
    }

    private Select<Optional<Direction>> directionFilter() {
        Select<Optional<Direction>> select = new Select<>();
        select.setLabel(getTranslation("invoices.filter.direction"));
        select.setItems(Optional.empty(), Optional.of(Direction.OUT), Optional.of(Direction.IN));
        select.setItemLabelGenerator(option -> option.map(value -> InvoiceLabels.direction(this, value))
                .orElse(getTranslation("invoices.filter.all-directions")));
        select.setValue(Optional.empty());
        select.addValueChangeListener(change -> applyFilter());
        select.addClassName("invoice-direction-filter");
        return select;
    }

    private void applyFilter() {
        dataProvider.setFilter(new InvoiceFilter(filterBar.filter(),
                direction == null ? null : direction.getValue().orElse(null)));
    }

    Grid<InvoiceRow> grid() {
        return grid;
    }

    DocumentFilterBar<InvoicePaymentStatus> filterBar() {
        return filterBar;
    }

    /** The direction filter; null where the user sees one direction only. */
    Select<Optional<Direction>> direction() {
        return direction;
    }

    void refresh() {
        dataProvider.refreshAll();
    }
}
