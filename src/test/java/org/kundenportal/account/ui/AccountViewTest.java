package org.kundenportal.account.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.kundenportal.db.Tables.APP_USER;
import static org.kundenportal.db.Tables.CONTACT;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.icegreen.greenmail.util.GreenMail;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kundenportal.KaribuTest;
import org.kundenportal.TestWorld;
import org.kundenportal.account.TestAccounts;
import org.kundenportal.base.security.Role;
import org.springframework.beans.factory.annotation.Autowired;

class AccountViewTest extends KaribuTest {

    @Autowired
    DSLContext db;
    @Autowired
    GreenMail smtp;
    private TestAccounts.Account user;

    @BeforeEach
    void logInAsANewCustomer() {
        user = new TestAccounts(context).customer("account-view");
        login(user.email());
        navigate("account");
    }

    private static TextField field(String label) {
        return _get(TextField.class, spec -> spec.withLabel(label));
    }

    private static void save() {
        _click(_get(Button.class, spec -> spec.withText("Speichern")));
    }

    static List<String> notifications() {
        return NotificationsKt.getNotifications().stream().map(Notification::getElement)
                .map(element -> element.getProperty("text")).toList();
    }

    @Test
    void showsTheUsersDetailsAndCompany() {
        assertThat(_get(AccountView.class)).isNotNull();
        assertThat(field("Name").getValue()).isEqualTo("Tina Test");
        assertThat(_get(EmailField.class).getValue()).isEqualTo(user.email());
        assertThat(field("Telefon").getValue()).isEqualTo("+49 30 123456");
        assertThat(field("Firmenname (rechtlich)").getValue()).startsWith("Testfirma");
        assertThat(field("Firmenname (rechtlich)").isReadOnly()).as("no documents yet").isFalse();
        assertThat(field("USt-IdNr.").getValue()).isEqualTo("DE123456789");
    }

    @Test
    void savesPhoneAndAddress() {
        _setValue(field("Telefon"), "+49 30 555 66");
        _setValue(field("Straße und Hausnummer"), "Lindenallee 7");
        _setValue(field("PLZ"), "14467");
        _setValue(field("Ort"), "Potsdam");
        _setValue(_get(ComboBox.class, spec -> spec.withLabel("Land")), "AT");

        save();

        var contact = db.selectFrom(CONTACT).where(CONTACT.ID.eq(user.contactId())).fetchOne();
        assertThat(contact.getPhone()).isEqualTo("+49 30 555 66");
        assertThat(contact.getStreet()).isEqualTo("Lindenallee 7");
        assertThat(contact.getCity()).isEqualTo("Potsdam");
        assertThat(contact.getCountryCode()).isEqualTo("AT");
        assertThat(notifications()).contains("Ihre Angaben wurden gespeichert.");
    }

    @Test
    void aNewNameShowsInTheShellAtOnce() {
        _setValue(field("Name"), "Tina Neumann");

        save();

        assertThat(db.select(APP_USER.DISPLAY_NAME).from(APP_USER).where(APP_USER.ID.eq(user.userId()))
                .fetchOne(APP_USER.DISPLAY_NAME)).isEqualTo("Tina Neumann");
        assertThat(field("Name").getValue()).isEqualTo("Tina Neumann");
        assertThat(_find(Span.class, spec -> spec.withClasses("user-name"))).extracting(Span::getText)
                .containsExactly("Tina Neumann");
    }

    @Test
    void invalidInputIsMarkedAndNothingIsSaved() {
        _setValue(field("Name"), "  ");
        _setValue(field("Telefon"), "call me maybe");
        _setValue(field("USt-IdNr."), "12");
        _setValue(field("Ort"), "Irgendwo");

        save();

        assertThat(field("Name").isInvalid()).isTrue();
        assertThat(field("Telefon").isInvalid()).isTrue();
        assertThat(field("USt-IdNr.").isInvalid()).isTrue();
        assertThat(notifications()).contains("Bitte prüfen Sie die markierten Felder.");
        assertThat(db.select(CONTACT.CITY).from(CONTACT).where(CONTACT.ID.eq(user.contactId())).fetchOne(CONTACT.CITY)).isNull();
    }

    @Test
    void anEmailOfAnotherAccountIsRefused() {
        _setValue(_get(EmailField.class), TestWorld.CUSTOMER2);

        save();

        assertThat(_get(EmailField.class).isInvalid()).isTrue();
        assertThat(_get(EmailField.class).getErrorMessage()).isEqualTo("Diese E-Mail-Adresse gehört zu einem anderen Konto.");
        assertThat(db.select(APP_USER.EMAIL).from(APP_USER).where(APP_USER.ID.eq(user.userId())).fetchOne(APP_USER.EMAIL))
                .isEqualTo(user.email());
    }

    @Test
    void theEmailChangesOnlyAfterTheLinkInTheMailToTheNewAddress() {
        String newEmail = TestAccounts.uniqueEmail("changed");
        _setValue(_get(EmailField.class), newEmail);

        save();

        assertThat(db.select(APP_USER.EMAIL).from(APP_USER).where(APP_USER.ID.eq(user.userId())).fetchOne(APP_USER.EMAIL))
                .as("not before the link").isEqualTo(user.email());
        assertThat(_get(EmailField.class).getValue()).isEqualTo(user.email());
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText)
                .anySatisfy(text -> assertThat(text).startsWith("Bestätigung von " + newEmail + " ausstehend"));
        String token = tokenFromMailTo(newEmail);

        navigate("account/confirm-email/" + token);

        assertThat(_get(ConfirmEmailView.class)).isNotNull();
        assertThat(_find(H2.class)).extracting(H2::getText).contains("E-Mail-Adresse bestätigt");
        assertThat(db.select(APP_USER.EMAIL).from(APP_USER).where(APP_USER.ID.eq(user.userId())).fetchOne(APP_USER.EMAIL))
                .isEqualTo(newEmail);

        navigate("account/confirm-email/" + token);
        assertThat(_find(H2.class)).extracting(H2::getText).contains("Dieser Link funktioniert nicht");

        navigate("account");
        assertThat(_get(EmailField.class).getValue()).as("the session knows the new address").isEqualTo(newEmail);
    }

    @Test
    void aPendingChangeCanBeCancelled() {
        String newEmail = TestAccounts.uniqueEmail("cancelled");
        _setValue(_get(EmailField.class), newEmail);
        save();
        String token = tokenFromMailTo(newEmail);

        _click(_get(Button.class, spec -> spec.withText("Änderung abbrechen")));

        navigate("account/confirm-email/" + token);
        assertThat(_find(H2.class)).extracting(H2::getText).contains("Dieser Link funktioniert nicht");
        assertThat(db.select(APP_USER.EMAIL).from(APP_USER).where(APP_USER.ID.eq(user.userId())).fetchOne(APP_USER.EMAIL))
                .isEqualTo(user.email());
    }

    @Test
    void switchingTheLanguageSavesItAndShowsThePageInIt() {
        @SuppressWarnings("unchecked")
        Select<String> language = _get(Select.class, spec -> spec.withLabel("Sprache"));
        _setValue(language, "en");

        save();

        assertThat(_get(H1.class, spec -> spec.withText("My account"))).isNotNull();
        assertThat(db.select(APP_USER.LANGUAGE).from(APP_USER).where(APP_USER.ID.eq(user.userId())).fetchOne(APP_USER.LANGUAGE))
                .isEqualTo("en");
        assertThat(db.select(CONTACT.LANGUAGE).from(CONTACT).where(CONTACT.ID.eq(user.contactId())).fetchOne(CONTACT.LANGUAGE))
                .isEqualTo("en");
    }

    @Test
    void staffEditTheirNameButHaveNoAddressOrCompanyHere() {
        TestAccounts.Account staff = new TestAccounts(context).internal("staff-account", Role.STAFF);
        login(staff.email());
        navigate("account");

        assertThat(field("Name").getValue()).isEqualTo("Ina Intern");
        _assertNone(TextField.class, spec -> spec.withLabel("Ort"));
        _assertNone(TextField.class, spec -> spec.withLabel("Telefon"));
        _assertNone(TextField.class, spec -> spec.withLabel("USt-IdNr."));

        _setValue(field("Name"), "Ina Neu");
        save();
        assertThat(db.select(APP_USER.DISPLAY_NAME).from(APP_USER).where(APP_USER.ID.eq(staff.userId()))
                .fetchOne(APP_USER.DISPLAY_NAME)).isEqualTo("Ina Neu");
    }

    private String tokenFromMailTo(String recipient) {
        return TestAccounts.emailChangeLink(smtp, recipient).group(1);
    }
}
