package org.kundenportal.orders.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import org.kundenportal.base.ui.Feedback;
import org.kundenportal.orders.domain.OrderDetail;
import org.kundenportal.orders.domain.OrderService;

/** Confirms cancelling an order by agreement with the customer; the reason is required and kept on the quote. */
class CancelOrderDialog extends Dialog {

    CancelOrderDialog(OrderService service, OrderDetail order, long userId, Runnable done) {
        setHeaderTitle(getTranslation("orders.cancel.title", order.number()));
        addClassName("cancel-order-dialog");
        TextArea reason = new TextArea(getTranslation("orders.cancel.reason"));
        reason.setRequired(true);
        reason.setMaxLength(2000);
        reason.setWidthFull();
        add(new Paragraph(getTranslation("orders.cancel.explanation", order.customerName())), reason);
        Button confirm = new Button(getTranslation("orders.cancel.confirm"), click -> {
            if (reason.getValue().isBlank()) {
                reason.setInvalid(true);
                reason.setErrorMessage(getTranslation("orders.cancel.refused.reason"));
                return;
            }
            if (Feedback.attempt(() -> service.cancelByAgreement(order.id(), reason.getValue(), userId))) {
                Feedback.success(getTranslation("orders.cancel.done", order.number()));
                close();
                done.run();
            } else {
                close();
            }
        });
        confirm.setId("cancel-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        getFooter().add(new Button(getTranslation("orders.dialog.back"), click -> close()), confirm);
    }
}
