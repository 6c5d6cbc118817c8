package org.kundenportal.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldVariant;
import java.util.List;
import org.kundenportal.account.domain.AccountException;
import org.kundenportal.account.domain.TwoFactorService;
import org.kundenportal.base.ui.QrCodeImage;

/**
 * Sets up two-factor authentication: a QR code (and the secret to type instead), a code from the app to prove
 * it works, then the recovery codes, shown this once.
 */
class TwoFactorSetupDialog extends Dialog {

    private final TwoFactorService twoFactor;
    private final long userId;
    private final TwoFactorService.Enrollment enrollment;
    private final String companyName;
    private final Runnable onEnabled;
    private final TextField code = new TextField();

    TwoFactorSetupDialog(TwoFactorService twoFactor, long userId, String companyName, Runnable onEnabled) {
        this.twoFactor = twoFactor;
        this.userId = userId;
        this.companyName = companyName;
        this.onEnabled = onEnabled;
        this.enrollment = twoFactor.enrollment(userId);
        setHeaderTitle(getTranslation("account.two-factor.setup.title"));
        setWidth("min(34rem, 95vw)");
        addClassName("two-factor-setup");

        Paragraph scan = new Paragraph(getTranslation("account.two-factor.setup.scan"));
        Div qr = new Div(QrCodeImage.of(enrollment.otpauthUri(), 220, getTranslation("account.two-factor.setup.qr-alt")));
        qr.addClassName("two-factor-qr");
        Paragraph typeInstead = new Paragraph(getTranslation("account.two-factor.setup.secret"));
        Span secret = new Span(enrollment.groupedSecret());
        secret.addClassName("two-factor-secret");

        code.setLabel(getTranslation("account.two-factor.code"));
        code.setHelperText(getTranslation("account.two-factor.setup.code-helper"));
        code.setMaxLength(7);
        code.setAllowedCharPattern("[0-9 ]");
        code.addThemeVariants(TextFieldVariant.LUMO_ALIGN_CENTER);
        code.getElement().setAttribute("autocomplete", "one-time-code");
        code.getElement().setAttribute("inputmode", "numeric");

        add(scan, qr, typeInstead, secret, code);
        Button cancel = new Button(getTranslation("account.cancel"), click -> close());
        Button confirm = new Button(getTranslation("account.two-factor.setup.confirm"), click -> confirm());
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(cancel, confirm);
    }

    /** The secret shown to the user (tests type the code from it, as the app would). */
    String secret() {
        return enrollment.secret();
    }

    private void confirm() {
        List<String> codes;
        try {
            codes = twoFactor.enable(userId, enrollment.secret(), code.getValue());
        } catch (AccountException refused) {
            code.setErrorMessage(getTranslation(refused.messageKey(), refused.arguments()));
            code.setInvalid(true);
            return;
        }
        onEnabled.run();
        removeAll();
        getFooter().removeAll();
        setHeaderTitle(getTranslation("account.two-factor.enabled.title"));
        add(new Paragraph(getTranslation("account.two-factor.enabled.text")), new RecoveryCodeList(codes, companyName));
        Button done = new Button(getTranslation("account.recovery-codes.done"), click -> close());
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(done);
        setCloseOnOutsideClick(false);
    }
}
