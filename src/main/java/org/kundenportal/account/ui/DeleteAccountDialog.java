package org.kundenportal.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.PasswordField;
import java.util.function.Consumer;
import org.kundenportal.account.domain.AccountException;
import org.kundenportal.base.ui.LocalizedPasswordField;

/** Explains what deleting the account does, and asks for the password before it happens. */
class DeleteAccountDialog extends Dialog {

    /** Deletes the account with the typed password; throws {@link AccountException} when refused. */
    private final Consumer<String> deletion;
    private final PasswordField password = new LocalizedPasswordField();

    DeleteAccountDialog(Consumer<String> deletion) {
        this.deletion = deletion;
        setHeaderTitle(getTranslation("account.delete.title"));
        setWidth("min(34rem, 95vw)");
        UnorderedList consequences = new UnorderedList(
                new ListItem(getTranslation("account.delete.consequence.login")),
                new ListItem(getTranslation("account.delete.consequence.data")),
                new ListItem(getTranslation("account.delete.consequence.documents")),
                new ListItem(getTranslation("account.delete.consequence.final")));
        password.setLabel(getTranslation("account.delete.password"));
        password.setWidthFull();
        add(new Paragraph(getTranslation("account.delete.intro")), consequences, password);
        Button cancel = new Button(getTranslation("account.cancel"), click -> close());
        Button delete = new Button(getTranslation("account.delete.confirm"), click -> delete());
        delete.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        getFooter().add(cancel, delete);
    }

    private void delete() {
        try {
            deletion.accept(password.getValue());
        } catch (AccountException refused) {
            password.setErrorMessage(getTranslation(refused.messageKey(), refused.arguments()));
            password.setInvalid(true);
        }
    }
}
