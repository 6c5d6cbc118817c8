package org.kundenportal.mandates;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.kundenportal.TestAccounts;
import org.kundenportal.access.AccessFixtures;
import org.kundenportal.base.i18n.Formats;
import org.kundenportal.base.security.AreaPermission;
import org.kundenportal.base.security.PortalUser;
import org.kundenportal.base.settings.SettingKey;
import org.kundenportal.base.settings.Settings;
import org.kundenportal.base.signature.SignatureImages;
import org.kundenportal.mandates.domain.NewMandate;
import org.kundenportal.mandates.domain.SepaMandate;
import org.kundenportal.mandates.domain.SepaMandateService;
import org.kundenportal.signatures.SignatureFixtures;
import org.kundenportal.signatures.domain.FieldInput;
import org.kundenportal.signatures.domain.FieldKind;
import org.kundenportal.signatures.domain.SignatureField;
import org.kundenportal.signatures.domain.SignatureRequest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Each test's own company with a signed SEPA mandate form (account holder, IBAN, BIC), built through the real
 * services; the test world's customers keep paying by transfer, as the online payment tests expect.
 */
public class MandateFixtures {

    public static final String CREDITOR_ID = "DE98ZZZ09999999999";
    public static final String HOLDER = "Lastschrift Test GmbH";
    public static final String IBAN = "DE02120300000000202051";
    public static final String BIC = "BYLADEM1001";

    public final SignatureFixtures signatures;
    public final SepaMandateService service;
    private final Settings settings;
    private final PasswordEncoder passwords;

    public MandateFixtures(ApplicationContext context) {
        passwords = context.getBean(PasswordEncoder.class);
        signatures = new SignatureFixtures(context);
        service = context.getBean(SepaMandateService.class);
        settings = context.getBean(Settings.class);
    }

    /** Changes a setting: only in tests that restore them ({@code RestoreSettings}). */
    public void creditorId(String value) {
        settings.put(SettingKey.COMPANY_CREDITOR_ID, value, null);
    }

    public static String uniqueReference() {
        return "T-" + System.nanoTime();
    }

    /** The mandate form, sent to a new signer of the company. */
    public SignatureRequest sentForm(long companyId) {
        return sentForm(companyId, signatures.signer(companyId, "de"));
    }

    private SignatureRequest sentForm(long companyId, PortalUser signer) {
        String number = signatures.draft(companyId, signer, "SEPA-Lastschriftmandat " + System.nanoTime(),
                SignatureFixtures.pdf(1));
        signatures.service.replaceFields(signatures.staffView(number), List.of(
                SignatureFixtures.field(FieldKind.TEXT, "Kontoinhaber", true, 1, "0.10", "0.10"),
                SignatureFixtures.field(FieldKind.TEXT, "IBAN", true, 1, "0.10", "0.20"),
                SignatureFixtures.field(FieldKind.TEXT, "BIC", false, 1, "0.10", "0.30"),
                SignatureFixtures.field(FieldKind.SIGNATURE, "Unterschrift", true, 1, "0.10", "0.50")),
                signatures.staff().id());
        signatures.service.send(signatures.staffView(number), signatures.staff().id());
        return signatures.staffView(number);
    }

    /** The mandate form as the customer signed it: holder, IBAN (typed with spaces) and BIC filled in. */
    public SignatureRequest signedForm(long companyId) {
        PortalUser signer = signatures.signer(companyId, "de");
        SignatureRequest sent = sentForm(companyId, signer);
        List<FieldInput> values = sent.fields().stream().map(field -> value(field)).toList();
        return signatures.service.sign(signer, signatures.scope(signer), sent.number(), values, "203.0.113.7",
                Locale.GERMAN);
    }

    private static FieldInput value(SignatureField field) {
        if (field.kind() == FieldKind.SIGNATURE) {
            return FieldInput.drawn(field.id(), SignatureImages.scribble(field.id()));
        }
        return FieldInput.text(field.id(), switch (field.label()) {
            case "Kontoinhaber" -> HOLDER;
            case "IBAN" -> "DE02 1203 0000 0000 2020 51";
            default -> BIC;
        });
    }

    /** A person of the company who may see its invoices in the portal, with {@link TestAccounts#PASSWORD}; its email. */
    public String invoiceReader(long companyId) {
        String email = AccessFixtures.uniqueEmail("reader");
        long contact = signatures.access.person(companyId, "Rita Reader", email, "en");
        long userId = signatures.access.grant(contact, AreaPermission.INVOICES);
        signatures.access.users.setPasswordHash(userId, passwords.encode(TestAccounts.PASSWORD));
        return email;
    }

    public SepaMandate register(SignatureRequest signed, String reference) {
        return service.register(new NewMandate(signed.id(), reference, HOLDER, IBAN, BIC, LocalDate.now(Formats.ZONE)),
                signatures.staff().id());
    }
}
