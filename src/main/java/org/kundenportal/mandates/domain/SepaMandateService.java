package org.kundenportal.mandates.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jooq.exception.IntegrityConstraintViolationException;
import org.kundenportal.base.audit.AuditAction;
import org.kundenportal.base.audit.AuditLog;
import org.kundenportal.base.i18n.Formats;
import org.kundenportal.base.settings.SettingKey;
import org.kundenportal.base.settings.Settings;
import org.kundenportal.base.validation.RefusedException;
import org.kundenportal.settings.domain.Iban;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * SEPA direct debit mandates: staff register one from a signature request the customer signed, and revoke it. The
 * company's invoices posted while it is active are collected by direct debit (see the invoices' posting).
 */
@Service
public class SepaMandateService {

    public static final int MAX_REFERENCE = 35;
    public static final int MAX_DEBTOR_NAME = 70;
    /** The characters SEPA allows in a mandate reference (the EPC's Latin subset without the space). */
    private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9/?:().,'+-]{1," + MAX_REFERENCE + "}");
    private static final Pattern BIC = Pattern.compile("[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?");

    private final SepaMandateRepository mandates;
    private final SignedForms forms;
    private final Settings settings;
    private final AuditLog audit;

    public SepaMandateService(SepaMandateRepository mandates, SignedForms forms, Settings settings,
                              AuditLog audit) {
        this.mandates = mandates;
        this.forms = forms;
        this.settings = settings;
        this.audit = audit;
    }

    /** What the signed request's fields say, by label (Kontoinhaber, IBAN, BIC), as a start for staff's form. */
    public static NewMandate draftFrom(SignedForm form) {
        LocalDate signedOn = form.signedAt() == null ? null : LocalDate.ofInstant(form.signedAt(), Formats.ZONE);
        return new NewMandate(form.id(), "", form.text("Kontoinhaber").orElse(form.companyName()),
                form.text("IBAN").map(Iban::grouped).orElse(""), form.text("BIC").orElse(""), signedOn);
    }

    /**
     * Registers the mandate for the company of the signed request.
     *
     * @throws RefusedException naming what is wrong; nothing was stored
     */
    @Transactional
    public SepaMandate register(NewMandate input, long staffUserId) {
        if (settings.get(SettingKey.COMPANY_CREDITOR_ID).isBlank()) {
            throw new RefusedException("mandates.error.creditor-id");
        }
        SignedForm request = forms.signed(input.signatureRequestId())
                .orElseThrow(() -> new RefusedException("mandates.error.not-signed"));
        NewMandate mandate = normalized(input);
        if (!REFERENCE.matcher(mandate.reference()).matches()) {
            throw new RefusedException("mandates.error.reference", MAX_REFERENCE);
        }
        if (mandate.debtorName().isEmpty() || mandate.debtorName().length() > MAX_DEBTOR_NAME) {
            throw new RefusedException("mandates.error.debtor-name", MAX_DEBTOR_NAME);
        }
        if (!Iban.isValid(mandate.iban())) {
            throw new RefusedException("mandates.error.iban");
        }
        if (mandate.bic() != null && !BIC.matcher(mandate.bic()).matches()) {
            throw new RefusedException("mandates.error.bic");
        }
        if (mandate.signedOn() == null || mandate.signedOn().isAfter(LocalDate.now(Formats.ZONE))) {
            throw new RefusedException("mandates.error.signed-on");
        }
        if (mandates.referenceTaken(mandate.reference())) {
            throw new RefusedException("mandates.error.reference-taken", mandate.reference());
        }
        if (mandates.active(request.companyId()).isPresent()) {
            throw new RefusedException("mandates.error.active-exists", request.companyName());
        }
        long id;
        try {
            id = mandates.insert(request.companyId(), mandate, staffUserId);
        } catch (DataIntegrityViolationException | IntegrityConstraintViolationException takenMeanwhile) {
            // another tab registered the same reference or another mandate of the company just now
            throw new RefusedException("mandates.error.taken-meanwhile");
        }
        audit.record(AuditAction.MANDATE_REGISTERED, "sepa_mandate", id, mandate.reference());
        return mandates.find(id).orElseThrow();
    }

    /** Invoices posted from now on are paid by bank transfer again; those posted before keep their mandate. */
    @Transactional
    public void revoke(long mandateId, long staffUserId) {
        if (!mandates.revoke(mandateId, staffUserId, Instant.now())) {
            throw new RefusedException("mandates.error.already-revoked");
        }
        audit.record(AuditAction.MANDATE_REVOKED, "sepa_mandate", mandateId, null);
    }

    public Optional<SepaMandate> active(long companyId) {
        return mandates.active(companyId);
    }

    /** The mandate registered from the request, the newest if it was registered, revoked and registered again. */
    public Optional<SepaMandate> ofRequest(long signatureRequestId) {
        return mandates.ofRequest(signatureRequestId).stream().findFirst();
    }

    private static NewMandate normalized(NewMandate input) {
        String bic = input.bic() == null ? "" : input.bic().replaceAll("\\s+", "").toUpperCase(java.util.Locale.ROOT);
        return new NewMandate(input.signatureRequestId(), strip(input.reference()), strip(input.debtorName()),
                Iban.compact(input.iban()), bic.isEmpty() ? null : bic, input.signedOn());
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }
}
