package org.kundenportal.documents.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import org.kundenportal.base.i18n.Formats;
import org.kundenportal.documents.domain.DocumentLine;
import org.kundenportal.documents.domain.LineKind;

/**
 * The lines of a document as the customer reads them: sections as headings, notes in italics, product lines
 * with quantity, price, discount, tax and amount. A document's lines are few, so the grid holds them all.
 */
public class LinesTable extends Grid<DocumentLine> {

    public LinesTable(List<DocumentLine> lines, Currency currency, boolean withExpectedDates) {
        Locale locale = getLocale();
        addColumn(line -> line.productCode() == null ? line.description() : line.productCode() + " – " + line.description())
                .setHeader(getTranslation("documents.line.description")).setFlexGrow(4).setKey("description");
        addColumn(line -> line.hasAmount() ? quantity(line, locale) : "")
                .setHeader(getTranslation("documents.line.quantity")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true)
                .setFlexGrow(0).setKey("quantity");
        if (withExpectedDates) {
            addColumn(line -> Formats.date(line.expectedDate(), locale))
                    .setHeader(getTranslation("documents.line.expected-date")).setAutoWidth(true).setFlexGrow(0)
                    .setKey("expectedDate");
        }
        addColumn(line -> line.hasAmount() ? Formats.money(line.unitPrice(), currency, locale) : "")
                .setHeader(getTranslation("documents.line.unit-price")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true)
                .setFlexGrow(0).setKey("unitPrice");
        addColumn(line -> line.hasAmount() && line.discountPercent().signum() != 0
                ? Formats.number(line.discountPercent(), locale) + " %" : "")
                .setHeader(getTranslation("documents.line.discount")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true)
                .setFlexGrow(0).setKey("discount");
        addColumn(line -> line.hasAmount() ? Formats.number(line.taxRate(), locale) + " %" : "")
                .setHeader(getTranslation("documents.line.tax")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true)
                .setFlexGrow(0).setKey("tax");
        addColumn(line -> line.hasAmount() ? Formats.money(line.amountNet(), currency, locale) : "")
                .setHeader(getTranslation("documents.line.amount")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true)
                .setFlexGrow(0).setKey("amount");
        setPartNameGenerator(line -> line.kind() == LineKind.SECTION ? "line-section"
                : line.kind() == LineKind.NOTE ? "line-note" : null);
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        setAllRowsVisible(true);
        addClassName("lines-table");
        setItems(lines);
    }

    private static String quantity(DocumentLine line, Locale locale) {
        BigDecimal quantity = line.quantity().stripTrailingZeros();
        String unit = line.unit() == null ? "" : " " + line.unit();
        return Formats.number(quantity, locale) + unit;
    }
}
