package org.kundenportal.documents.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.kundenportal.base.ui.LocalizedDatePicker;
import org.kundenportal.documents.domain.DocumentLine;
import org.kundenportal.documents.domain.LineKind;
import org.kundenportal.documents.domain.Totals;

/**
 * Staff editing of a document's lines: product lines (code, description, quantity, unit, unit price, discount,
 * tax rate, optionally an expected date), section headings and notes, in any order, with the totals updated as
 * the user types. {@link #validLines()} checks every row and marks the wrong fields; callers save only what it
 * returns.
 */
public class LinesEditor extends Composite<VerticalLayout> {

    /** More lines than this are refused: a document this long is a data error, not a quote. */
    public static final int MAX_LINES = 300;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal MAX_QUANTITY = new BigDecimal("999999999");
    private static final BigDecimal MAX_PRICE = new BigDecimal("9999999999999");

    private final Currency currency;
    private final boolean withExpectedDates;
    private final BigDecimal defaultTaxRate;
    private final VerticalLayout rows = new VerticalLayout();
    private final Div totals = new Div();
    private final Span message = new Span();
    private final List<Row> lines = new ArrayList<>();
    private boolean readOnly;

    /**
     * @param withExpectedDates purchase orders plan an expected date per line
     * @param defaultTaxRate    the tax rate of a new product line, e.g. 19
     */
    public LinesEditor(Currency currency, boolean withExpectedDates, BigDecimal defaultTaxRate) {
        this.currency = currency;
        this.withExpectedDates = withExpectedDates;
        this.defaultTaxRate = defaultTaxRate;
        rows.setPadding(false);
        rows.setSpacing(false);
        rows.addClassName("lines-editor-rows");
        totals.addClassName("lines-editor-totals");
        message.addClassName("form-error");

        Button addProduct = new Button(getTranslation("documents.editor.add-product"), VaadinIcon.PLUS.create(),
                click -> add(DocumentLine.product(null, "", BigDecimal.ONE, null, BigDecimal.ZERO, BigDecimal.ZERO,
                        defaultTaxRate)).description.focus());
        Button addSection = new Button(getTranslation("documents.editor.add-section"), VaadinIcon.HEADER.create(),
                click -> add(DocumentLine.section("")).description.focus());
        Button addNote = new Button(getTranslation("documents.editor.add-note"), VaadinIcon.COMMENT_O.create(),
                click -> add(DocumentLine.note("")).description.focus());
        for (Button button : List.of(addProduct, addSection, addNote)) {
            button.addThemeVariants(ButtonVariant.LUMO_SMALL);
            button.addClassName("lines-editor-add");
        }
        HorizontalLayout buttons = new HorizontalLayout(addProduct, addSection, addNote);
        buttons.setWrap(true);
        getContent().add(rows, buttons, message, totals);
        getContent().setPadding(false);
        getContent().addClassName("lines-editor");
        refreshTotals();
    }

    public void setLines(List<DocumentLine> documentLines) {
        rows.removeAll();
        lines.clear();
        documentLines.forEach(this::add);
        refreshTotals();
    }

    /** Disables every field and button, for documents that can no longer change. */
    public void setReadOnly(boolean readOnly) {
        this.readOnly = readOnly;
        getContent().getChildren().filter(HorizontalLayout.class::isInstance)
                .forEach(buttons -> buttons.setVisible(!readOnly));
        lines.forEach(row -> row.setReadOnly(readOnly));
    }

    /** The lines as entered, without validating them (for the live totals). */
    public List<DocumentLine> currentLines() {
        List<DocumentLine> result = new ArrayList<>();
        for (Row row : lines) {
            result.add(row.toLine());
        }
        return result;
    }

    /**
     * The lines when every row is valid; otherwise marks the wrong fields, shows what is wrong and returns null.
     * Empty rows (no text, no price) are dropped rather than refused.
     */
    public List<DocumentLine> validLines() {
        message.setText("");
        List<DocumentLine> result = new ArrayList<>();
        boolean valid = true;
        for (Row row : lines) {
            if (row.isBlank()) {
                continue;
            }
            valid &= row.validate();
            result.add(row.toLine());
        }
        if (!valid) {
            message.setText(getTranslation("documents.editor.invalid"));
            return null;
        }
        if (result.size() > MAX_LINES) {
            message.setText(getTranslation("documents.editor.too-many", MAX_LINES));
            return null;
        }
        return result;
    }

    public int size() {
        return lines.size();
    }

    private Row add(DocumentLine line) {
        Row row = new Row(line);
        lines.add(row);
        rows.add(row);
        row.setReadOnly(readOnly);
        refreshTotals();
        return row;
    }

    private void move(Row row, int offset) {
        int index = lines.indexOf(row);
        int target = index + offset;
        if (target < 0 || target >= lines.size()) {
            return;
        }
        lines.remove(index);
        lines.add(target, row);
        rows.removeAll();
        lines.forEach(rows::add);
    }

    private void remove(Row row) {
        lines.remove(row);
        rows.remove(row);
        refreshTotals();
    }

    private void refreshTotals() {
        Totals sum = Totals.of(currentLines());
        totals.removeAll();
        totals.add(new TotalsBlock(sum, currency));
    }

    /** One line: the fields a product line needs, or just a text for sections and notes. */
    private final class Row extends HorizontalLayout {

        private final LineKind kind;
        private final TextField productCode = new TextField();
        private final TextArea description = new TextArea();
        private final BigDecimalField quantity = new BigDecimalField();
        private final TextField unit = new TextField();
        private final BigDecimalField unitPrice = new BigDecimalField();
        private final BigDecimalField discount = new BigDecimalField();
        private final BigDecimalField taxRate = new BigDecimalField();
        private final DatePicker expectedDate = new LocalizedDatePicker();
        private final List<Component> controls = new ArrayList<>();

        Row(DocumentLine line) {
            this.kind = line.kind();
            addClassNames("lines-editor-row", "lines-editor-row-" + kind.name().toLowerCase());
            setWidthFull();
            setAlignItems(Alignment.BASELINE);
            setWrap(true);
            description.setLabel(getTranslation(kind == LineKind.PRODUCT ? "documents.line.description"
                    : kind == LineKind.SECTION ? "documents.editor.section" : "documents.editor.note"));
            description.setValue(line.description() == null ? "" : line.description());
            description.setMaxLength(2000);
            description.setValueChangeMode(ValueChangeMode.LAZY);
            description.addClassName("lines-editor-description");
            if (kind == LineKind.PRODUCT) {
                productCode.setLabel(getTranslation("documents.editor.product-code"));
                productCode.setValue(line.productCode() == null ? "" : line.productCode());
                productCode.setMaxLength(40);
                productCode.setWidth("8rem");
                quantity.setLabel(getTranslation("documents.line.quantity"));
                quantity.setValue(line.quantity());
                quantity.setWidth("6rem");
                unit.setLabel(getTranslation("documents.editor.unit"));
                unit.setValue(line.unit() == null ? "" : line.unit());
                unit.setMaxLength(20);
                unit.setWidth("5rem");
                unitPrice.setLabel(getTranslation("documents.line.unit-price"));
                unitPrice.setValue(line.unitPrice());
                unitPrice.setSuffixComponent(new Span(currency.getSymbol(getLocale())));
                unitPrice.setWidth("8rem");
                discount.setLabel(getTranslation("documents.editor.discount-percent"));
                discount.setValue(line.discountPercent());
                discount.setWidth("5.5rem");
                taxRate.setLabel(getTranslation("documents.editor.tax-percent"));
                taxRate.setValue(line.taxRate());
                taxRate.setWidth("5.5rem");
                for (BigDecimalField field : List.of(quantity, unitPrice, discount, taxRate)) {
                    field.setValueChangeMode(ValueChangeMode.LAZY);
                    field.addValueChangeListener(change -> refreshTotals());
                }
                add(productCode, description, quantity, unit, unitPrice, discount, taxRate);
                if (withExpectedDates) {
                    expectedDate.setLabel(getTranslation("documents.line.expected-date"));
                    expectedDate.setValue(line.expectedDate());
                    expectedDate.setWidth("9rem");
                    add(expectedDate);
                }
            } else {
                add(description);
            }
            setFlexGrow(1, description);
            Button up = iconButton(VaadinIcon.ARROW_UP, "documents.editor.move-up", () -> move(this, -1));
            Button down = iconButton(VaadinIcon.ARROW_DOWN, "documents.editor.move-down", () -> move(this, 1));
            Button delete = iconButton(VaadinIcon.TRASH, "documents.editor.remove", () -> remove(this));
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
            add(up, down, delete);
            controls.addAll(List.of(up, down, delete));
        }

        private Button iconButton(VaadinIcon icon, String labelKey, Runnable action) {
            Button button = new Button(icon.create(), click -> action.run());
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
            button.setAriaLabel(getTranslation(labelKey));
            button.setTooltipText(getTranslation(labelKey));
            return button;
        }

        void setReadOnly(boolean readOnly) {
            for (var field : List.of(productCode, description, unit)) {
                field.setReadOnly(readOnly);
            }
            for (BigDecimalField field : List.of(quantity, unitPrice, discount, taxRate)) {
                field.setReadOnly(readOnly);
            }
            expectedDate.setReadOnly(readOnly);
            controls.forEach(control -> control.setVisible(!readOnly));
        }

        boolean isBlank() {
            return description.getValue().isBlank() && productCode.getValue().isBlank()
                    && (kind != LineKind.PRODUCT || unitPrice.getValue() == null || unitPrice.getValue().signum() == 0);
        }

        boolean validate() {
            boolean valid = check(description, !description.getValue().isBlank(), "documents.editor.error.description");
            if (kind != LineKind.PRODUCT) {
                return valid;
            }
            valid &= range(quantity, BigDecimal.ZERO, MAX_QUANTITY, false, "documents.editor.error.quantity");
            valid &= range(unitPrice, BigDecimal.ZERO, MAX_PRICE, true, "documents.editor.error.price");
            valid &= range(discount, BigDecimal.ZERO, HUNDRED, true, "documents.editor.error.percent");
            valid &= range(taxRate, BigDecimal.ZERO, HUNDRED, true, "documents.editor.error.percent");
            return valid;
        }

        private boolean range(BigDecimalField field, BigDecimal min, BigDecimal max, boolean minIncluded, String errorKey) {
            BigDecimal value = field.getValue();
            boolean ok = value != null && !field.isInvalid() && (minIncluded ? value.compareTo(min) >= 0 : value.compareTo(min) > 0)
                    && value.compareTo(max) <= 0 && value.scale() <= 4;
            field.setInvalid(!ok);
            field.setErrorMessage(ok ? null : getTranslation(errorKey));
            return ok;
        }

        private boolean check(TextArea field, boolean ok, String errorKey) {
            field.setInvalid(!ok);
            field.setErrorMessage(ok ? null : getTranslation(errorKey));
            return ok;
        }

        DocumentLine toLine() {
            if (kind != LineKind.PRODUCT) {
                return new DocumentLine(kind, null, description.getValue().strip(), null, null, null, null, null, null);
            }
            return new DocumentLine(LineKind.PRODUCT, blankToNull(productCode.getValue()), description.getValue().strip(),
                    orZero(quantity.getValue()), blankToNull(unit.getValue()), orZero(unitPrice.getValue()),
                    orZero(discount.getValue()), taxRate.getValue() == null ? defaultTaxRate : taxRate.getValue(),
                    withExpectedDates ? expectedDate.getValue() : null);
        }

        private static BigDecimal orZero(BigDecimal value) {
            return value == null ? BigDecimal.ZERO : value;
        }

        private static String blankToNull(String value) {
            return value == null || value.isBlank() ? null : value.strip();
        }
    }
}
