package org.kundenportal.mandates.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.Map;
import org.kundenportal.base.i18n.Formats;
import org.kundenportal.base.ui.Feedback;
import org.kundenportal.base.ui.LocalizedDatePicker;
import org.kundenportal.base.validation.RefusedException;
import org.kundenportal.mandates.domain.NewMandate;
import org.kundenportal.mandates.domain.SepaMandate;
import org.kundenportal.mandates.domain.SepaMandateService;
import org.kundenportal.mandates.domain.SignedForm;

/**
 * Staff register a signed signature request as the company's SEPA direct debit mandate: the account holder, IBAN
 * and BIC come from the fields the customer filled in (by their labels), the mandate reference staff type.
 */
public class MandateDialog extends Dialog {

    private final TextField reference = new TextField();
    private final TextField debtorName = new TextField();
    private final TextField iban = new TextField();
    private final TextField bic = new TextField();
    private final DatePicker signedOn = new LocalizedDatePicker();

    public MandateDialog(SignedForm request, SepaMandateService service, long staffUserId,
                         Runnable onRegistered) {
        addClassName("mandate-dialog");
        setHeaderTitle(getTranslation("mandates.dialog.title", request.companyName()));
        NewMandate draft = SepaMandateService.draftFrom(request);
        reference.setId("mandate-reference");
        reference.setLabel(getTranslation("mandates.reference"));
        reference.setHelperText(getTranslation("mandates.reference.help"));
        reference.setMaxLength(SepaMandateService.MAX_REFERENCE);
        reference.setRequired(true);
        debtorName.setId("mandate-debtor-name");
        debtorName.setLabel(getTranslation("mandates.debtor-name"));
        debtorName.setMaxLength(SepaMandateService.MAX_DEBTOR_NAME);
        debtorName.setValue(draft.debtorName());
        iban.setId("mandate-iban");
        iban.setLabel(getTranslation("mandates.iban"));
        iban.setMaxLength(50);
        iban.setValue(draft.iban());
        bic.setId("mandate-bic");
        bic.setLabel(getTranslation("mandates.bic"));
        bic.setMaxLength(20);
        bic.setValue(draft.bic());
        signedOn.setId("mandate-signed-on");
        signedOn.setLabel(getTranslation("mandates.signed-on"));
        signedOn.setMax(LocalDate.now(Formats.ZONE));
        signedOn.setValue(draft.signedOn());
        for (HasValidation field : new HasValidation[]{reference, debtorName, iban, bic, signedOn}) {
            field.setManualValidation(true);
        }
        add(new Paragraph(getTranslation("mandates.dialog.help", request.number())),
                new FormLayout(reference, debtorName, iban, bic, signedOn));

        Button register = new Button(getTranslation("mandates.dialog.register"), click -> register(request, service,
                staffUserId, onRegistered));
        register.setId("mandate-register");
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("mandates.dialog.cancel"), click -> close());
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        getFooter().add(cancel, register);
    }

    private void register(SignedForm request, SepaMandateService service, long staffUserId, Runnable onRegistered) {
        Map<String, HasValidation> fields = Map.of("mandates.error.reference", reference,
                "mandates.error.reference-taken", reference, "mandates.error.debtor-name", debtorName,
                "mandates.error.iban", iban, "mandates.error.bic", bic, "mandates.error.signed-on", signedOn);
        fields.values().forEach(field -> field.setInvalid(false));
        try {
            SepaMandate mandate = service.register(new NewMandate(request.id(), reference.getValue(),
                    debtorName.getValue(), iban.getValue(), bic.getValue(), signedOn.getValue()), staffUserId);
            Feedback.success(getTranslation("mandates.registered", mandate.reference()));
            close();
            onRegistered.run();
        } catch (RefusedException refused) {
            HasValidation field = fields.get(refused.messageKey());
            if (field == null) {
                Feedback.refused(refused);
            } else {
                field.setErrorMessage(getTranslation(refused.messageKey(), refused.arguments()));
                field.setInvalid(true);
            }
        }
    }
}
