package org.kundenportal.mandates.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kundenportal.KaribuTest;
import org.kundenportal.RestoreSettings;
import org.kundenportal.TestWorld;
import org.kundenportal.contacts.domain.ContactRow;
import org.kundenportal.contacts.ui.ContactDialog;
import org.kundenportal.contacts.ui.ContactsView;
import org.kundenportal.mandates.MandateFixtures;
import org.kundenportal.mandates.domain.SepaMandateService;
import org.kundenportal.signatures.domain.SignatureRequest;

/** "Use as SEPA direct debit mandate" on a signed request's staff page, and revoking the mandate there. */
@ExtendWith(RestoreSettings.class)
class MandateDialogTest extends KaribuTest {

    MandateFixtures fixtures;
    SepaMandateService service;
    long company;

    @BeforeEach
    void setUp() {
        fixtures = new MandateFixtures(context);
        service = context.getBean(SepaMandateService.class);
        fixtures.creditorId(MandateFixtures.CREDITOR_ID);
        company = fixtures.signatures.company();
        login(TestWorld.STAFF);
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    private void open(SignatureRequest request) {
        navigate("staff/signatures/" + request.number());
        NotificationsKt.clearNotifications();
    }

    private static TextField field(String id) {
        return _get(TextField.class, spec -> spec.withId(id));
    }

    private static void click(String id) {
        _click(_get(Button.class, spec -> spec.withId(id)));
    }

    @Test
    void theDialogIsPrefilledFromTheSignedFieldsAndRegistersTheMandateWithTheTypedReference() {
        open(fixtures.signedForm(company));

        click("signature-use-as-mandate");

        assertThat(_find(MandateDialog.class)).hasSize(1);
        assertThat(field("mandate-debtor-name").getValue()).isEqualTo(MandateFixtures.HOLDER);
        assertThat(field("mandate-iban").getValue()).isEqualTo("DE02 1203 0000 0000 2020 51");
        assertThat(field("mandate-bic").getValue()).isEqualTo(MandateFixtures.BIC);
        String reference = MandateFixtures.uniqueReference();
        _setValue(field("mandate-reference"), reference);
        click("mandate-register");

        NotificationsKt.expectNotifications("Mandate " + reference
                + " registered: invoices posted from now on are collected by direct debit.");
        assertThat(_find(MandateDialog.class)).isEmpty();
        assertThat(service.active(company)).hasValueSatisfying(mandate -> {
            assertThat(mandate.reference()).isEqualTo(reference);
            assertThat(mandate.iban()).isEqualTo(MandateFixtures.IBAN);
        });
        assertThat(_get(Span.class, spec -> spec.withId("mandate-summary")).getText())
                .startsWith("SEPA mandate " + reference + ": " + MandateFixtures.HOLDER + ", IBAN DE02 1203 0000 0000 2020 51")
                .endsWith("(active)");
        _assertNone(Button.class, spec -> spec.withId("signature-use-as-mandate"));
    }

    @Test
    void badInputIsMarkedOnItsFieldAndNothingIsStored() {
        open(fixtures.signedForm(company));
        click("signature-use-as-mandate");

        click("mandate-register");
        assertThat(field("mandate-reference").isInvalid()).isTrue();
        assertThat(field("mandate-reference").getErrorMessage()).startsWith("Enter the mandate reference: up to 35 letters");

        _setValue(field("mandate-reference"), MandateFixtures.uniqueReference());
        _setValue(field("mandate-iban"), "DE02 1203 0000 0000 2020 52");
        click("mandate-register");

        assertThat(field("mandate-reference").isInvalid()).isFalse();
        assertThat(field("mandate-iban").isInvalid()).isTrue();
        assertThat(field("mandate-iban").getErrorMessage())
                .isEqualTo("This IBAN is not valid: please check it for typing errors.");
        assertThat(service.active(company)).isEmpty();
    }

    @Test
    void withoutOurCreditorIdTheDialogSaysWhereToEnterIt() {
        open(fixtures.signedForm(company));
        fixtures.creditorId("");
        click("signature-use-as-mandate");
        _setValue(field("mandate-reference"), MandateFixtures.uniqueReference());

        click("mandate-register");

        NotificationsKt.expectNotifications("Enter our SEPA creditor identifier in the settings first: without it no "
                + "direct debit can be collected.");
        assertThat(service.active(company)).isEmpty();
    }

    @Test
    void aRequestThatIsNotSignedOffersNoMandate() {
        open(fixtures.sentForm(company));

        _assertNone(Button.class, spec -> spec.withId("signature-use-as-mandate"));
    }

    @Test
    void theCompanysContactDialogShowsItsActiveMandate() {
        SignatureRequest signed = fixtures.signedForm(company);
        String reference = MandateFixtures.uniqueReference();
        fixtures.register(signed, reference);
        navigate("staff/contacts");
        _setValue(_get(_get(ContactsView.class), TextField.class), signed.companyName());

        @SuppressWarnings("unchecked")
        Grid<ContactRow> grid = _get(_get(ContactsView.class), Grid.class);
        GridKt._clickItem(grid, 0);

        ContactDialog dialog = _get(ContactDialog.class);
        assertThat(_get(dialog, Span.class, spec -> spec.withId("mandate-summary")).getText())
                .startsWith("SEPA mandate " + reference + ": ").endsWith("(active)");
        _assertNone(dialog, Button.class, spec -> spec.withId("mandate-revoke"));
    }

    @Test
    void staffRevokeTheMandateOnItsRequestAndMayRegisterItAgain() {
        SignatureRequest signed = fixtures.signedForm(company);
        String reference = MandateFixtures.uniqueReference();
        fixtures.register(signed, reference);
        open(signed);

        click("mandate-revoke");
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        NotificationsKt.expectNotifications("Mandate " + reference + " revoked.");
        assertThat(service.active(company)).isEmpty();
        assertThat(_get(Span.class, spec -> spec.withId("mandate-summary")).getText()).contains("(revoked on ");
        _assertNone(Button.class, spec -> spec.withId("mandate-revoke"));
        _get(Button.class, spec -> spec.withId("signature-use-as-mandate"));
    }
}
