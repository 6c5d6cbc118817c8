package org.kundenportal.access.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.EmailField;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kundenportal.KaribuTest;
import org.kundenportal.TestWorld;
import org.kundenportal.access.AccessFixtures;
import org.kundenportal.access.domain.SignUpService;
import org.kundenportal.base.security.AreaPermission;
import org.kundenportal.users.domain.UserAccount.PortalStatus;
import org.kundenportal.users.ui.PortalStatusBadge;
import org.springframework.beans.factory.annotation.Autowired;

class PortalAccessDialogTest extends KaribuTest {

    @Autowired
    SignUpService signUp;

    AccessFixtures fixtures;
    long company;

    @BeforeEach
    void staffOnContacts() {
        fixtures = new AccessFixtures(context);
        company = fixtures.customerCompany(AccessFixtures.uniqueName("Zugriff GmbH"));
        login(TestWorld.STAFF);
        navigate("staff/contacts");
    }

    private PortalAccessDialog open(long contactId) {
        context.getBean(PortalAccessDialog.class).open(contactId, () -> { });
        return _get(PortalAccessDialog.class);
    }

    private Div entry(long contactId) {
        return _get(Div.class, spec -> spec.withId("access-entry-" + contactId));
    }

    private void click(Component entry, String text) {
        _click(_get(entry, Button.class, spec -> spec.withText(text)));
    }

    private String status(long contactId) {
        return _get(entry(contactId), PortalStatusBadge.class).getText();
    }

    @Test
    void grantInvitesAndTheMailedLinkOpensTheSignUpPage() {
        String email = AccessFixtures.uniqueEmail("dialog");
        long person = fixtures.person(company, "Emma English", email, "en");
        open(company);
        assertThat(status(person)).isEqualTo("Kein Zugriff");

        click(entry(person), "Portalzugriff gewähren");

        NotificationsKt.expectNotifications("Zugriff gewährt; die Einladung wurde an " + email + " gesendet.");
        assertThat(status(person)).isEqualTo("Eingeladen");
        long userId = fixtures.users.accountOfContact(person).orElseThrow().id();
        assertThat(fixtures.users.areaPermissions(userId))
                .containsExactlyInAnyOrder(AreaPermission.QUOTES, AreaPermission.ORDERS, AreaPermission.INVOICES);

        navigate(fixtures.latestSignUpPath(email));

        assertThat(_get(SignUpView.class)).isNotNull();
        assertThat(_get(EmailField.class).getValue()).isEqualTo(email);
        assertThat(_find(Button.class, spec -> spec.withText("Save password and log in"))).hasSize(1);
    }

    @Test
    void grantWithoutEmailIsRefusedWithAClearMessage() {
        long person = fixtures.person(company, "Nora Nomail", null, "de");
        open(company);
        assertThat(_get(entry(person), Span.class, spec -> spec.withText("Keine E-Mail-Adresse"))).isNotNull();

        click(entry(person), "Portalzugriff gewähren");

        NotificationsKt.expectNotifications("Nora Nomail hat keine E-Mail-Adresse. Tragen Sie zuerst eine im Kontakt ein.");
        assertThat(fixtures.users.accountOfContact(person)).isEmpty();
        assertThat(status(person)).isEqualTo("Kein Zugriff");
    }

    @Test
    void reinviteSendsANewLinkAndKillsTheOldOne() {
        String email = AccessFixtures.uniqueEmail("again");
        long person = fixtures.person(company, "Rolf Erneut", email, "de");
        fixtures.grant(person);
        String first = fixtures.latestToken(email);
        open(company);

        click(entry(person), "Einladung erneut senden");

        assertThat(signUp.invitation(first)).isEmpty();
        assertThat(signUp.invitation(fixtures.latestToken(email))).isPresent();
    }

    @Test
    void revokeAsksFirstAndThenRevokes() {
        String email = AccessFixtures.uniqueEmail("bye");
        long person = fixtures.person(company, "Bernd Weg", email, "de");
        long userId = fixtures.grant(person);
        open(company);

        click(entry(person), "Zugriff widerrufen");
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        assertThat(fixtures.users.account(userId).orElseThrow().portalStatus()).isEqualTo(PortalStatus.REVOKED);
        assertThat(status(person)).isEqualTo("Widerrufen");
        assertThat(_find(entry(person), Button.class, spec -> spec.withText("Portalzugriff gewähren"))).hasSize(1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void staffChangeAreaPermissionsAndSave() {
        long person = fixtures.person(company, "Sven Speicher", AccessFixtures.uniqueEmail("save"), "de");
        long userId = fixtures.grant(person, AreaPermission.QUOTES);
        open(company);

        _setValue(_get(entry(person), AreaPermissionsGroup.class), Set.of(AreaPermission.INVOICES));
        click(entry(person), "Änderungen speichern");

        assertThat(fixtures.users.areaPermissions(userId)).containsExactly(AreaPermission.INVOICES);
    }

    @Test
    void aPartnerSoldCustomerShowsThatThePartnerManagesPermissions() {
        long partner = fixtures.partnerCompany(AccessFixtures.uniqueName("Händler"));
        long customer = fixtures.customerSoldBy(AccessFixtures.uniqueName("Händlerkunde"), partner);
        fixtures.person(customer, "Hanna Handel", AccessFixtures.uniqueEmail("hanna"), "de");

        PortalAccessDialog dialog = open(customer);

        assertThat(_get(dialog, Div.class, spec -> spec.withClasses("access-partner-notice")).getElement().getTextRecursively())
                .contains(fixtures.contacts.name(partner).orElseThrow())
                .contains("verwaltet die Berechtigungen");
        assertThat(_find(dialog, AreaPermissionsGroup.class)).isNotEmpty().allMatch(group -> !group.isEnabled());
    }
}
