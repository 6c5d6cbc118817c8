package org.kundenportal.signatures.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.kundenportal.signatures.ui.StaffSignatureFixtures.notifications;
import static org.kundenportal.signatures.ui.StaffSignatureFixtures.text;

import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.icegreen.greenmail.util.GreenMail;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.internal.JacksonUtils;
import jakarta.mail.internet.MimeMessage;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kundenportal.KaribuTest;
import org.kundenportal.Mails;
import org.kundenportal.TestAccounts;
import org.kundenportal.TestWorld;
import org.kundenportal.base.i18n.Formats;
import org.kundenportal.base.ui.NotFoundView;
import org.kundenportal.documents.ui.PreviewBanner;
import org.kundenportal.history.ui.HistoryPanel;
import org.kundenportal.signatures.domain.FieldKind;
import org.kundenportal.signatures.domain.NewField;
import org.kundenportal.signatures.domain.SignatureField;
import org.kundenportal.signatures.domain.SignatureRequest;
import org.kundenportal.signatures.domain.SignatureState;
import tools.jackson.databind.node.ObjectNode;

class StaffSignatureViewTest extends KaribuTest {

    /** The size the test "browser" shows a page at; only offset / size matters. */
    private static final double PAGE_WIDTH_PX = 640;
    private static final double PAGE_HEIGHT_PX = 800;

    StaffSignatureFixtures fixtures;
    String title;

    @BeforeEach
    void setUp() {
        fixtures = new StaffSignatureFixtures(context);
        title = StaffSignatureFixtures.uniquePrefix("Editor");
        login(TestWorld.STAFF);
    }

    private static StaffFieldEditor editor() {
        return _get(StaffFieldEditor.class);
    }

    private static Button button(String id) {
        return _get(Button.class, spec -> spec.withId(id));
    }

    @SuppressWarnings("unchecked")
    private static void chooseKind(FieldKind kind) {
        _setValue(_get(RadioButtonGroup.class, spec -> spec.withId("signature-kind")), kind);
    }

    /** A click on a page image as the browser reports it: the offset within the image and the image's size. */
    private static void clickOnPage(int page, double offsetX, double offsetY) {
        Image image = (Image) editor().frame(page).getChildren().filter(Image.class::isInstance).findFirst().orElseThrow();
        ObjectNode data = JacksonUtils.createObjectNode();
        data.put("event.offsetX", offsetX);
        data.put("event.offsetY", offsetY);
        data.put("element.clientWidth", PAGE_WIDTH_PX);
        data.put("element.clientHeight", PAGE_HEIGHT_PX);
        BasicUtilsKt._fireDomEvent(image, "click", data);
    }

    private static boolean unsavedShown() {
        return !_find(Span.class, spec -> spec.withId("signature-unsaved")).isEmpty();
    }

    private static NumberField percent(String name) {
        return _get(NumberField.class, spec -> spec.withId("signature-field-" + name));
    }

    @SuppressWarnings("unchecked")
    private static Grid<Object> fieldList() {
        return _get(Grid.class, spec -> spec.withId("signature-field-list"));
    }

    private SignatureRequest open(SignatureRequest request) {
        navigate("staff/signatures/" + request.number());
        NotificationsKt.clearNotifications();
        return request;
    }

    @Test
    void aClickOnAPagePlacesAFieldOfTheChosenKindThereAndSaveStoresIt() {
        SignatureRequest draft = open(fixtures.draft(title));
        assertThat(unsavedShown()).isFalse();

        chooseKind(FieldKind.SIGNATURE);
        clickOnPage(2, 64, 600);

        assertThat(editor().boxes()).hasSize(1);
        assertThat(editor().boxes().getFirst().getStyle().get("left")).isEqualTo("10%");
        assertThat(editor().boxes().getFirst().getParent()).contains(editor().frame(2));
        assertThat(percent("x").getValue()).isEqualTo(10.0);
        assertThat(percent("y").getValue()).isEqualTo(75.0);
        assertThat(_get(IntegerField.class, spec -> spec.withId("signature-field-page")).getValue()).isEqualTo(2);
        assertThat(GridKt._size(fieldList())).isEqualTo(1);
        assertThat(unsavedShown()).isTrue();
        assertThat(fixtures.find(draft.number()).fields()).isEmpty();

        _click(button("signature-save"));

        assertThat(notifications()).containsExactly(text("signatures.staff.saved", draft.number()));
        SignatureField stored = fixtures.find(draft.number()).fields().getFirst();
        assertThat(stored.kind()).isEqualTo(FieldKind.SIGNATURE);
        assertThat(stored.page()).isEqualTo(2);
        assertThat(stored.required()).isTrue();
        assertThat(stored.x()).isEqualByComparingTo("0.1");
        assertThat(stored.y()).isEqualByComparingTo("0.75");
        // the default signature box: 170 x 50 points of an A4 page
        assertThat(stored.width()).isEqualByComparingTo(new BigDecimal("0.28571"));
        assertThat(stored.height()).isEqualByComparingTo(new BigDecimal("0.05938"));
        assertThat(unsavedShown()).isFalse();
    }

    @Test
    void aFieldPlacedNearTheEdgeStaysOnThePage() {
        open(fixtures.draft(title));
        chooseKind(FieldKind.TEXT);

        clickOnPage(1, PAGE_WIDTH_PX - 1, PAGE_HEIGHT_PX - 1);

        NewField placed = editor().fields().getFirst();
        assertThat(placed.x().add(placed.width())).isLessThanOrEqualTo(BigDecimal.ONE).isGreaterThan(new BigDecimal("0.999"));
        assertThat(placed.y().add(placed.height())).isLessThanOrEqualTo(BigDecimal.ONE).isGreaterThan(new BigDecimal("0.999"));
    }

    @Test
    void aSelectedFieldIsEditedAndDeletedInTheSideForm() {
        SignatureRequest draft = open(fixtures.withFields(fixtures.draft(title)));
        chooseKind(FieldKind.CHECKBOX);
        clickOnPage(1, 300, 400);
        assertThat(_get(Checkbox.class, spec -> spec.withId("signature-field-required")).getValue()).isFalse();

        _setValue(_get(TextField.class, spec -> spec.withId("signature-field-label")), "AGB gelesen");
        _setValue(_get(Checkbox.class, spec -> spec.withId("signature-field-required")), true);
        _setValue(percent("x"), 20.0);
        _setValue(percent("width"), 5.0);
        // the date field of the fixture (page 1 comes first in the list), picked from the list, then deleted
        GridKt._clickItem(fieldList(), 0);
        assertThat(_get(TextField.class, spec -> spec.withId("signature-field-label")).getValue()).isEqualTo("Datum");
        _click(button("signature-field-delete"));
        assertThat(editor().boxes()).hasSize(2);

        _click(button("signature-save"));

        List<SignatureField> fields = fixtures.find(draft.number()).fields();
        assertThat(fields).extracting(SignatureField::kind).containsExactlyInAnyOrder(FieldKind.SIGNATURE, FieldKind.CHECKBOX);
        SignatureField checkbox = fields.stream().filter(field -> field.kind() == FieldKind.CHECKBOX).findFirst()
                .orElseThrow();
        assertThat(checkbox.label()).isEqualTo("AGB gelesen");
        assertThat(checkbox.required()).isTrue();
        assertThat(checkbox.x()).isEqualByComparingTo("0.2");
        assertThat(checkbox.width()).isEqualByComparingTo("0.05");
        assertThat(checkbox.page()).isEqualTo(1);
    }

    @Test
    void savingRefusesFieldsTheRulesDoNotAllowAndChangesNothing() {
        SignatureRequest draft = open(fixtures.withFields(fixtures.draft(title)));
        List<SignatureField> before = fixtures.find(draft.number()).fields();

        // outside the page: the signature field, second in the list after the date on page 1
        GridKt._clickItem(fieldList(), 1);
        _setValue(percent("x"), 95.0);
        _click(button("signature-save"));
        assertThat(notifications()).containsExactly(text("signatures.error.field-outside", 2));
        NotificationsKt.clearNotifications();

        // no signature field left
        _click(button("signature-field-delete"));
        _click(button("signature-save"));
        assertThat(notifications()).containsExactly(text("signatures.error.no-signature-field"));
        NotificationsKt.clearNotifications();

        // no field at all
        GridKt._clickItem(fieldList(), 0);
        _click(button("signature-field-delete"));
        _click(button("signature-save"));
        assertThat(notifications()).containsExactly(text("signatures.error.no-fields"));

        SignatureRequest after = fixtures.find(draft.number());
        assertThat(after.fields()).extracting(SignatureField::placement)
                .containsExactlyElementsOf(before.stream().map(SignatureField::placement).toList());
        assertThat(after.version()).isEqualTo(draft.version());
        assertThat(unsavedShown()).isTrue();
    }

    @Test
    void sendAsksFirstAndMailsTheSignerALinkToTheRequest() {
        SignatureRequest draft = open(fixtures.withFields(fixtures.draft(title)));

        clickOnPage(1, 100, 100);
        _click(button("signature-send"));
        assertThat(notifications()).containsExactly(text("signatures.staff.send.save-first"));
        assertThat(_find(ConfirmDialog.class)).isEmpty();
        NotificationsKt.clearNotifications();
        _click(button("signature-save"));

        _click(button("signature-send"));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        SignatureRequest sent = fixtures.find(draft.number());
        assertThat(sent.state()).isEqualTo(SignatureState.SENT);
        assertThat(sent.fields()).hasSize(3);
        _assertNone(Button.class, spec -> spec.withId("signature-send"));
        _assertNone(RadioButtonGroup.class);
        assertThat(button("signature-cancel").isVisible()).isTrue();

        MimeMessage mail = Mails.awaitMailTo(context.getBean(GreenMail.class), fixtures.signer.email());
        assertThat(Mails.subject(mail)).contains(draft.number());
        Matcher link = Pattern.compile("https?://\\S+?/(signatures/" + Pattern.quote(draft.number()) + ")\\b")
                .matcher(Mails.text(mail));
        assertThat(link.find()).as("link in the mail").isTrue();
        login(fixtures.signer.email(), TestAccounts.PASSWORD);
        navigate(link.group(1));
        assertThat(_get(SignatureView.class).getElement().getTextRecursively()).contains(title);
        assertThat(_find(PreviewBanner.class)).isEmpty();
    }

    @Test
    void cancellingAsksFirstAndLeavesARequestThatCannotBeSigned() {
        SignatureRequest sent = open(fixtures.sent(title));

        _click(button("signature-cancel"));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        assertThat(fixtures.find(sent.number()).state()).isEqualTo(SignatureState.CANCELLED);
        assertThat(notifications()).containsExactly(text("signatures.staff.cancelled", sent.number()));
        _assertNone(Button.class, spec -> spec.withId("signature-cancel"));
        assertThat(_get(Span.class, spec -> spec.withId("signature-fact-cancelled")).getText()).isNotBlank();
    }

    @Test
    void aSignedRequestIsReadOnlyWithValuesHashesSignerAndBothPdfs() {
        SignatureRequest signed = open(fixtures.signed(title));

        _assertNone(Button.class, spec -> spec.withId("signature-save"));
        _assertNone(Button.class, spec -> spec.withId("signature-send"));
        _assertNone(Button.class, spec -> spec.withId("signature-cancel"));
        _assertNone(RadioButtonGroup.class);
        _assertNone(NumberField.class);
        assertThat(_get(Span.class, spec -> spec.withId("signature-fact-signed-by")).getText())
                .isEqualTo(fixtures.signer.displayName());
        assertThat(_get(Span.class, spec -> spec.withId("signature-fact-address")).getText())
                .isEqualTo(StaffSignatureFixtures.SIGNER_ADDRESS);
        assertThat(_get(Span.class, spec -> spec.withId("signature-fact-original-sha256")).getText())
                .isEqualTo(signed.originalSha256());
        assertThat(_get(Span.class, spec -> spec.withId("signature-fact-signed-sha256")).getText())
                .isEqualTo(signed.signedSha256()).hasSize(64);
        assertThat(_get(Span.class, spec -> spec.withId("signature-fact-signed-at")).getText()).isNotBlank();
        assertThat(_get(Anchor.class, spec -> spec.withId("signature-download-signed")).getHref())
                .isEqualTo("/documents/signature/" + signed.number() + ".pdf?download");
        assertThat(_get(Anchor.class, spec -> spec.withId("signature-download-original")).getHref())
                .isEqualTo("/documents/signature/" + signed.number() + "/original.pdf?download");

        // the pages as the signer sees them: the drawn signature in its box, the date as the reader writes it
        _assertNone(StaffFieldEditor.class);
        SigningPages pages = _get(SigningPages.class);
        SignatureField signature = signed.fields().stream().filter(field -> field.kind() == FieldKind.SIGNATURE)
                .findFirst().orElseThrow();
        SignatureField date = signed.fields().stream().filter(field -> field.kind() == FieldKind.DATE)
                .findFirst().orElseThrow();
        assertThat(pages.box(signature.id()).getChildren().filter(Image.class::isInstance)
                .map(image -> ((Image) image).getSrc())).singleElement().asString().startsWith("data:image/png;base64,");
        assertThat(pages.box(date.id()).getElement().getTextRecursively())
                .isEqualTo(Formats.date(LocalDate.of(2026, 3, 1), UI.getCurrent().getLocale()));
        assertThat(GridKt._size(fieldList())).isEqualTo(2);
    }

    @Test
    void theHistoryAndTheCustomerPreview() {
        SignatureRequest sent = open(fixtures.sent(title));
        assertThat(_find(HistoryPanel.class)).hasSize(1);

        _click(button("signature-preview"));

        assertThat(_find(PreviewBanner.class)).hasSize(1);
        assertThat(_find(StaffSignatureView.class)).isEmpty();
        assertThat(_get(SignatureView.class).getElement().getTextRecursively()).contains(title);
        assertThat(fixtures.find(sent.number()).state()).isEqualTo(SignatureState.SENT);
    }

    @Test
    void leavingWithUnsavedFieldsAsksFirst() {
        SignatureRequest draft = open(fixtures.draft(title));
        clickOnPage(1, 100, 100);

        navigate("staff/signatures");

        assertThat(_find(StaffSignatureView.class)).hasSize(1);
        assertThat(_find(ConfirmDialog.class)).hasSize(1);
        assertThat(fixtures.find(draft.number()).fields()).isEmpty();
    }

    @Test
    void anUnknownNumberIsNotFoundAndPortalUsersCannotOpenTheEditor() {
        navigate("staff/signatures/SIG-0000-00000");
        assertThat(_find(NotFoundView.class)).hasSize(1);

        SignatureRequest sent = fixtures.sent(title);
        login(fixtures.signer.email(), TestAccounts.PASSWORD);
        navigate("staff/signatures/" + sent.number());
        assertThat(_find(StaffSignatureView.class)).isEmpty();
    }
}
