package org.kundenportal.quotes.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.function.Function;
import org.kundenportal.base.i18n.Formats;
import org.kundenportal.base.ui.grid.ListCard;
import org.kundenportal.base.ui.grid.ResponsiveGrid;
import org.kundenportal.documents.ui.StateBadge;
import org.kundenportal.quotes.domain.QuoteRow;

/** The columns every quote list shows; a click on a row opens the route the list says. */
class QuoteGrid extends Grid<QuoteRow> {

    QuoteGrid(boolean withCustomer, Function<QuoteRow, String> route) {
        addColumn(QuoteRow::number).setHeader(getTranslation("quotes.number")).setKey("number").setSortable(true)
                .setAutoWidth(true).setFlexGrow(0);
        addColumn(row -> Formats.date(row.quoteDate(), getLocale())).setHeader(getTranslation("quotes.date"))
                .setKey("quoteDate").setSortable(true).setAutoWidth(true);
        addColumn(row -> Formats.date(row.validUntil(), getLocale())).setHeader(getTranslation("quotes.valid-until"))
                .setKey("validUntil").setSortable(true).setAutoWidth(true);
        if (withCustomer) {
            addColumn(QuoteRow::customerName).setHeader(getTranslation("quotes.customer")).setKey("customer")
                    .setSortable(true).setFlexGrow(2);
        }
        addColumn(StateBadge.renderer(row -> QuoteLabels.of(row.status()))).setHeader(getTranslation("quotes.status"))
                .setKey("status").setAutoWidth(true);
        addColumn(row -> Formats.money(row.total(), row.currency(), getLocale())).setHeader(getTranslation("quotes.total"))
                .setKey("total").setSortable(true).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(route.apply(click.getItem()))));
        addClassName("quote-grid");
        ResponsiveGrid.of(this, ListCard.<QuoteRow>titled(QuoteRow::number)
                        .detail(row -> Formats.money(row.total(), row.currency(), getLocale()))
                        .meta(row -> Formats.date(row.quoteDate(), getLocale()), row -> withCustomer ? row.customerName() : "")
                        .badge(row -> QuoteLabels.of(row.status())))
                .hideOnTablet("validUntil");
    }
}
