package org.kundenportal.access.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.kundenportal.access.domain.UserAdministration;
import org.kundenportal.base.mail.MailDeliveryException;
import org.kundenportal.base.security.PortalUser;
import org.kundenportal.base.ui.Feedback;
import org.kundenportal.base.validation.RefusedException;
import org.kundenportal.contacts.domain.ContactService;

/** An admin creates a staff user; the invitation mail lets the new colleague set a password. */
class StaffUserDialog extends Dialog {

    private final TextField name = new TextField();
    private final TextField email = new TextField();
    private final Checkbox admin = new Checkbox();
    private final Select<String> language = new Select<>();

    StaffUserDialog(UserAdministration administration, PortalUser actor, Runnable onCreated) {
        setHeaderTitle(getTranslation("users.create.title"));
        addClassName("staff-user-dialog");
        name.setLabel(getTranslation("users.name"));
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(200);
        email.setLabel(getTranslation("users.email"));
        email.setRequiredIndicatorVisible(true);
        email.setMaxLength(254);
        admin.setLabel(getTranslation("users.create.admin"));
        language.setLabel(getTranslation("users.language"));
        language.setItems(ContactService.LANGUAGES);
        language.setItemLabelGenerator(code -> getTranslation("language." + code));
        language.setValue(getLocale().getLanguage().equals("en") ? "en" : "de");
        FormLayout form = new FormLayout(name, email, language, admin);
        add(new Paragraph(getTranslation("users.create.intro")), form);

        Button create = new Button(getTranslation("users.create.submit"), click -> {
            name.setInvalid(false);
            email.setInvalid(false);
            try {
                administration.createStaffUser(actor, name.getValue(), email.getValue(), admin.getValue(), language.getValue());
            } catch (RefusedException refused) {
                TextField field = refused.messageKey().startsWith("users.error.name") ? name : email;
                field.setErrorMessage(getTranslation(refused.messageKey(), refused.arguments()));
                field.setInvalid(true);
                return;
            } catch (MailDeliveryException mailFailed) {
                Feedback.error(getTranslation("users.create.mail-failed"));
                return;
            }
            Feedback.success(getTranslation("users.create.done", email.getValue().strip()));
            onCreated.run();
            close();
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("users.cancel"), click -> close()), create);
    }
}
