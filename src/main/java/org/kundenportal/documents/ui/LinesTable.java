package org.kundenportal.documents.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableRow;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.kundenportal.base.i18n.Formats;
import org.kundenportal.base.i18n.Units;
import org.kundenportal.documents.domain.DocumentLine;
import org.kundenportal.documents.domain.LineKind;

/**
 * The lines of a document as the customer reads them: sections as headings, notes in italics, product lines
 * with quantity, price, discount, tax and amount. A plain HTML table rather than a grid: a document's lines are
 * few, and a table can be restyled by CSS where it is narrow (themes/portal/styles.css, "document pages"): there
 * each line shows its description across the full width and quantity x price, tax and amount on a second row,
 * so nothing needs horizontal scrolling on a phone. Each cell names its column in {@code data-label} for that.
 */
public class LinesTable extends Div {

    private record Column(String key, String labelKey, Function<DocumentLine, String> value) {
    }

    public LinesTable(List<DocumentLine> lines, Currency currency, boolean withExpectedDates) {
        addClassName("lines-table");
        Locale locale = getLocale();
        List<Column> columns = columns(currency, withExpectedDates, locale);
        NativeTable table = new NativeTable();
        table.addClassName("lines-table-table");
        NativeTableRow head = table.getHead().addRow();
        for (Column column : columns) {
            head.addHeaderCell().setText(getTranslation(column.labelKey()));
            head.getHeaderCells().getLast().addClassName("line-" + column.key());
        }
        for (DocumentLine line : lines) {
            table.getBody().addRows(line.hasAmount() ? amountRow(line, columns) : textRow(line, columns.size()));
        }
        add(table);
    }

    private List<Column> columns(Currency currency, boolean withExpectedDates, Locale locale) {
        List<Column> columns = new ArrayList<>();
        columns.add(new Column("description", "documents.line.description", LinesTable::description));
        columns.add(new Column("quantity", "documents.line.quantity", this::quantity));
        if (withExpectedDates) {
            columns.add(new Column("expected-date", "documents.line.expected-date",
                    line -> Formats.date(line.expectedDate(), locale)));
        }
        columns.add(new Column("unit-price", "documents.line.unit-price",
                line -> Formats.money(line.unitPrice(), currency, locale)));
        columns.add(new Column("discount", "documents.line.discount", line -> line.discountPercent().signum() == 0
                ? "" : Formats.number(line.discountPercent(), locale) + " %"));
        columns.add(new Column("tax", "documents.line.tax", line -> Formats.number(line.taxRate(), locale) + " %"));
        columns.add(new Column("amount", "documents.line.amount", line -> Formats.money(line.amountNet(), currency, locale)));
        return columns;
    }

    private NativeTableRow amountRow(DocumentLine line, List<Column> columns) {
        NativeTableRow row = new NativeTableRow();
        row.addClassName("line-product");
        for (Column column : columns) {
            NativeTableCell cell = row.addDataCell();
            String value = column.value().apply(line);
            cell.setText(value);
            cell.addClassName("line-" + column.key());
            cell.getElement().setAttribute("data-label", getTranslation(column.labelKey()));
            if (value == null || value.isEmpty()) {
                cell.addClassName("line-empty");
            }
        }
        return row;
    }

    /** A section heading or a note: its text across the whole width. */
    private NativeTableRow textRow(DocumentLine line, int width) {
        NativeTableRow row = new NativeTableRow();
        row.addClassName(line.kind() == LineKind.SECTION ? "line-section" : "line-note");
        NativeTableCell cell = row.addDataCell();
        cell.setText(description(line));
        cell.setColspan(width);
        cell.addClassName("line-description");
        return row;
    }

    private static String description(DocumentLine line) {
        return line.productCode() == null ? line.description() : line.productCode() + " – " + line.description();
    }

    private String quantity(DocumentLine line) {
        return Units.quantity(Formats.number(line.quantity().stripTrailingZeros(), getLocale()), line.unit(),
                this::getTranslation);
    }
}
