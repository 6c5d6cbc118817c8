package org.kundenportal.purchasing.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.Locale;
import java.util.function.Consumer;
import org.kundenportal.base.i18n.Formats;
import org.kundenportal.base.ui.grid.ListCard;
import org.kundenportal.base.ui.grid.ResponsiveGrid;
import org.kundenportal.purchasing.domain.PurchaseOrderRow;

/** The purchase order list of the portal and, with the supplier column, of the back office. */
class PurchaseOrderGrid extends Grid<PurchaseOrderRow> {

    PurchaseOrderGrid(boolean withSupplier, Consumer<PurchaseOrderRow> open) {
        Locale locale = getLocale();
        addColumn(PurchaseOrderRow::number).setHeader(getTranslation("purchasing.number")).setKey("number")
                .setSortable(true).setAutoWidth(true).setFlexGrow(0);
        if (withSupplier) {
            addColumn(PurchaseOrderRow::supplierName).setHeader(getTranslation("purchasing.supplier")).setKey("supplier")
                    .setSortable(true).setFlexGrow(2);
        }
        addColumn(row -> Formats.date(row.orderDate(), locale)).setHeader(getTranslation("purchasing.order-date"))
                .setKey("orderDate").setSortable(true).setAutoWidth(true).setFlexGrow(0);
        addColumn(row -> Formats.date(row.expectedDate(), locale)).setHeader(getTranslation("purchasing.expected-date"))
                .setKey("expectedDate").setSortable(true).setAutoWidth(true).setFlexGrow(0);
        addComponentColumn(row -> PurchaseOrderLabels.badge(this, row.state()))
                .setHeader(getTranslation("purchasing.state")).setKey("state").setSortable(true).setAutoWidth(true)
                .setFlexGrow(0);
        addColumn(row -> Formats.money(row.total(), row.currency(), locale)).setHeader(getTranslation("purchasing.total"))
                .setKey("total").setSortable(true).setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(1);
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        addItemClickListener(click -> open.accept(click.getItem()));
        addClassName("purchase-order-grid");
        ResponsiveGrid.of(this, ListCard.<PurchaseOrderRow>titled(PurchaseOrderRow::number)
                        .detail(row -> Formats.money(row.total(), row.currency(), locale))
                        .meta(row -> Formats.date(row.orderDate(), locale), row -> withSupplier ? row.supplierName() : "")
                        .badge(row -> PurchaseOrderLabels.badge(this, row.state())))
                .hideOnTablet("expectedDate");
    }
}
