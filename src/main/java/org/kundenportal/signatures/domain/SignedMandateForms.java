package org.kundenportal.signatures.domain;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.kundenportal.base.security.PortalScope;
import org.kundenportal.mandates.domain.SignedForm;
import org.kundenportal.mandates.domain.SignedForms;
import org.springframework.stereotype.Component;

/** Signed requests as the forms SEPA mandates are registered from. */
@Component
public class SignedMandateForms implements SignedForms {

    private final SignatureRepository requests;

    SignedMandateForms(SignatureRepository requests) {
        this.requests = requests;
    }

    @Override
    public Optional<SignedForm> signed(long signatureRequestId) {
        return requests.find(PortalScope.staff(), signatureRequestId)
                .filter(request -> request.state() == SignatureState.SIGNED)
                .map(SignedMandateForms::of);
    }

    /** The request's text fields by label, whatever its state (a staff form is pre-filled from them). */
    public static SignedForm of(SignatureRequest request) {
        Map<String, String> texts = new HashMap<>();
        for (SignatureField field : request.fields()) {
            if (field.kind() == FieldKind.TEXT && field.label() != null && field.textValue() != null) {
                texts.putIfAbsent(field.label(), field.textValue());
            }
        }
        return new SignedForm(request.id(), request.number(), request.companyId(), request.companyName(), request.signedAt(), texts);
    }
}
