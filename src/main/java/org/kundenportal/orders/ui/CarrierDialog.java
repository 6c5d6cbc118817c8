package org.kundenportal.orders.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import org.kundenportal.base.ui.Feedback;
import org.kundenportal.orders.domain.Carrier;
import org.kundenportal.orders.domain.CarrierService;

/** Adds or edits a carrier; the service checks the values and the dialog stays open on a refusal. */
class CarrierDialog extends Dialog {

    CarrierDialog(CarrierService service, Carrier carrier, Runnable saved) {
        setHeaderTitle(getTranslation(carrier.id() == null ? "orders.carriers.new" : "orders.carriers.edit"));
        addClassName("carrier-dialog");
        TextField name = new TextField(getTranslation("orders.carriers.name"), carrier.name(), "");
        name.setMaxLength(100);
        TextField code = new TextField(getTranslation("orders.carriers.code"), carrier.code(), "");
        code.setMaxLength(20);
        TextField url = new TextField(getTranslation("orders.carriers.url"), carrier.trackingUrl(), "");
        url.setHelperText(getTranslation("orders.carriers.url.help"));
        url.setMaxLength(500);
        url.setWidthFull();
        Checkbox active = new Checkbox(getTranslation("orders.carriers.active"), carrier.active());
        FormLayout form = new FormLayout(name, code, url, active);
        form.setColspan(url, 2);
        add(form);
        Button save = new Button(getTranslation("orders.carriers.save"), click -> {
            if (Feedback.attempt(() -> service.save(new Carrier(carrier.id(), code.getValue(), name.getValue(),
                    url.getValue(), active.getValue())))) {
                Feedback.success(getTranslation("orders.carriers.saved", name.getValue().strip()));
                close();
                saved.run();
            }
        });
        save.setId("carrier-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("orders.dialog.back"), click -> close()), save);
    }
}
