package org.kundenportal.orders.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kundenportal.base.i18n.Formats;
import org.kundenportal.base.i18n.Units;
import org.kundenportal.base.ui.Feedback;
import org.kundenportal.base.ui.LocalizedDatePicker;
import org.kundenportal.documents.domain.DocumentLine;
import org.kundenportal.orders.domain.NewDeliveryLine;
import org.kundenportal.orders.domain.OrderService;

/** A new delivery: the order's product lines with their quantities to change, and the planned date. */
class AddDeliveryDialog extends Dialog {

    private final Map<DocumentLine, BigDecimalField> quantities = new LinkedHashMap<>();
    private final DatePicker scheduled = new LocalizedDatePicker();

    AddDeliveryDialog(OrderService service, long orderId, List<DocumentLine> orderLines, long userId, Runnable done) {
        setHeaderTitle(getTranslation("orders.delivery.add.title"));
        addClassName("add-delivery-dialog");
        FormLayout form = new FormLayout();
        for (DocumentLine line : orderLines) {
            if (!line.hasAmount()) {
                continue;
            }
            BigDecimalField quantity = new BigDecimalField(line.description() + (line.unit() == null || line.unit().isBlank() ? ""
                    : " (" + Units.name(line.unit(), this::getTranslation) + ")"));
            quantity.setValue(line.quantity().stripTrailingZeros());
            quantities.put(line, quantity);
            form.add(quantity);
        }
        scheduled.setLabel(getTranslation("orders.delivery.add.scheduled"));
        scheduled.setValue(LocalDate.now(Formats.ZONE));
        form.add(scheduled);
        add(form);

        Button save = new Button(getTranslation("orders.delivery.add.save"), click -> {
            List<NewDeliveryLine> lines = quantities.entrySet().stream()
                    .map(entry -> new NewDeliveryLine(entry.getKey().description(), entry.getValue().getValue(), entry.getKey().unit()))
                    .toList();
            String[] number = new String[1];
            if (Feedback.attempt(() -> number[0] = service.addDelivery(orderId, scheduled.getValue(), lines, userId))) {
                Feedback.success(getTranslation("orders.delivery.add.done", number[0]));
                close();
                done.run();
            }
        });
        save.setId("delivery-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("orders.dialog.back"), click -> close()), save);
    }
}
