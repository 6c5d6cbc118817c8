package org.kundenportal.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import java.util.List;
import org.kundenportal.account.domain.AccountException;
import org.kundenportal.account.domain.TwoFactorService;
import org.kundenportal.base.ui.LocalizedPasswordField;

/** New recovery codes in place of all old ones, after the password confirms it. */
class RecoveryCodesRenewDialog extends Dialog {

    private final TwoFactorService twoFactor;
    private final long userId;
    private final String companyName;
    private final Runnable onRenewed;
    private final PasswordField password = new LocalizedPasswordField();

    RecoveryCodesRenewDialog(TwoFactorService twoFactor, long userId, String companyName, Runnable onRenewed) {
        this.twoFactor = twoFactor;
        this.userId = userId;
        this.companyName = companyName;
        this.onRenewed = onRenewed;
        setHeaderTitle(getTranslation("account.recovery-codes.renew.title"));
        setWidth("min(30rem, 95vw)");
        password.setLabel(getTranslation("account.password.current"));
        password.setWidthFull();
        add(new Paragraph(getTranslation("account.recovery-codes.renew.text")), password);
        Button cancel = new Button(getTranslation("account.cancel"), click -> close());
        Button renew = new Button(getTranslation("account.recovery-codes.renew.confirm"), click -> renew());
        renew.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(cancel, renew);
    }

    private void renew() {
        List<String> codes;
        try {
            codes = twoFactor.renewRecoveryCodes(userId, password.getValue());
        } catch (AccountException refused) {
            password.setErrorMessage(getTranslation(refused.messageKey(), refused.arguments()));
            password.setInvalid(true);
            return;
        }
        onRenewed.run();
        removeAll();
        getFooter().removeAll();
        add(new RecoveryCodeList(codes, companyName));
        Button done = new Button(getTranslation("account.recovery-codes.done"), click -> close());
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(done);
        setCloseOnOutsideClick(false);
    }
}
