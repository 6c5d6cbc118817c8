package org.kundenportal.orders.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.kundenportal.base.i18n.Formats;
import org.kundenportal.base.ui.Feedback;
import org.kundenportal.base.ui.LocalizedDatePicker;
import org.kundenportal.orders.domain.Carrier;
import org.kundenportal.orders.domain.Delivery;
import org.kundenportal.orders.domain.OrderService;

/** Hands a delivery to a carrier: which one, the parcels' tracking numbers and the day it left. */
class ShipDialog extends Dialog {

    ShipDialog(OrderService service, List<Carrier> carriers, Delivery delivery, long userId, Runnable done) {
        setHeaderTitle(getTranslation("orders.delivery.ship.title", delivery.number()));
        addClassName("ship-dialog");
        ComboBox<Carrier> carrier = new ComboBox<>(getTranslation("orders.delivery.ship.carrier"));
        carrier.setItems(carriers);
        carrier.setItemLabelGenerator(Carrier::name);
        carrier.setRequired(true);
        TextArea trackingNumbers = new TextArea(getTranslation("orders.delivery.ship.tracking"));
        trackingNumbers.setHelperText(getTranslation("orders.delivery.ship.tracking.help"));
        trackingNumbers.setRequired(true);
        DatePicker shipped = new LocalizedDatePicker(getTranslation("orders.delivery.ship.date"), LocalDate.now(Formats.ZONE));
        add(new FormLayout(carrier, trackingNumbers, shipped));

        Button save = new Button(getTranslation("orders.delivery.ship.save"), click -> {
            if (carrier.getValue() == null) {
                Feedback.error(getTranslation("orders.delivery.refused.carrier"));
                return;
            }
            List<String> parcels = Arrays.asList(trackingNumbers.getValue().split("[\\s,;]+"));
            if (Feedback.attempt(() -> service.ship(delivery.id(), delivery.version(), carrier.getValue().id(), parcels,
                    shipped.getValue(), userId))) {
                Feedback.success(getTranslation("orders.delivery.ship.done", delivery.number()));
                close();
                done.run();
            }
        });
        save.setId("ship-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("orders.dialog.back"), click -> close()), save);
    }
}
