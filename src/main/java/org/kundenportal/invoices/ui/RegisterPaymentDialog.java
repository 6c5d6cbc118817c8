package org.kundenportal.invoices.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import org.kundenportal.base.i18n.Formats;
import org.kundenportal.base.ui.Feedback;
import org.kundenportal.base.ui.LocalizedDatePicker;
import org.kundenportal.base.validation.RefusedException;
import org.kundenportal.invoices.domain.Invoice;
import org.kundenportal.invoices.domain.InvoicePayments;

/** Staff register money that arrived for an invoice: at most the amount due, dated today or earlier. */
class RegisterPaymentDialog extends Dialog {

    private final BigDecimalField amount = new BigDecimalField();
    private final DatePicker date = new LocalizedDatePicker();
    private final TextField note = new TextField();

    RegisterPaymentDialog(Invoice invoice, InvoicePayments payments, long staffUserId, Runnable onDone) {
        addClassName("register-payment-dialog");
        setHeaderTitle(getTranslation("invoices.register.title", invoice.number()));
        amount.setLabel(getTranslation("invoices.payment.amount"));
        amount.setValue(invoice.amountDue());
        amount.setHelperText(getTranslation("invoices.register.due",
                Formats.money(invoice.amountDue(), invoice.currency(), getLocale())));
        amount.setSuffixComponent(new com.vaadin.flow.component.html.Span(invoice.currency().getCurrencyCode()));
        date.setLabel(getTranslation("invoices.payment.date"));
        date.setValue(LocalDate.now(Formats.ZONE));
        date.setMax(LocalDate.now(Formats.ZONE));
        note.setLabel(getTranslation("invoices.register.note"));
        note.setMaxLength(500);
        add(new FormLayout(amount, date, note));

        Button save = new Button(getTranslation("invoices.register.submit"), click -> {
            try {
                payments.register(invoice, amount.getValue(), date.getValue(), note.getValue().isBlank() ? null
                        : note.getValue().strip(), staffUserId);
                Feedback.success(getTranslation("invoices.register.done"));
                close();
                onDone.run();
            } catch (RefusedException refused) {
                Feedback.refused(refused);
            }
        });
        DialogButtons.add(this, save, "register-payment-submit");
    }
}
