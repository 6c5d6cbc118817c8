package org.kundenportal.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.kundenportal.account.domain.AccountException;
import org.kundenportal.account.domain.TwoFactorService;
import org.kundenportal.base.ui.LocalizedPasswordField;

/** Turns two-factor authentication off: the password and a current code (or a recovery code) confirm it. */
class TwoFactorDisableDialog extends Dialog {

    private final TwoFactorService twoFactor;
    private final long userId;
    private final Runnable onDisabled;
    private final PasswordField password = new LocalizedPasswordField();
    private final TextField code = new TextField();

    TwoFactorDisableDialog(TwoFactorService twoFactor, long userId, Runnable onDisabled) {
        this.twoFactor = twoFactor;
        this.userId = userId;
        this.onDisabled = onDisabled;
        setHeaderTitle(getTranslation("account.two-factor.disable.title"));
        setWidth("min(30rem, 95vw)");
        password.setLabel(getTranslation("account.password.current"));
        code.setLabel(getTranslation("account.two-factor.code-or-recovery"));
        code.getElement().setAttribute("autocomplete", "one-time-code");
        code.setMaxLength(20);
        add(new Paragraph(getTranslation("account.two-factor.disable.text")), new FormLayout(password, code));
        Button cancel = new Button(getTranslation("account.cancel"), click -> close());
        Button disable = new Button(getTranslation("account.two-factor.disable.confirm"), click -> disable());
        disable.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        getFooter().add(cancel, disable);
    }

    private void disable() {
        password.setInvalid(false);
        code.setInvalid(false);
        try {
            twoFactor.disable(userId, password.getValue(), code.getValue());
        } catch (AccountException refused) {
            String message = getTranslation(refused.messageKey(), refused.arguments());
            if (refused.reason() == AccountException.Reason.WRONG_PASSWORD) {
                password.setErrorMessage(message);
                password.setInvalid(true);
            } else {
                code.setErrorMessage(message);
                code.setInvalid(true);
            }
            return;
        }
        close();
        onDisabled.run();
    }
}
