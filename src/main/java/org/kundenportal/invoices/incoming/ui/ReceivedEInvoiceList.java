package org.kundenportal.invoices.incoming.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.kundenportal.base.i18n.Formats;
import org.kundenportal.base.security.PortalScope;
import org.kundenportal.base.ui.grid.GridSorts;
import org.kundenportal.base.ui.grid.ListCard;
import org.kundenportal.base.ui.grid.ResponsiveGrid;
import org.kundenportal.documents.ui.StateBadge;
import org.kundenportal.invoices.incoming.domain.ReceivedEInvoiceRepository;
import org.kundenportal.invoices.incoming.domain.ReceivedEInvoiceRow;
import org.kundenportal.invoices.incoming.domain.ReceivedEInvoiceState;

/**
 * Received e-invoices within the user's scope, paged and sorted in SQL, filtered by state: the supplier's own
 * submissions in the portal, every supplier's in the back office.
 */
class ReceivedEInvoiceList extends VerticalLayout {

    private final Grid<ReceivedEInvoiceRow> grid = new Grid<>();
    private final Select<Optional<ReceivedEInvoiceState>> state = new Select<>();
    private final HorizontalLayout toolbar = new HorizontalLayout();

    /** @param showSupplier whether rows name the supplier (the back office) */
    ReceivedEInvoiceList(ReceivedEInvoiceRepository files, PortalScope scope, boolean showSupplier,
                         Consumer<ReceivedEInvoiceRow> open) {
        setPadding(false);
        addClassName("received-einvoice-list");
        Locale locale = getLocale();
        state.setLabel(getTranslation("einvoice.in.filter.state"));
        state.setItems(Optional.empty(), Optional.of(ReceivedEInvoiceState.RECEIVED),
                Optional.of(ReceivedEInvoiceState.POSTED), Optional.of(ReceivedEInvoiceState.REJECTED));
        state.setItemLabelGenerator(option -> option.map(value -> ReceivedEInvoiceLabels.state(this, value))
                .orElse(getTranslation("einvoice.in.filter.all")));
        state.setValue(Optional.empty());
        state.addClassName("received-einvoice-state-filter");
        state.addValueChangeListener(change -> refresh());

        grid.addColumn(ReceivedEInvoiceRow::invoiceNumber).setHeader(getTranslation("einvoice.in.column.number"))
                .setKey("invoiceNumber").setSortable(true).setAutoWidth(true).setFlexGrow(0);
        if (showSupplier) {
            grid.addColumn(ReceivedEInvoiceRow::supplierName).setHeader(getTranslation("einvoice.in.column.supplier"))
                    .setKey("supplier").setSortable(true).setFlexGrow(2);
        }
        grid.addColumn(row -> Formats.date(row.issueDate(), locale)).setHeader(getTranslation("einvoice.in.column.date"))
                .setKey("issueDate").setSortable(true).setAutoWidth(true);
        grid.addColumn(row -> Formats.money(row.total(), row.currency(), locale))
                .setHeader(getTranslation("einvoice.in.column.total")).setKey("total").setSortable(true)
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(row -> Formats.dateTime(row.uploadedAt(), locale))
                .setHeader(getTranslation("einvoice.in.column.uploaded")).setKey("uploadedAt").setSortable(true)
                .setAutoWidth(true);
        grid.addColumn(StateBadge.renderer(row -> ReceivedEInvoiceLabels.badge(this, row.state())))
                .setHeader(getTranslation("einvoice.in.column.state")).setKey("state").setSortable(true)
                .setAutoWidth(true);
        grid.addColumn(this::outcome).setHeader(getTranslation("einvoice.in.column.outcome")).setKey("outcome")
                .setFlexGrow(2);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setItems(query -> files.page(scope, state.getValue().orElse(null), query.getOffset(), query.getLimit(),
                        GridSorts.of(query)).stream(),
                query -> files.count(scope, state.getValue().orElse(null)));
        grid.setEmptyStateText(getTranslation("einvoice.in.empty"));
        grid.addItemClickListener(click -> open.accept(click.getItem()));
        grid.addClassName("received-einvoice-grid");
        ResponsiveGrid.of(grid, ListCard.<ReceivedEInvoiceRow>titled(ReceivedEInvoiceRow::invoiceNumber)
                        .detail(row -> Formats.money(row.total(), row.currency(), locale))
                        .meta(row -> Formats.date(row.issueDate(), locale), row -> showSupplier ? row.supplierName() : "",
                                this::outcome)
                        .badge(row -> ReceivedEInvoiceLabels.badge(this, row.state())))
                .hideOnTablet("uploadedAt", "outcome");
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);
        toolbar.add(state);
        add(toolbar, grid);
        setFlexGrow(1, grid);
    }

    /** The bill it became, or why it was rejected. */
    private String outcome(ReceivedEInvoiceRow row) {
        return switch (row.state()) {
            case RECEIVED -> "";
            case POSTED -> getTranslation("einvoice.in.posted-as", row.billNumber());
            case REJECTED -> getTranslation("einvoice.in.rejected-because", row.rejectionReason());
        };
    }

    void addToToolbar(Component... components) {
        toolbar.add(components);
    }

    void refresh() {
        grid.getDataProvider().refreshAll();
    }

    Grid<ReceivedEInvoiceRow> grid() {
        return grid;
    }

    Select<Optional<ReceivedEInvoiceState>> stateFilter() {
        return state;
    }
}
