package org.kundenportal.receipts.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import org.kundenportal.base.ui.Feedback;
import org.kundenportal.receipts.domain.Employee;
import org.kundenportal.receipts.domain.EmployeeService;
import org.kundenportal.receipts.domain.ReceiptType;

/** Changes an employee's receipt type; a change made meanwhile in another tab is refused, not overwritten. */
public class EmployeeDialog extends Dialog {

    private final RadioButtonGroup<ReceiptType> receiptType = new RadioButtonGroup<>();

    public EmployeeDialog(Employee employee, EmployeeService service, Runnable onSaved) {
        setHeaderTitle(getTranslation("employees.edit.title", employee.name()));
        TextField name = new TextField(getTranslation("employees.name"));
        name.setValue(employee.name());
        name.setReadOnly(true);
        TextField reference = new TextField(getTranslation("employees.reference"));
        reference.setValue(employee.reference());
        reference.setReadOnly(true);
        receiptType.setLabel(getTranslation("employees.receipt-type"));
        receiptType.setItems(ReceiptType.values());
        receiptType.setItemLabelGenerator(type -> EmployeesView.receiptTypeLabel(this, type));
        receiptType.setHelperText(getTranslation("employees.receipt-type.help"));
        receiptType.setRequiredIndicatorVisible(true);
        receiptType.setValue(employee.receiptType());
        add(new FormLayout(name, reference, receiptType));

        Button save = new Button(getTranslation("employees.save"), click -> {
            if (receiptType.getValue() == null) {
                receiptType.setInvalid(true);
                receiptType.setErrorMessage(getTranslation("employees.error.receipt-type-required"));
                return;
            }
            if (Feedback.attempt(() -> service.changeReceiptType(employee, receiptType.getValue()))) {
                Feedback.success(getTranslation("employees.saved", employee.name()));
                onSaved.run();
                close();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("employees.cancel"), click -> close());
        getFooter().add(cancel, save);
    }
}
