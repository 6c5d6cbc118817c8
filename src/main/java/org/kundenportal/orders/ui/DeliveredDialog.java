package org.kundenportal.orders.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import java.time.LocalDate;
import org.kundenportal.base.i18n.Formats;
import org.kundenportal.base.ui.Feedback;
import org.kundenportal.base.ui.LocalizedDatePicker;
import org.kundenportal.orders.domain.Delivery;
import org.kundenportal.orders.domain.OrderService;

/** Records the day a shipped delivery arrived. */
class DeliveredDialog extends Dialog {

    DeliveredDialog(OrderService service, Delivery delivery, long userId, Runnable done) {
        setHeaderTitle(getTranslation("orders.delivery.delivered.title", delivery.number()));
        DatePicker date = new LocalizedDatePicker(getTranslation("orders.delivery.delivered.date"), LocalDate.now(Formats.ZONE));
        date.setMin(delivery.shippedDate());
        add(date);
        Button save = new Button(getTranslation("orders.delivery.delivered.save"), click -> {
            if (Feedback.attempt(() -> service.markDelivered(delivery.id(), delivery.version(), date.getValue(), userId))) {
                Feedback.success(getTranslation("orders.delivery.delivered.done", delivery.number()));
                close();
                done.run();
            }
        });
        save.setId("delivered-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("orders.dialog.back"), click -> close()), save);
    }
}
