package org.kundenportal.subscriptions.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.kundenportal.subscriptions.domain.SubscriptionLine;

/**
 * The subscribed modules and components as staff edit them: code, name, description, quantity and unit price per
 * row, added, removed and moved up or down. It only collects what was typed; the service checks it on save.
 */
class SubscriptionLinesEditor extends Composite<Div> {

    private final Div rows = new Div();
    private final Button add = new Button();
    private final List<Row> lines = new ArrayList<>();
    private final Runnable onChange;
    private boolean readOnly;

    /** @param onChange called whenever a line is added, removed, or its quantity or price changes (for the total) */
    SubscriptionLinesEditor(Runnable onChange) {
        this.onChange = onChange;
        rows.addClassName("subscription-editor-rows");
        add.setText(getTranslation("subscriptions.staff.add-line"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.addThemeVariants(ButtonVariant.LUMO_SMALL);
        add.addClassName("subscription-add-line");
        add.addClickListener(click -> {
            addRow(new SubscriptionLine("", "", null, BigDecimal.ONE, null)).code.focus();
            onChange.run();
        });
        getContent().add(rows, add);
        getContent().addClassName("subscription-lines-editor");
    }

    void setLines(List<SubscriptionLine> subscriptionLines) {
        rows.removeAll();
        lines.clear();
        subscriptionLines.forEach(this::addRow);
    }

    /** The lines as typed, in their order; rows left completely empty are dropped. */
    List<SubscriptionLine> lines() {
        return lines.stream().filter(row -> !row.isBlank()).map(Row::toLine).toList();
    }

    /** The sum of the rows whose quantity and price are filled in. */
    BigDecimal total() {
        return lines.stream().filter(Row::hasAmount).map(row -> row.toLine().amount())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    void setReadOnly(boolean readOnly) {
        this.readOnly = readOnly;
        add.setVisible(!readOnly);
        lines.forEach(row -> row.setReadOnly(readOnly));
    }

    private Row addRow(SubscriptionLine line) {
        Row row = new Row(line);
        row.setReadOnly(readOnly);
        lines.add(row);
        rows.add(row);
        return row;
    }

    private void moveRow(Row row, int offset) {
        int target = lines.indexOf(row) + offset;
        if (target < 0 || target >= lines.size()) {
            return;
        }
        lines.remove(row);
        lines.add(target, row);
        rows.removeAll();
        lines.forEach(rows::add);
    }

    private void removeRow(Row row) {
        lines.remove(row);
        rows.remove(row);
        onChange.run();
    }

    /** One module or component. */
    private final class Row extends HorizontalLayout {

        private final TextField code = new TextField();
        private final TextField name = new TextField();
        private final TextField description = new TextField();
        private final BigDecimalField quantity = new BigDecimalField();
        private final BigDecimalField unitPrice = new BigDecimalField();
        private final List<Button> controls;

        Row(SubscriptionLine line) {
            addClassName("subscription-editor-row");
            setWidthFull();
            setWrap(true);
            setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            text(code, "subscriptions.line.code", line.code(), 40, "8rem");
            text(name, "subscriptions.line.name", line.name(), 200, "14rem");
            text(description, "subscriptions.line.description", line.description(), 1000, "14rem");
            number(quantity, "subscriptions.line.quantity", line.quantity());
            number(unitPrice, "subscriptions.line.unit-price", line.unitPrice());
            controls = List.of(
                    control(VaadinIcon.ARROW_UP, "subscriptions.staff.move-up", "subscription-line-up",
                            () -> moveRow(this, -1)),
                    control(VaadinIcon.ARROW_DOWN, "subscriptions.staff.move-down", "subscription-line-down",
                            () -> moveRow(this, 1)),
                    control(VaadinIcon.TRASH, "subscriptions.staff.remove-line", "subscription-line-remove",
                            () -> removeRow(this)));
            controls.getLast().addThemeVariants(ButtonVariant.LUMO_ERROR);
            add(code, name, description, quantity, unitPrice);
            controls.forEach(this::add);
            setFlexGrow(1, name, description);
        }

        private void text(TextField field, String labelKey, String value, int maxLength, String width) {
            field.setLabel(getTranslation(labelKey));
            field.setValue(value == null ? "" : value);
            field.setMaxLength(maxLength);
            field.setMinWidth(width);
        }

        private void number(BigDecimalField field, String labelKey, BigDecimal value) {
            field.setLabel(getTranslation(labelKey));
            field.setValue(value);
            field.setWidth("7rem");
            field.setValueChangeMode(ValueChangeMode.LAZY);
            field.addValueChangeListener(change -> onChange.run());
        }

        private Button control(VaadinIcon icon, String labelKey, String className, Runnable action) {
            Button button = new Button(icon.create(), click -> action.run());
            button.addClassName(className);
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
            button.setAriaLabel(getTranslation(labelKey));
            button.setTooltipText(getTranslation(labelKey));
            return button;
        }

        void setReadOnly(boolean readOnly) {
            List.of(code, name, description).forEach(field -> field.setReadOnly(readOnly));
            List.of(quantity, unitPrice).forEach(field -> field.setReadOnly(readOnly));
            controls.forEach(control -> control.setVisible(!readOnly));
        }

        boolean isBlank() {
            return code.isEmpty() && name.isEmpty() && description.isEmpty() && unitPrice.isEmpty();
        }

        boolean hasAmount() {
            return quantity.getValue() != null && unitPrice.getValue() != null;
        }

        SubscriptionLine toLine() {
            return new SubscriptionLine(code.getValue(), name.getValue(), description.getValue(), quantity.getValue(),
                    unitPrice.getValue());
        }
    }
}
