package org.kundenportal.invoices.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Consumer;
import org.kundenportal.base.i18n.Formats;
import org.kundenportal.base.ui.Feedback;
import org.kundenportal.base.ui.LocalizedDatePicker;
import org.kundenportal.base.validation.RefusedException;
import org.kundenportal.contacts.domain.ContactOption;
import org.kundenportal.contacts.domain.ContactRepository;
import org.kundenportal.invoices.domain.InvoiceRepository.OrderToInvoice;
import org.kundenportal.invoices.domain.InvoiceRepository;
import org.kundenportal.invoices.domain.InvoiceService;

/** Staff pick a company and one of its confirmed orders; the new draft invoice copies the order's lines. */
class CreateFromOrderDialog extends Dialog {

    private final ComboBox<ContactOption> company = new ComboBox<>();
    private final ComboBox<OrderToInvoice> order = new ComboBox<>();
    private final DatePicker date = new LocalizedDatePicker();

    CreateFromOrderDialog(InvoiceRepository invoices, InvoiceService service, ContactRepository contacts, long staffUserId,
                          Consumer<String> created) {
        addClassName("create-invoice-dialog");
        setHeaderTitle(getTranslation("invoices.create.from-order"));
        Locale locale = getLocale();
        company.setLabel(getTranslation("invoices.field.customer"));
        company.setItems(query -> contacts.companies(query.getFilter().orElse(""), query.getOffset(), query.getLimit())
                .stream());
        company.setItemLabelGenerator(ContactOption::name);
        order.setLabel(getTranslation("invoices.create.order"));
        order.setItemLabelGenerator(option -> option.number() + " · " + Formats.date(option.orderDate(), locale) + " · "
                + Formats.money(option.total(), option.currency(), locale));
        order.setEnabled(false);
        company.addValueChangeListener(change -> {
            // lazy: a big customer has tens of thousands of orders; typing finds one by number
            long companyId = change.getValue() == null ? -1 : change.getValue().id();
            order.setItems(query -> invoices.confirmedOrders(companyId, query.getFilter().orElse(""), query.getOffset(),
                    query.getLimit()).stream());
            boolean none = invoices.confirmedOrders(companyId, null, 0, 1).isEmpty();
            order.setEnabled(!none);
            order.setHelperText(change.getValue() != null && none ? getTranslation("invoices.create.no-orders") : null);
        });
        date.setLabel(getTranslation("invoices.field.date"));
        date.setValue(LocalDate.now(Formats.ZONE));
        add(new FormLayout(company, order, date));

        Button create = new Button(getTranslation("invoices.create.submit"), click -> {
            if (order.getValue() == null || date.getValue() == null) {
                Feedback.error(getTranslation("invoices.create.choose-order"));
                return;
            }
            try {
                String number = service.createFromOrder(order.getValue().id(), date.getValue(), staffUserId);
                Feedback.success(getTranslation("invoices.create.done", number));
                close();
                created.accept(number);
            } catch (RefusedException refused) {
                Feedback.refused(refused);
            }
        });
        DialogButtons.add(this, create, "create-invoice-submit");
    }
}
