package org.kundenportal.mandates.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.kundenportal.base.i18n.Formats;
import org.kundenportal.base.ui.Feedback;
import org.kundenportal.mandates.domain.SepaMandate;
import org.kundenportal.mandates.domain.SepaMandateService;
import org.kundenportal.settings.domain.Iban;

/**
 * A mandate as staff see it on the signature request it came from and on its company: reference, debtor, account,
 * date of signature, whether it is active; an active one can be revoked here.
 */
public class MandatePanel extends Div {

    /** Read-only. */
    public MandatePanel(SepaMandate mandate) {
        this(mandate, null, 0, null);
    }

    /** With "revoke" while the mandate is active; onRevoked runs after it was revoked. */
    public MandatePanel(SepaMandate mandate, SepaMandateService service, long staffUserId, Runnable onRevoked) {
        addClassName("mandate-panel");
        setId("mandate-panel");
        String state = getTranslation(mandate.active() ? "mandates.state.active" : "mandates.state.revoked",
                mandate.revokedAt() == null ? "" : Formats.dateTime(mandate.revokedAt(), getLocale()));
        Span summary = new Span(getTranslation("mandates.summary", mandate.reference(), mandate.debtorName(),
                Iban.grouped(mandate.iban()), Formats.date(mandate.signedOn(), getLocale()), state));
        summary.setId("mandate-summary");
        add(summary);
        if (mandate.active() && service != null) {
            Button revoke = new Button(getTranslation("mandates.revoke"), VaadinIcon.BAN.create(), click -> confirm(
                    mandate, () -> {
                        if (Feedback.attempt(() -> service.revoke(mandate.id(), staffUserId))) {
                            Feedback.success(getTranslation("mandates.revoked", mandate.reference()));
                        }
                        onRevoked.run();
                    }));
            revoke.setId("mandate-revoke");
            revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            add(revoke);
        }
    }

    private void confirm(SepaMandate mandate, Runnable onRevoke) {
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("mandates.revoke.title", mandate.reference()),
                getTranslation("mandates.revoke.text"), getTranslation("mandates.revoke"), event -> onRevoke.run());
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("mandates.dialog.cancel"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addClassName("mandate-revoke-confirm");
        dialog.open();
    }
}
