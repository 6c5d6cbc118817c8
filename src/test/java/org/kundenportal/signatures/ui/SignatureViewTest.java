package org.kundenportal.signatures.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kundenportal.KaribuTest;
import org.kundenportal.TestAccounts;
import org.kundenportal.TestWorld;
import org.kundenportal.base.security.PortalUser;
import org.kundenportal.base.signature.SignatureImages;
import org.kundenportal.base.ui.HomeCardCounter;
import org.kundenportal.base.ui.SignaturePad;
import org.kundenportal.documents.ui.PreviewBanner;
import org.kundenportal.signatures.SignatureFixtures;
import org.kundenportal.signatures.domain.FieldKind;
import org.kundenportal.signatures.domain.SignatureField;
import org.kundenportal.signatures.domain.SignatureRequest;
import org.kundenportal.signatures.domain.SignatureState;

class SignatureViewTest extends KaribuTest {

    SignatureFixtures fixtures;
    long company;
    PortalUser signer;
    SignatureRequest request;

    @BeforeEach
    void setUp() {
        fixtures = new SignatureFixtures(context);
        company = fixtures.company();
        signer = fixtures.signer(company, "de");
        request = fixtures.sent(company, signer, 2);
    }

    private String text(String key, Object... arguments) {
        return UI.getCurrent().getTranslation(key, arguments);
    }

    private void open(PortalUser user, String number) {
        login(user.email(), TestAccounts.PASSWORD);
        navigate("signatures/" + number);
    }

    private SignatureView view() {
        return _get(SignatureView.class);
    }

    private SignatureField field(FieldKind kind) {
        return request.fields().stream().filter(field -> field.kind() == kind).findFirst().orElseThrow();
    }

    private Div box(FieldKind kind) {
        return view().pages().box(field(kind).id());
    }

    private boolean red(FieldKind kind) {
        return box(kind).hasClassName(SigningPages.MISSING);
    }

    private void draw(FieldKind kind) {
        _click(_get(box(kind), Button.class));
        _setValue(_get(SignaturePad.class), SignatureImages.scribble(7));
        _click(_get(Button.class, spec -> spec.withId("signature-pad-apply")));
    }

    private String lastNotification() {
        return NotificationsKt.getNotifications().getLast().getElement().getProperty("text");
    }

    @Test
    void requiredFieldsAreRedUntilFilledNextJumpsToThemAndSignWaitsUntilAllAreFilled() {
        open(signer, request.number());

        assertThat(_find(Image.class, spec -> spec.withClasses("signature-page-image"))).hasSize(2)
                .allSatisfy(image -> assertThat(image.getSrc()).startsWith("/documents/signature-pages/" + request.number()));
        assertThat(red(FieldKind.TEXT)).isTrue();
        assertThat(red(FieldKind.SIGNATURE)).isTrue();
        assertThat(red(FieldKind.DATE)).isFalse();
        assertThat(red(FieldKind.CHECKBOX)).isFalse();
        assertThat(red(FieldKind.INITIALS)).isFalse();
        assertThat(box(FieldKind.TEXT).getStyle().get("top")).isEqualTo("10%");
        assertThat(view().signButton().isEnabled()).isFalse();
        assertThat(view().nextButton().isVisible()).isTrue();
        assertThat(_get(Span.class, spec -> spec.withClasses("signature-progress")).getText())
                .isEqualTo(text("signatures.progress", 0, 2));

        _click(view().nextButton());
        assertThat(box(FieldKind.TEXT).hasClassName("signature-field-current")).isTrue();
        _click(view().nextButton());
        assertThat(box(FieldKind.SIGNATURE).hasClassName("signature-field-current")).isTrue();
        assertThat(box(FieldKind.TEXT).hasClassName("signature-field-current")).isFalse();

        _setValue(_get(box(FieldKind.TEXT), TextField.class), "Sina Signer");
        assertThat(red(FieldKind.TEXT)).isFalse();
        assertThat(view().signButton().isEnabled()).isFalse();
        _click(view().nextButton());
        assertThat(box(FieldKind.SIGNATURE).hasClassName("signature-field-current")).isTrue();

        draw(FieldKind.SIGNATURE);
        assertThat(red(FieldKind.SIGNATURE)).isFalse();
        assertThat(_get(box(FieldKind.SIGNATURE), Image.class).getSrc()).startsWith("data:image/png;base64,");
        assertThat(view().nextButton().isVisible()).isFalse();
        assertThat(view().signButton().isEnabled()).isTrue();

        _setValue(_get(box(FieldKind.DATE), DatePicker.class), LocalDate.of(2026, 3, 1));
        _setValue(_get(box(FieldKind.CHECKBOX), Checkbox.class), true);
        _click(view().signButton());
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        SignatureRequest signed = fixtures.staffView(request.number());
        assertThat(signed.state()).isEqualTo(SignatureState.SIGNED);
        assertThat(signed.fields()).filteredOn(field -> field.kind() == FieldKind.TEXT).singleElement()
                .extracting(SignatureField::textValue).isEqualTo("Sina Signer");
        assertThat(signed.fields()).filteredOn(field -> field.kind() == FieldKind.DATE).singleElement()
                .extracting(SignatureField::textValue).isEqualTo("2026-03-01");
        assertThat(signed.fields()).filteredOn(field -> field.kind() == FieldKind.INITIALS).singleElement()
                .extracting(SignatureField::filledAt).isNull();

        // the page now shows the signed state, read-only, with both hashes and the downloads
        assertThat(_find(TextField.class)).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("signature-sign"))).isEmpty();
        assertThat(_get(Span.class, spec -> spec.withClasses("signature-hash-original")).getText()).isEqualTo(signed.originalSha256());
        assertThat(_get(Span.class, spec -> spec.withClasses("signature-hash-signed")).getText()).isEqualTo(signed.signedSha256());
        assertThat(_get(Anchor.class, spec -> spec.withId("signature-download-signed")).getHref())
                .isEqualTo("/documents/signature/" + request.number() + ".pdf?download");
        assertThat(_get(Anchor.class, spec -> spec.withId("signature-download-original")).getHref())
                .isEqualTo("/documents/signature/" + request.number() + "/original.pdf?download");
        assertThat(box(FieldKind.TEXT).getElement().getTextRecursively()).isEqualTo("Sina Signer");
        assertThat(box(FieldKind.DATE).getElement().getTextRecursively()).isEqualTo("01.03.2026");
        assertThat(box(FieldKind.CHECKBOX).getElement().getTextRecursively()).isEqualTo("✓");
        assertThat(lastNotification()).isEqualTo(text("signatures.signed", request.number()));
    }

    @Test
    void aSignatureTooSmallToBeOneIsNotTaken() {
        open(signer, request.number());
        _click(_get(box(FieldKind.SIGNATURE), Button.class));
        _setValue(_get(SignaturePad.class), new byte[] {1, 2, 3});
        _click(_get(Button.class, spec -> spec.withId("signature-pad-apply")));

        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("signature-pad-error")).getText())
                .isEqualTo(text("signatures.pad.unusable"));
        assertThat(red(FieldKind.SIGNATURE)).isTrue();
    }

    @Test
    void signingWhatWasSignedMeanwhileInAnotherTabIsRefusedAndShowsTheSignedState() {
        open(signer, request.number());
        _setValue(_get(box(FieldKind.TEXT), TextField.class), "Erster Tab");
        draw(FieldKind.SIGNATURE);

        fixtures.service.sign(signer, fixtures.scope(signer), request.number(), SignatureFixtures.allValues(request),
                "203.0.113.9", Locale.GERMAN);
        _click(view().signButton());
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        assertThat(lastNotification()).isEqualTo(text("signatures.error.already-signed"));
        assertThat(_get(Span.class, spec -> spec.withClasses("signature-state")).getText())
                .isEqualTo(text("signatures.state.SIGNED"));
        assertThat(fixtures.staffView(request.number()).fields()).filteredOn(field -> field.kind() == FieldKind.TEXT)
                .singleElement().extracting(SignatureField::textValue).isEqualTo(SignatureFixtures.PRINTED_NAME);
    }

    @Test
    void aColleagueSeesTheRequestReadOnlyAndWhoseSignatureItWaitsFor() {
        PortalUser colleague = fixtures.signer(company, "en");
        open(colleague, request.number());

        assertThat(_find(Button.class, spec -> spec.withId("signature-sign"))).isEmpty();
        assertThat(_find(TextField.class)).isEmpty();
        assertThat(_get(Div.class, spec -> spec.withClasses("signature-banner-waiting")).getElement().getTextRecursively())
                .isEqualTo(text("signatures.waiting-for", request.signerName()));
    }

    @Test
    void anotherCompanysUserGetsNotFoundForTheUrl() {
        PortalUser stranger = fixtures.signer(fixtures.company(), "de");
        open(stranger, request.number());

        assertThat(_find(SignatureView.class)).isEmpty();
        assertThat(_find(H1.class)).extracting(H1::getText).contains(text("error.not-found.title"))
                .noneMatch(heading -> heading.contains(request.number()));
    }

    @Test
    void staffSeeTheCustomerPreviewWithoutSigning() {
        login(TestWorld.STAFF);
        navigate("signatures/" + request.number());

        assertThat(_find(PreviewBanner.class)).hasSize(1);
        assertThat(_find(Button.class, spec -> spec.withId("signature-sign"))).isEmpty();
        assertThat(fixtures.staffView(request.number()).state()).isEqualTo(SignatureState.SENT);
    }

    @Test
    void aCancelledRequestSaysSoAndCannotBeSigned() {
        fixtures.service.cancel(request, fixtures.staff().id());
        open(signer, request.number());

        assertThat(_find(Div.class, spec -> spec.withClasses("signature-banner-cancelled"))).hasSize(1);
        assertThat(_find(Button.class, spec -> spec.withId("signature-sign"))).isEmpty();
        assertThat(_find(TextField.class)).isEmpty();
    }

    @Test
    void theListShowsSentSignedAndCancelledButNoDraftsAndFiltersByState() {
        SignatureRequest signed = fixtures.signed(company, signer);
        SignatureRequest cancelled = fixtures.sent(company, signer, 1);
        fixtures.service.cancel(cancelled, fixtures.staff().id());
        String draft = fixtures.draft(company, signer, "Entwurf", SignatureFixtures.pdf(1));
        login(signer.email(), TestAccounts.PASSWORD);
        navigate("signatures");

        SignaturesView list = _get(SignaturesView.class);
        List<String> numbers = com.github.mvysny.kaributesting.v10.GridKt._fetch(list.grid(), 0, 100).stream()
                .map(org.kundenportal.signatures.domain.SignatureRow::number).toList();
        assertThat(numbers).containsExactlyInAnyOrder(request.number(), signed.number(), cancelled.number())
                .doesNotContain(draft);
        assertThat(list.grid().getColumnByKey("customer")).isNull();

        list.filterBar().setState(SignatureState.SIGNED);
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._fetch(list.grid(), 0, 100))
                .extracting(org.kundenportal.signatures.domain.SignatureRow::number).containsExactly(signed.number());
        assertThat(context.getBean("waitingSignatures", HomeCardCounter.class).count(fixtures.scope(signer))).isEqualTo(1);
    }

    @Test
    void theSignerListsTheCompanysWaitingSignedAndCancelledRequestsButNoDraft() {
        String signed = fixtures.signed(company, signer).number();
        SignatureRequest cancelled = fixtures.sent(company, signer, 1);
        fixtures.service.cancel(cancelled, fixtures.staff().id());
        String draft = fixtures.draft(company, signer, "Entwurf " + System.nanoTime(), SignatureFixtures.pdf(1));
        login(signer.email(), TestAccounts.PASSWORD);
        navigate("signatures");

        List<org.kundenportal.signatures.domain.SignatureRow> rows = com.github.mvysny.kaributesting.v10.GridKt
                ._fetch(_get(SignaturesView.class).grid(), 0, 100);
        assertThat(rows).extracting(org.kundenportal.signatures.domain.SignatureRow::number)
                .containsExactlyInAnyOrder(request.number(), signed, cancelled.number()).doesNotContain(draft);
        assertThat(rows).extracting(org.kundenportal.signatures.domain.SignatureRow::state)
                .containsExactlyInAnyOrder(SignatureState.SENT, SignatureState.SIGNED, SignatureState.CANCELLED);
        SignatureRequest waiting = fixtures.staffView(rows.stream()
                .filter(row -> row.title().equals(request.title())).findFirst().orElseThrow().number());
        assertThat(waiting.pageCount()).isEqualTo(2);
        assertThat(waiting.fields()).extracting(SignatureField::kind).contains(FieldKind.values());
        assertThat(waiting.fields()).anyMatch(SignatureField::required).anyMatch(field -> !field.required());
    }
}
