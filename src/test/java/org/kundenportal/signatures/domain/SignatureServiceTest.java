package org.kundenportal.signatures.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kundenportal.db.Tables.AUDIT_LOG;
import static org.kundenportal.db.Tables.HISTORY_ENTRY;
import static org.kundenportal.db.Tables.SIGNATURE_FIELD;
import static org.kundenportal.db.Tables.SIGNATURE_PAGE;
import static org.kundenportal.db.Tables.SIGNATURE_REQUEST;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kundenportal.Mails;
import org.kundenportal.SpringTest;
import org.kundenportal.base.security.Hashes;
import org.kundenportal.base.security.PortalScope;
import org.kundenportal.base.security.PortalUser;
import org.kundenportal.base.validation.RefusedException;
import org.kundenportal.documents.domain.DocumentFilter;
import org.kundenportal.documents.domain.DocumentType;
import org.kundenportal.signatures.SignatureFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DataAccessException;

class SignatureServiceTest extends SpringTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    DSLContext db;

    SignatureFixtures fixtures;
    SignatureService service;
    SignatureRepository requests;
    long company;
    PortalUser signer;

    @BeforeEach
    void setUp() {
        fixtures = new SignatureFixtures(context);
        service = fixtures.service;
        requests = fixtures.requests;
        company = fixtures.company();
        signer = fixtures.signer(company, "de");
    }

    private List<String> events(SignatureRequest request) {
        return db.select(HISTORY_ENTRY.EVENT).from(HISTORY_ENTRY)
                .where(HISTORY_ENTRY.DOCUMENT_TYPE.eq(DocumentType.SIGNATURE), HISTORY_ENTRY.DOCUMENT_ID.eq(request.id()),
                        HISTORY_ENTRY.KIND.eq("EVENT"))
                .orderBy(HISTORY_ENTRY.ID).fetch(HISTORY_ENTRY.EVENT);
    }

    private int refusedAttempts(SignatureRequest request) {
        return db.fetchCount(AUDIT_LOG, AUDIT_LOG.ACTION.eq("SIGNATURE_CHANGE_REFUSED")
                .and(AUDIT_LOG.TARGET_ID.eq(request.id())));
    }

    private static String text(byte[] pdf, int fromPage, int toPage) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(fromPage);
            stripper.setEndPage(toPage);
            return stripper.getText(document);
        }
    }

    @Test
    void aDraftHasEveryPageRenderedAndTheOriginalsHashAndStaysOutOfThePortal() throws IOException {
        byte[] pdf = SignatureFixtures.pdf(2);
        String number = fixtures.draft(company, signer, "Rahmenvertrag", pdf);

        SignatureRequest draft = fixtures.staffView(number);
        assertThat(number).matches("SIG-\\d{4}-\\d{5}");
        assertThat(draft.state()).isEqualTo(SignatureState.DRAFT);
        assertThat(draft.pageCount()).isEqualTo(2);
        assertThat(draft.originalSha256()).isEqualTo(Hashes.sha256Hex(pdf));
        assertThat(draft.pages()).extracting(SignaturePage::page).containsExactly(1, 2);
        assertThat(draft.pages().getFirst().widthPt()).isEqualByComparingTo("595.00");
        BufferedImage page = ImageIO.read(new ByteArrayInputStream(requests.pageImage(PortalScope.staff(), number, 2).orElseThrow()));
        assertThat(page.getWidth()).isEqualTo(PdfPages.IMAGE_WIDTH);
        assertThat(page.getHeight()).isBetween(1740, 1760);
        assertThat(events(draft)).containsExactly("CREATED");

        PortalScope portal = fixtures.scope(signer);
        assertThat(requests.find(portal, number)).isEmpty();
        assertThat(requests.pageImage(portal, number, 1)).isEmpty();
        assertThat(requests.originalPdf(portal, number)).isEmpty();
        assertThat(requests.page(portal, DocumentFilter.none(), 0, 100, List.of())).isEmpty();
    }

    @Test
    void uploadsThatAreNoUsablePdfOrForTheWrongPersonAreRefusedAndNothingIsStored() {
        int before = db.fetchCount(SIGNATURE_REQUEST);
        PortalUser stranger = fixtures.signer(fixtures.company(), "de");
        byte[] tooBig = new byte[PdfPages.MAX_BYTES + 1];
        System.arraycopy("%PDF-1.4".getBytes(), 0, tooBig, 0, 8);

        assertRefused(() -> fixtures.draft(company, signer, "x", "Hallo Welt".getBytes()), "signatures.error.not-a-pdf");
        assertRefused(() -> fixtures.draft(company, signer, "x", "%PDF-1.4 kaputt".getBytes()), "signatures.error.not-a-pdf");
        assertRefused(() -> fixtures.draft(company, signer, "x", new byte[0]), "signatures.error.file-empty");
        assertRefused(() -> fixtures.draft(company, signer, "x", tooBig), "signatures.error.file-too-large");
        assertRefused(() -> fixtures.draft(company, signer, "x", SignatureFixtures.pdf(51)), "signatures.error.too-many-pages");
        assertRefused(() -> fixtures.draft(company, signer, " ", SignatureFixtures.pdf(1)), "signatures.error.title-required");
        assertRefused(() -> fixtures.draft(company, stranger, "x", SignatureFixtures.pdf(1)),
                "signatures.error.signer-not-in-company");
        assertThat(db.fetchCount(SIGNATURE_REQUEST)).isEqualTo(before);
    }

    @Test
    void fieldsAreCheckedAndAStaleVersionChangesNothing() {
        String number = fixtures.draft(company, signer, "Felder", SignatureFixtures.pdf(2));
        SignatureRequest draft = fixtures.staffView(number);
        long staff = fixtures.staff().id();

        assertRefused(() -> service.replaceFields(draft, List.of(), staff), "signatures.error.no-fields");
        assertRefused(() -> service.replaceFields(draft, List.of(SignatureFixtures.field(
                org.kundenportal.signatures.domain.FieldKind.TEXT, "Nur Text", true, 1, "0.1", "0.1")), staff),
                "signatures.error.no-signature-field");
        assertRefused(() -> service.replaceFields(draft, List.of(SignatureFixtures.field(FieldKind.SIGNATURE, "U", true,
                1, "0.8", "0.1")), staff), "signatures.error.field-outside");
        assertRefused(() -> service.replaceFields(draft, List.of(SignatureFixtures.field(FieldKind.SIGNATURE, "U", true,
                3, "0.1", "0.1")), staff), "signatures.error.field-page");
        assertRefused(() -> service.send(draft, staff), "signatures.error.no-fields");
        assertThat(db.fetchCount(SIGNATURE_FIELD, SIGNATURE_FIELD.REQUEST_ID.eq(draft.id()))).isZero();

        service.replaceFields(draft, SignatureFixtures.everyKind(2), staff);
        assertThat(fixtures.staffView(number).fields()).hasSize(5);
        assertRefused(() -> service.replaceFields(draft, SignatureFixtures.everyKind(1), staff),
                "signatures.error.changed-meanwhile");
        assertThat(fixtures.staffView(number).fields()).allSatisfy(field -> assertThat(field.page()).isEqualTo(2));
    }

    @Test
    void sendingShowsTheRequestInThePortalAndMailsTheSignerALink() {
        SignatureRequest request = fixtures.sent(company, signer, 1);

        assertThat(request.state()).isEqualTo(SignatureState.SENT);
        assertThat(request.sentAt()).isNotNull();
        assertThat(events(request)).containsExactly("CREATED", "SENT");
        PortalScope portal = fixtures.scope(signer);
        assertThat(requests.find(portal, request.number())).isPresent();
        assertThat(requests.countWaiting(portal)).isEqualTo(1);
        var mail = Mails.awaitMailTo(fixtures.access.smtp, signer.email());
        assertThat(Mails.subject(mail)).contains(request.number());
        assertThat(Mails.text(mail)).contains("/signatures/" + request.number()).contains("Bitte unterschreiben.");
    }

    @Test
    void signingStampsTheValuesAndAppendsAnAuditPageWithSignerTimeAddressAndBothHashes() throws IOException {
        SignatureRequest request = fixtures.sent(company, signer, 2);
        SignatureRequest signed = service.sign(signer, fixtures.scope(signer), request.number(),
                SignatureFixtures.allValues(request), "203.0.113.7", Locale.GERMAN);

        assertThat(signed.state()).isEqualTo(SignatureState.SIGNED);
        assertThat(signed.signedByName()).isEqualTo(signer.displayName());
        assertThat(signed.signerAddress()).isEqualTo("203.0.113.7");
        assertThat(signed.fields()).allSatisfy(field -> assertThat(field.filledAt()).isNotNull());
        byte[] original = requests.originalPdf(fixtures.scope(signer), request.number()).orElseThrow().content();
        byte[] pdf = requests.signedPdf(fixtures.scope(signer), request.number()).orElseThrow().content();
        assertThat(Hashes.sha256Hex(original)).isEqualTo(signed.originalSha256());
        assertThat(Hashes.sha256Hex(pdf)).isEqualTo(signed.signedSha256());

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(3);
        }
        assertThat(text(pdf, 2, 2)).contains("Testvertrag Seite 2").contains(SignatureFixtures.PRINTED_NAME).contains("01.03.2026");
        String audit = text(pdf, 3, 3);
        assertThat(audit).contains(signer.displayName()).contains(signer.email()).contains(request.number())
                .contains("203.0.113.7").contains(signed.originalSha256())
                .contains(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
                        .withZone(java.time.ZoneOffset.UTC).format(signed.signedAt()));
        // the second hash on the audit page is that of the stamped pages: neither the original's nor the file's
        java.util.regex.Matcher hashes = java.util.regex.Pattern.compile("\\b[0-9a-f]{64}\\b").matcher(audit);
        List<String> found = new ArrayList<>();
        while (hashes.find()) {
            found.add(hashes.group());
        }
        assertThat(found).hasSize(2).first().isEqualTo(signed.originalSha256());
        assertThat(found.get(1)).isNotIn(signed.originalSha256(), signed.signedSha256());
        assertThat(events(signed)).containsExactly("CREATED", "SENT", "SIGNED");
        assertThat(db.select(HISTORY_ENTRY.BODY).from(HISTORY_ENTRY)
                .where(HISTORY_ENTRY.DOCUMENT_TYPE.eq(DocumentType.SIGNATURE), HISTORY_ENTRY.DOCUMENT_ID.eq(signed.id()),
                        HISTORY_ENTRY.EVENT.eq("SIGNED"))
                .fetchSingle(HISTORY_ENTRY.BODY)).contains(signed.originalSha256()).contains(signed.signedSha256());
    }

    @Test
    void valuesLandInsideTheirBoxEvenOnARotatedPage() throws IOException {
        for (int rotation : new int[] {0, 90, 270}) {
            String number = fixtures.draft(company, signer, "Gedreht " + rotation,
                    SignatureFixtures.rotated(SignatureFixtures.pdf(1), rotation));
            NewField box = new NewField(FieldKind.SIGNATURE, "Unterschrift", true, 1, new BigDecimal("0.60"),
                    new BigDecimal("0.70"), new BigDecimal("0.30"), new BigDecimal("0.10"));
            service.replaceFields(fixtures.staffView(number), List.of(box), fixtures.staff().id());
            service.send(fixtures.staffView(number), fixtures.staff().id());
            SignatureRequest request = fixtures.staffView(number);
            service.sign(signer, fixtures.scope(signer), number, SignatureFixtures.allValues(request), null, Locale.GERMAN);

            byte[] pdf = requests.signedPdf(PortalScope.staff(), number).orElseThrow().content();
            try (PDDocument document = Loader.loadPDF(pdf)) {
                BufferedImage image = new PDFRenderer(document).renderImage(0, 0.5f);
                int inside = ink(image, 0.60, 0.70, 0.30, 0.10);
                int mirrored = ink(image, 0.10, 0.20, 0.30, 0.10);
                assertThat(inside).as("ink in the box at rotation %d", rotation).isGreaterThan(20);
                assertThat(mirrored).as("ink elsewhere at rotation %d", rotation).isZero();
            }
        }
    }

    private static int ink(BufferedImage image, double x, double y, double width, double height) {
        int count = 0;
        for (int px = (int) (x * image.getWidth()); px < (x + width) * image.getWidth(); px++) {
            for (int py = (int) (y * image.getHeight()); py < (y + height) * image.getHeight(); py++) {
                int rgb = image.getRGB(px, py);
                if (((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff) < 500) {
                    count++;
                }
            }
        }
        return count;
    }

    @Test
    void aMissingRequiredFieldIsRefusedAndNothingIsStored() {
        SignatureRequest request = fixtures.sent(company, signer, 1);
        List<FieldInput> withoutText = SignatureFixtures.allValues(request).stream()
                .filter(value -> request.fields().stream().noneMatch(field -> field.id() == value.fieldId()
                        && field.kind() == FieldKind.TEXT))
                .toList();

        assertRefused(() -> service.sign(signer, fixtures.scope(signer), request.number(), withoutText, null, Locale.GERMAN),
                "signatures.error.required-missing");
        assertRefused(() -> service.sign(signer, fixtures.scope(signer), request.number(),
                List.of(FieldInput.text(-1, "x")), null, Locale.GERMAN), "signatures.error.unknown-field");
        SignatureRequest after = fixtures.staffView(request.number());
        assertThat(after.state()).isEqualTo(SignatureState.SENT);
        assertThat(after.fields()).allSatisfy(field -> assertThat(field.filledAt()).isNull());
    }

    @Test
    void badValuesAreRefusedWithTheFieldsName() {
        SignatureRequest request = fixtures.sent(company, signer, 1);
        List<FieldInput> values = new ArrayList<>(SignatureFixtures.allValues(request));
        long textField = request.fields().stream().filter(field -> field.kind() == FieldKind.TEXT).findFirst().orElseThrow().id();
        long signatureField = request.fields().stream().filter(field -> field.kind() == FieldKind.SIGNATURE).findFirst().orElseThrow().id();
        long dateField = request.fields().stream().filter(field -> field.kind() == FieldKind.DATE).findFirst().orElseThrow().id();

        assertRefused(() -> service.sign(signer, fixtures.scope(signer), request.number(),
                replace(values, FieldInput.text(textField, "Zoë 漢字")), null, Locale.GERMAN), "signatures.error.text-characters");
        assertRefused(() -> service.sign(signer, fixtures.scope(signer), request.number(),
                replace(values, FieldInput.drawn(signatureField, "not a png".getBytes())), null, Locale.GERMAN),
                "signatures.error.signature-unusable");
        assertRefused(() -> service.sign(signer, fixtures.scope(signer), request.number(),
                replace(values, FieldInput.text(dateField, "31.02.2026")), null, Locale.GERMAN), "signatures.error.date-invalid");
        assertThat(fixtures.staffView(request.number()).state()).isEqualTo(SignatureState.SENT);
    }

    private static List<FieldInput> replace(List<FieldInput> values, FieldInput replacement) {
        List<FieldInput> replaced = new ArrayList<>(values.stream().filter(value -> value.fieldId() != replacement.fieldId()).toList());
        replaced.add(replacement);
        return replaced;
    }

    @Test
    void aSecondSigningIsRefusedAndTheAttemptIsLogged() {
        SignatureRequest signed = fixtures.signed(company, signer);
        byte[] pdf = requests.signedPdf(PortalScope.staff(), signed.number()).orElseThrow().content();

        assertRefused(() -> service.sign(signer, fixtures.scope(signer), signed.number(), SignatureFixtures.allValues(signed),
                "198.51.100.1", Locale.GERMAN), "signatures.error.already-signed");

        assertThat(refusedAttempts(signed)).isEqualTo(1);
        SignatureRequest after = fixtures.staffView(signed.number());
        assertThat(after.signerAddress()).isEqualTo("203.0.113.7");
        assertThat(after.signedSha256()).isEqualTo(signed.signedSha256());
        assertThat(requests.signedPdf(PortalScope.staff(), signed.number()).orElseThrow().content()).isEqualTo(pdf);
    }

    @Test
    void aSigningPreparedOnAnOlderVersionIsRefusedAsAlreadySigned() {
        SignatureRequest request = fixtures.sent(company, signer, 1);
        service.sign(signer, fixtures.scope(signer), request.number(), SignatureFixtures.allValues(request), "203.0.113.7",
                Locale.GERMAN);
        // a second tab still holds the SENT request it loaded before: the guarded UPDATE finds nothing to sign
        assertRefused(() -> service.cancel(request, fixtures.staff().id()), "signatures.error.already-signed");
        assertThat(refusedAttempts(request)).isEqualTo(1);
        assertThat(fixtures.staffView(request.number()).state()).isEqualTo(SignatureState.SIGNED);
    }

    @Test
    void staffCannotChangeCancelOrResendASignedRequestAndEachAttemptIsLogged() {
        SignatureRequest signed = fixtures.signed(company, signer);
        long staff = fixtures.staff().id();

        assertRefused(() -> service.replaceFields(signed, SignatureFixtures.everyKind(1), staff), "signatures.error.already-signed");
        assertRefused(() -> service.cancel(signed, staff), "signatures.error.already-signed");
        assertRefused(() -> service.send(signed, staff), "signatures.error.already-signed");

        assertThat(refusedAttempts(signed)).isEqualTo(3);
        assertThat(fixtures.staffView(signed.number()).fields()).extracting(SignatureField::filledAt).doesNotContainNull();
    }

    @Test
    void theDatabaseRefusesDirectChangesToASignedRequestItsFieldsAndPages() {
        SignatureRequest signed = fixtures.signed(company, signer);

        assertThatThrownBy(() -> db.update(SIGNATURE_REQUEST).set(SIGNATURE_REQUEST.TITLE, "geändert")
                .where(SIGNATURE_REQUEST.ID.eq(signed.id())).execute())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("signed");
        assertThatThrownBy(() -> db.update(SIGNATURE_REQUEST).set(SIGNATURE_REQUEST.SIGNED_PDF, new byte[] {1})
                .where(SIGNATURE_REQUEST.ID.eq(signed.id())).execute())
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> db.deleteFrom(SIGNATURE_REQUEST).where(SIGNATURE_REQUEST.ID.eq(signed.id())).execute())
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> db.update(SIGNATURE_FIELD).set(SIGNATURE_FIELD.TEXT_VALUE, "anders")
                .where(SIGNATURE_FIELD.REQUEST_ID.eq(signed.id())).execute())
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> db.deleteFrom(SIGNATURE_FIELD).where(SIGNATURE_FIELD.REQUEST_ID.eq(signed.id())).execute())
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> db.deleteFrom(SIGNATURE_PAGE).where(SIGNATURE_PAGE.REQUEST_ID.eq(signed.id())).execute())
                .isInstanceOf(DataAccessException.class);

        SignatureRequest after = fixtures.staffView(signed.number());
        assertThat(after.title()).isEqualTo(signed.title());
        assertThat(after.signedSha256()).isEqualTo(signed.signedSha256());
        assertThat(after.fields()).hasSize(signed.fields().size());
    }

    @Test
    void anotherCompanysUserCannotSeeDownloadOrSign() {
        SignatureRequest request = fixtures.sent(company, signer, 1);
        PortalUser stranger = fixtures.signer(fixtures.company(), "de");
        PortalScope theirs = fixtures.scope(stranger);

        assertThat(requests.find(theirs, request.number())).isEmpty();
        assertThat(requests.find(theirs, request.id())).isEmpty();
        assertThat(requests.pageImage(theirs, request.number(), 1)).isEmpty();
        assertThat(requests.originalPdf(theirs, request.number())).isEmpty();
        assertThat(requests.page(theirs, DocumentFilter.none(), 0, 100, List.of())).isEmpty();
        assertRefused(() -> service.sign(stranger, theirs, request.number(), SignatureFixtures.allValues(request), null,
                Locale.GERMAN), "signatures.error.not-found");

        SignatureRequest signed = fixtures.signed(company, signer);
        assertThat(requests.signedPdf(theirs, signed.number())).isEmpty();
        assertThat(requests.signedPdf(fixtures.scope(signer), signed.number())).isPresent();
    }

    @Test
    void onlyTheSignerSignsAColleagueSeesTheRequest() {
        SignatureRequest request = fixtures.sent(company, signer, 1);
        PortalUser colleague = fixtures.signer(company, "en");

        assertThat(requests.find(fixtures.scope(colleague), request.number())).isPresent();
        assertRefused(() -> service.sign(colleague, fixtures.scope(colleague), request.number(),
                SignatureFixtures.allValues(request), null, Locale.ENGLISH), "signatures.error.not-signer");
        assertThat(fixtures.staffView(request.number()).state()).isEqualTo(SignatureState.SENT);
    }

    @Test
    void aCancelledRequestCanNoLongerBeSigned() {
        SignatureRequest request = fixtures.sent(company, signer, 1);
        service.cancel(request, fixtures.staff().id());

        assertRefused(() -> service.sign(signer, fixtures.scope(signer), request.number(), SignatureFixtures.allValues(request),
                null, Locale.GERMAN), "signatures.error.cancelled");
        assertThat(fixtures.staffView(request.number()).state()).isEqualTo(SignatureState.CANCELLED);
        assertThat(events(request)).containsExactly("CREATED", "SENT", "CANCELLED");
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOf(RefusedException.class)
                .extracting(thrown -> ((RefusedException) thrown).messageKey()).isEqualTo(key);
    }
}
