package org.kundenportal.signatures.ui;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.kundenportal.base.security.PortalUser;
import org.kundenportal.signatures.SignatureFixtures;
import org.kundenportal.signatures.domain.FieldKind;
import org.kundenportal.signatures.domain.NewField;
import org.kundenportal.signatures.domain.SignatureRequest;
import org.springframework.context.ApplicationContext;

/**
 * A company of its own with one person who can sign, and requests for it in every state, made through the real
 * service (see {@link SignatureFixtures}); the titles carry a prefix unique to the test, which it searches for.
 */
class StaffSignatureFixtures {

    static final String SIGNER_ADDRESS = "203.0.113.7";

    final SignatureFixtures core;
    final long company;
    final String companyName;
    final PortalUser signer;

    StaffSignatureFixtures(ApplicationContext context) {
        core = new SignatureFixtures(context);
        company = core.company();
        companyName = core.access.contacts.name(company).orElseThrow();
        signer = core.signer(company, "de");
    }

    static String text(String key, Object... arguments) {
        return UI.getCurrent().getTranslation(key, arguments);
    }

    /** The texts of the notifications open now. */
    static List<String> notifications() {
        return NotificationsKt.getNotifications().stream().map(Notification::getElement)
                .map(element -> element.getProperty("text")).toList();
    }

    static String uniquePrefix(String word) {
        return word + "-" + System.nanoTime();
    }

    /** A PDF larger than the upload limit: a valid document padded with comment lines after its end. */
    static byte[] larger(byte[] pdf, int bytes) {
        byte[] big = new byte[bytes];
        System.arraycopy(pdf, 0, big, 0, pdf.length);
        for (int i = pdf.length; i < bytes; i++) {
            big[i] = (byte) ((i - pdf.length) % 64 == 0 ? '\n' : '%');
        }
        return big;
    }

    /** A DRAFT of two A4 pages for the company's signer, without fields. */
    SignatureRequest draft(String title) {
        return core.staffView(core.draft(company, signer, title, SignatureFixtures.pdf(2)));
    }

    /** A required signature on page 2 and an optional date on page 1. */
    static List<NewField> someFields() {
        return List.of(
                new NewField(FieldKind.SIGNATURE, "Kunde", true, 2, new BigDecimal("0.1"), new BigDecimal("0.8"),
                        new BigDecimal("0.3"), new BigDecimal("0.06")),
                new NewField(FieldKind.DATE, "Datum", false, 1, new BigDecimal("0.6"), new BigDecimal("0.1"),
                        new BigDecimal("0.15"), new BigDecimal("0.03")));
    }

    SignatureRequest withFields(SignatureRequest draft) {
        core.service.replaceFields(draft, someFields(), core.staff().id());
        return core.staffView(draft.number());
    }

    SignatureRequest sent(String title) {
        SignatureRequest request = withFields(draft(title));
        core.service.send(request, core.staff().id());
        return core.staffView(request.number());
    }

    /** Sent and signed by the signer: a drawn signature and a date (2026-03-01). */
    SignatureRequest signed(String title) {
        SignatureRequest request = sent(title);
        core.service.sign(signer, core.scope(signer), request.number(), SignatureFixtures.allValues(request),
                SIGNER_ADDRESS, Locale.GERMAN);
        return core.staffView(request.number());
    }

    SignatureRequest find(String number) {
        return core.staffView(number);
    }
}
