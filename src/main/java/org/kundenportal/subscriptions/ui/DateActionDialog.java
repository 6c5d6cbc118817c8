package org.kundenportal.subscriptions.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.kundenportal.base.ui.LocalizedDatePicker;

/** Asks for the one date a state change needs (the end of a cancellation, the next invoice of a resumption). */
class DateActionDialog extends Dialog {

    private final DatePicker date = new LocalizedDatePicker();

    /**
     * @param keyPrefix the texts are {@code keyPrefix + ".title"} (with the number), {@code ".text"}, {@code ".date"}
     *                  and {@code ".confirm"}
     * @param action    runs with the chosen date; the dialog closes first
     */
    DateActionDialog(String keyPrefix, String number, LocalDate initial, Consumer<LocalDate> action) {
        setHeaderTitle(getTranslation(keyPrefix + ".title", number));
        addClassName("subscription-date-dialog");
        date.setLabel(getTranslation(keyPrefix + ".date"));
        date.addClassName("subscription-date-dialog-date");
        date.setRequired(true);
        date.setValue(initial);
        date.setErrorMessage(getTranslation("subscriptions.staff.error.date-required"));
        add(new Paragraph(getTranslation(keyPrefix + ".text")), date);

        Button confirm = new Button(getTranslation(keyPrefix + ".confirm"), click -> {
            if (date.getValue() == null) {
                date.setInvalid(true);
                return;
            }
            close();
            action.accept(date.getValue());
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClassName("subscription-date-confirm");
        Button keep = new Button(getTranslation("subscriptions.staff.dialog.back"), click -> close());
        keep.addClassName("subscription-date-back");
        getFooter().add(keep, confirm);
    }
}
