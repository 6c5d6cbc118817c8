package org.kundenportal.signatures.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.kundenportal.db.Tables.SIGNATURE_REQUEST;
import static org.kundenportal.signatures.ui.StaffSignatureFixtures.notifications;
import static org.kundenportal.signatures.ui.StaffSignatureFixtures.text;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kundenportal.KaribuTest;
import org.kundenportal.TestWorld;
import org.kundenportal.access.AccessFixtures;
import org.kundenportal.contacts.domain.ContactOption;
import org.kundenportal.signatures.SignatureFixtures;
import org.kundenportal.signatures.domain.SignatureRequest;
import org.kundenportal.signatures.domain.SignatureState;
import org.kundenportal.signatures.domain.Signer;

class StaffSignatureNewViewTest extends KaribuTest {

    StaffSignatureFixtures fixtures;
    String title;

    @BeforeEach
    void setUp() {
        fixtures = new StaffSignatureFixtures(context);
        title = StaffSignatureFixtures.uniquePrefix("Neu");
        login(TestWorld.STAFF);
        navigate("staff/signatures/new");
    }

    private static void upload(String fileName, byte[] content) {
        UploadKt._upload(_get(Upload.class, spec -> spec.withId("signature-upload")), fileName, "application/pdf", content);
    }

    private static String uploadStatus() {
        return _find(Span.class, spec -> spec.withId("signature-upload-status")).stream().map(Span::getText)
                .findFirst().orElse("");
    }

    @SuppressWarnings("unchecked")
    private static <T> ComboBox<T> comboBox(String id) {
        return _get(ComboBox.class, spec -> spec.withId(id));
    }

    private void chooseCompany(long companyId) {
        _setValue(comboBox("signature-company"), new ContactOption(companyId,
                fixtures.core.access.contacts.name(companyId).orElseThrow()));
    }

    private static boolean noSignerShown() {
        return !_find(Span.class, spec -> spec.withId("signature-no-signer")).isEmpty();
    }

    /** The test's company is its own: any request of it was made by the test. */
    private int requestsOfTheCompany() {
        return context.getBean(DSLContext.class).fetchCount(SIGNATURE_REQUEST,
                SIGNATURE_REQUEST.COMPANY_ID.eq(fixtures.company));
    }

    private void create() {
        NotificationsKt.clearNotifications();
        _click(_get(Button.class, spec -> spec.withId("signature-create")));
    }

    private void fillInTheRest() {
        _setValue(_get(TextField.class, spec -> spec.withId("signature-title")), title);
        chooseCompany(fixtures.company);
        _setValue(_get(TextArea.class, spec -> spec.withId("signature-message")), "Bitte unterschreiben Sie bis Freitag.");
    }

    @Test
    void aPdfIsUploadedAndCreateMakesADraftAndOpensItsEditor() {
        upload("Rahmenvertrag.pdf", SignatureFixtures.pdf(3));
        assertThat(uploadStatus()).contains("Rahmenvertrag.pdf");
        fillInTheRest();
        // the company's only signer is chosen already
        assertThat(this.<Signer>comboBox("signature-signer").getValue().userId()).isEqualTo(fixtures.signer.id());

        create();

        StaffSignatureView editor = _get(StaffSignatureView.class);
        String number = editor.getPageTitle().substring(editor.getPageTitle().lastIndexOf(' ') + 1);
        SignatureRequest created = fixtures.find(number);
        assertThat(created.state()).isEqualTo(SignatureState.DRAFT);
        assertThat(created.title()).isEqualTo(title);
        assertThat(created.companyId()).isEqualTo(fixtures.company);
        assertThat(created.signerUserId()).isEqualTo(fixtures.signer.id());
        assertThat(created.message()).isEqualTo("Bitte unterschreiben Sie bis Freitag.");
        assertThat(created.originalFileName()).isEqualTo("Rahmenvertrag.pdf");
        assertThat(created.pageCount()).isEqualTo(3);
        assertThat(created.fields()).isEmpty();
        assertThat(_get(StaffFieldEditor.class).frame(3)).isNotNull();
        assertThat(notifications()).containsExactly(text("signatures.staff.created-draft", number));
    }

    @Test
    void onlyPersonsWithActivePortalAccessCanBeChosenToSign() {
        AccessFixtures access = fixtures.core.access;
        long invited = access.person(fixtures.company, "Ivo Eingeladen", AccessFixtures.uniqueEmail("invited"), "de");
        access.grant(invited);
        access.person(fixtures.company, "Nora Ohnezugang", AccessFixtures.uniqueEmail("no-access"), "de");

        chooseCompany(fixtures.company);

        ComboBox<Signer> signer = comboBox("signature-signer");
        assertThat(signer.getListDataView().getItems().map(Signer::name))
                .containsExactly(fixtures.signer.displayName());
        assertThat(noSignerShown()).isFalse();

        chooseCompany(fixtures.core.company());
        assertThat(signer.getListDataView().getItems()).isEmpty();
        assertThat(signer.getValue()).isNull();
        assertThat(noSignerShown()).isTrue();
    }

    @Test
    void aFileThatIsNoPdfIsRefusedAndNothingIsCreated() {
        upload("rechnung.pdf", "Das ist kein PDF, nur Text.".getBytes(StandardCharsets.UTF_8));

        assertThat(uploadStatus()).isEqualTo(text("signatures.staff.upload.not-pdf", "rechnung.pdf"));
        assertThat(notifications()).contains(text("signatures.staff.upload.not-pdf", "rechnung.pdf"));
        fillInTheRest();
        create();

        assertThat(notifications()).containsExactly(text("signatures.staff.missing.file"));
        assertThat(_find(StaffSignatureNewView.class)).hasSize(1);
        assertThat(requestsOfTheCompany()).isZero();
    }

    @Test
    void aFileLargerThanTenMegabytesIsRefused() {
        upload("gross.pdf", StaffSignatureFixtures.larger(SignatureFixtures.pdf(1), StaffSignatureNewView.MAX_BYTES + 1));

        assertThat(uploadStatus()).isEqualTo(text("signatures.staff.upload.too-big", 10));
        fillInTheRest();
        create();
        assertThat(notifications()).containsExactly(text("signatures.staff.missing.file"));
        assertThat(requestsOfTheCompany()).isZero();
    }

    @Test
    void aPdfThatCannotBeReadIsRefusedByTheServiceWithItsMessage() {
        upload("kaputt.pdf", "%PDF-1.7\nnicht mehr als ein Anfang".getBytes(StandardCharsets.US_ASCII));
        fillInTheRest();

        create();

        assertThat(notifications()).containsExactly(text("signatures.error.not-a-pdf"));
        assertThat(_find(StaffSignatureNewView.class)).hasSize(1);
        assertThat(requestsOfTheCompany()).isZero();
    }

    @Test
    void aMissingTitleIsRefusedAndNothingIsCreated() {
        upload("vertrag.pdf", SignatureFixtures.pdf(1));
        fillInTheRest();
        _setValue(_get(TextField.class, spec -> spec.withId("signature-title")), " ");

        create();

        assertThat(notifications()).containsExactly(text("signatures.error.title-required"));
        assertThat(_find(StaffSignatureNewView.class)).hasSize(1);
        assertThat(requestsOfTheCompany()).isZero();
    }
}
