package org.kundenportal.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.kundenportal.base.i18n.Formats;
import org.kundenportal.base.security.PortalScopeService;
import org.kundenportal.base.security.PortalUser;
import org.kundenportal.base.signature.SignatureImages;
import org.kundenportal.signatures.domain.FieldInput;
import org.kundenportal.signatures.domain.NewSignatureRequest;
import org.kundenportal.signatures.domain.SignatureField;
import org.kundenportal.signatures.domain.SignatureRepository;
import org.kundenportal.signatures.domain.SignatureRequest;
import org.kundenportal.signatures.domain.SignatureService;
import org.kundenportal.users.domain.UserRepository;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The bakery's signature requests: a two-page service agreement waiting for Anna Becker's signature (required and
 * optional fields of every kind), a SEPA mandate she signed through the same service code as in the portal, a
 * cancelled one, and a draft for the café that staff can still place fields on.
 */
@Component
@Order(90)
class SignatureDemoData implements DemoDataPart {

    private final SignatureService service;
    private final SignatureRepository requests;
    private final UserRepository users;
    private final PortalScopeService scopes;

    SignatureDemoData(SignatureService service, SignatureRepository requests, UserRepository users,
                      PortalScopeService scopes) {
        this.service = service;
        this.requests = requests;
        this.users = users;
        this.scopes = scopes;
    }

    @Override
    public void load(DemoCompanies demo) {
        SignatureDemoPdfs.DemoPdf agreement = SignatureDemoPdfs.serviceAgreement();
        SignatureDemoPdfs.DemoPdf mandate = SignatureDemoPdfs.sepaMandate();
        long staff = demo.staffUser();

        SignatureRequest signed = sent(demo.bakery(), demo.annaUser(), "SEPA-Lastschriftmandat Servicevertrag",
                "Für die quartalsweise Abbuchung der Servicepauschale.", mandate, staff);
        PortalUser anna = users.findPrincipal(DemoData.CUSTOMER).orElseThrow();
        service.sign(anna, scopes.scopeOf(anna), signed.number(), mandateValues(signed), "192.0.2.44", Locale.GERMAN);

        SignatureRequest old = sent(demo.bakery(), demo.annaUser(), "SEPA-Lastschriftmandat (alte Bankverbindung)",
                null, mandate, staff);
        service.cancel(old, staff);

        sent(demo.bakery(), demo.annaUser(), "Servicevertrag Kassensystem",
                "Bitte prüfen Sie den Servicevertrag, füllen Sie die markierten Felder aus und unterschreiben Sie ihn.",
                agreement, staff);

        service.create(new NewSignatureRequest("Servicevertrag Kassensystem Café", demo.cafe(), demo.lenaUser(), null,
                agreement.fileName(), agreement.pdf()), staff);
    }

    private SignatureRequest sent(long company, long signer, String title, String message,
                                  SignatureDemoPdfs.DemoPdf pdf, long staff) {
        String number = service.create(new NewSignatureRequest(title, company, signer, message, pdf.fileName(), pdf.pdf()),
                staff);
        service.replaceFields(find(number), pdf.fields(), staff);
        service.send(find(number), staff);
        return find(number);
    }

    private SignatureRequest find(String number) {
        return requests.find(org.kundenportal.base.security.PortalScope.staff(), number).orElseThrow();
    }

    private static List<FieldInput> mandateValues(SignatureRequest request) {
        List<FieldInput> values = new ArrayList<>();
        for (SignatureField field : request.fields()) {
            String label = field.label() == null ? "" : field.label();
            values.add(switch (field.kind()) {
                case SIGNATURE, INITIALS -> FieldInput.drawn(field.id(), SignatureImages.scribble(42));
                case DATE -> FieldInput.text(field.id(), LocalDate.now(Formats.ZONE).toString());
                case CHECKBOX -> FieldInput.text(field.id(), "true");
                case TEXT -> FieldInput.text(field.id(), switch (label) {
                    case "Kontoinhaber" -> "Bäckerei Sonnenschein GmbH";
                    case "IBAN" -> "DE02 1203 0000 0000 2020 51";
                    case "BIC" -> "BYLADEM1001";
                    default -> "München";
                });
            });
        }
        return values;
    }
}
