package org.kundenportal.signatures;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.kundenportal.TestAccounts;
import org.kundenportal.TestWorld;
import org.kundenportal.access.AccessFixtures;
import org.kundenportal.base.security.PortalScope;
import org.kundenportal.base.security.PortalScopeService;
import org.kundenportal.base.security.PortalUser;
import org.kundenportal.base.signature.SignatureImages;
import org.kundenportal.signatures.domain.FieldInput;
import org.kundenportal.signatures.domain.FieldKind;
import org.kundenportal.signatures.domain.NewField;
import org.kundenportal.signatures.domain.NewSignatureRequest;
import org.kundenportal.signatures.domain.SignatureField;
import org.kundenportal.signatures.domain.SignatureRepository;
import org.kundenportal.signatures.domain.SignatureRequest;
import org.kundenportal.signatures.domain.SignatureService;
import org.openpdf.text.Document;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.context.ApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Each test's own companies, signers and requests, built through the real service, and small PDFs made with
 * OpenPDF. Every request gets one field of each kind: the signature and the text are required, the others optional.
 */
public class SignatureFixtures {

    /** What {@link #allValues} types into the text field (a name in block letters). */
    public static final String PRINTED_NAME = "Sina Signer";

    public final SignatureService service;
    public final SignatureRepository requests;
    public final AccessFixtures access;
    private final PortalScopeService scopes;
    private final PasswordEncoder passwords;

    public SignatureFixtures(ApplicationContext context) {
        service = context.getBean(SignatureService.class);
        requests = context.getBean(SignatureRepository.class);
        access = new AccessFixtures(context);
        scopes = context.getBean(PortalScopeService.class);
        passwords = context.getBean(PasswordEncoder.class);
    }

    public long company() {
        return access.customerCompany(AccessFixtures.uniqueName("Signaturtest GmbH"));
    }

    /** A person of the company with a registered portal login ({@link TestAccounts#PASSWORD}), able to sign. */
    public PortalUser signer(long companyId, String language) {
        String email = AccessFixtures.uniqueEmail("signer");
        // unique among all tests' signers, and no name a prefix of another's: the staff list is searched by name
        long contact = access.person(companyId, "Sina Signer " + java.util.UUID.randomUUID().toString().substring(0, 8),
                email, language);
        long userId = access.grant(contact);
        access.users.setPasswordHash(userId, passwords.encode(TestAccounts.PASSWORD));
        return access.principal(email);
    }

    public PortalUser staff() {
        return access.principal(TestWorld.STAFF);
    }

    public PortalScope scope(PortalUser user) {
        return scopes.scopeOf(user);
    }

    /** A PDF with the given number of A4 pages, each saying which page it is. */
    public static byte[] pdf(int pages) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4);
        PdfWriter.getInstance(document, out);
        document.open();
        for (int page = 1; page <= pages; page++) {
            if (page > 1) {
                document.newPage();
            }
            document.add(new Paragraph("Testvertrag Seite " + page));
        }
        document.close();
        return out.toByteArray();
    }

    /** The PDF with every page turned by the given degrees (the page's /Rotate entry). */
    public static byte[] rotated(byte[] pdf, int degrees) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            document.getPages().forEach(page -> page.setRotation(degrees));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String draft(long companyId, PortalUser signer, String title, byte[] pdf) {
        return service.create(new NewSignatureRequest(title, companyId, signer.id(), "Bitte unterschreiben.",
                "vertrag.pdf", pdf), staff().id());
    }

    public SignatureRequest staffView(String number) {
        return requests.find(PortalScope.staff(), number).orElseThrow();
    }

    /** One field of every kind on the last page; signature and text required. */
    public static List<NewField> everyKind(int page) {
        return List.of(
                field(FieldKind.TEXT, "Name in Druckbuchstaben", true, page, "0.10", "0.10"),
                field(FieldKind.DATE, "Datum", false, page, "0.10", "0.20"),
                field(FieldKind.CHECKBOX, "AGB gelesen", false, page, "0.10", "0.30"),
                field(FieldKind.INITIALS, "Kürzel", false, page, "0.10", "0.40"),
                field(FieldKind.SIGNATURE, "Unterschrift", true, page, "0.10", "0.50"));
    }

    public static NewField field(FieldKind kind, String label, boolean required, int page, String x, String y) {
        BigDecimal width = kind == FieldKind.CHECKBOX ? new BigDecimal("0.04") : new BigDecimal("0.35");
        BigDecimal height = kind == FieldKind.CHECKBOX ? new BigDecimal("0.03") : new BigDecimal("0.06");
        return new NewField(kind, label, required, page, new BigDecimal(x), new BigDecimal(y), width, height);
    }

    /** A request SENT to the signer, with {@link #everyKind} on its last page. */
    public SignatureRequest sent(long companyId, PortalUser signer, int pages) {
        return sent(companyId, signer, pages, "Testvertrag " + System.nanoTime());
    }

    public SignatureRequest sent(long companyId, PortalUser signer, int pages, String title) {
        String number = draft(companyId, signer, title, pdf(pages));
        service.replaceFields(staffView(number), everyKind(pages), staff().id());
        service.send(staffView(number), staff().id());
        return staffView(number);
    }

    /** A value for every field. */
    public static List<FieldInput> allValues(SignatureRequest request) {
        List<FieldInput> values = new ArrayList<>();
        for (SignatureField field : request.fields()) {
            values.add(switch (field.kind()) {
                case TEXT -> FieldInput.text(field.id(), PRINTED_NAME);
                case DATE -> FieldInput.text(field.id(), "2026-03-01");
                case CHECKBOX -> FieldInput.text(field.id(), "true");
                case SIGNATURE, INITIALS -> FieldInput.drawn(field.id(), SignatureImages.scribble(field.id()));
            });
        }
        return values;
    }

    public SignatureRequest signed(long companyId, PortalUser signer) {
        SignatureRequest request = sent(companyId, signer, 1);
        return service.sign(signer, scope(signer), request.number(), allValues(request), "203.0.113.7",
                java.util.Locale.GERMAN);
    }
}
