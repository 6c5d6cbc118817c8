package org.kundenportal.invoices.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.kundenportal.base.i18n.Formats;
import org.kundenportal.base.ui.Feedback;
import org.kundenportal.base.ui.LocalizedDatePicker;
import org.kundenportal.base.validation.RefusedException;
import org.kundenportal.contacts.domain.ContactOption;
import org.kundenportal.contacts.domain.ContactRepository;
import org.kundenportal.documents.domain.DocumentLine;
import org.kundenportal.documents.ui.LinesEditor;
import org.kundenportal.invoices.domain.InvoiceService;

/** Staff record a bill a supplier sent us: supplier, their reference, dates and lines. */
class VendorBillDialog extends Dialog {

    private final ComboBox<ContactOption> supplier = new ComboBox<>();
    private final TextField reference = new TextField();
    private final DatePicker billDate = new LocalizedDatePicker();
    private final DatePicker dueDate = new LocalizedDatePicker();
    private final LinesEditor lines;

    VendorBillDialog(InvoiceService service, ContactRepository contacts, BigDecimal defaultTaxRate, long staffUserId,
                     Consumer<String> created) {
        addClassName("vendor-bill-dialog");
        setWidth("min(64rem, 96vw)");
        setHeaderTitle(getTranslation("invoices.bill.new"));
        supplier.setLabel(getTranslation("invoices.field.supplier"));
        supplier.setItems(query -> contacts.companies(query.getFilter().orElse(""), query.getOffset(), query.getLimit())
                .stream());
        supplier.setItemLabelGenerator(ContactOption::name);
        reference.setLabel(getTranslation("invoices.field.vendor-reference"));
        reference.setMaxLength(100);
        reference.addClassName("vendor-reference");
        LocalDate today = LocalDate.now(Formats.ZONE);
        billDate.setLabel(getTranslation("invoices.field.date"));
        billDate.setValue(today);
        dueDate.setLabel(getTranslation("invoices.field.due-date"));
        dueDate.setValue(today.plusDays(30));
        billDate.addValueChangeListener(change -> dueDate.setMin(change.getValue()));
        lines = new LinesEditor(Formats.EURO, false, defaultTaxRate);
        add(new FormLayout(supplier, reference, billDate, dueDate), lines);

        Button save = new Button(getTranslation("invoices.bill.submit"), click -> {
            if (supplier.getValue() == null) {
                Feedback.error(getTranslation("invoices.bill.supplier-required"));
                return;
            }
            List<DocumentLine> valid = lines.validLines();
            if (valid == null) {
                return;
            }
            try {
                String number = service.createVendorBill(supplier.getValue().id(), reference.getValue(),
                        billDate.getValue(), dueDate.getValue(), valid, staffUserId);
                Feedback.success(getTranslation("invoices.bill.done", number));
                close();
                created.accept(number);
            } catch (RefusedException refused) {
                Feedback.refused(refused);
            }
        });
        DialogButtons.add(this, save, "vendor-bill-submit");
    }

    LinesEditor lines() {
        return lines;
    }
}
