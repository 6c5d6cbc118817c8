package org.kundenportal.base.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.textfield.PasswordField;
import java.util.Map;

/**
 * The app's password field: its reveal button is labelled in the user's language. The web component labels it
 * "Show password" unless its {@code i18n} property says otherwise, and Vaadin 25.2's PasswordFieldI18n has no key
 * for it, so every password field in the app is one of these (an ArchUnit rule says so). The login form renders its
 * own password field: LoginView labels that one.
 */
public class LocalizedPasswordField extends PasswordField {

    public LocalizedPasswordField() {
    }

    public LocalizedPasswordField(String label) {
        super(label);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        getElement().setPropertyMap("i18n", Map.of("reveal", getTranslation("password-field.reveal")));
    }
}
