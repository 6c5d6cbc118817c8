package org.kundenportal.invoices.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;

/** The footer every invoice dialog shares: "Cancel" closes, the primary button acts. */
final class DialogButtons {

    private DialogButtons() {
    }

    static void add(Dialog dialog, Button primary, String primaryClassName) {
        primary.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        primary.addClassName(primaryClassName);
        Button cancel = new Button(dialog.getTranslation("invoices.dialog.cancel"), click -> dialog.close());
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        dialog.getFooter().add(cancel, primary);
    }
}
