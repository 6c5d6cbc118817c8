package org.kundenportal.contacts.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.kundenportal.db.Tables.AUDIT_LOG;
import static org.kundenportal.db.Tables.CONTACT_ADDRESS;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kundenportal.KaribuTest;
import org.kundenportal.access.AccessFixtures;
import org.kundenportal.access.ui.PortalAccessDialog;
import org.kundenportal.contacts.domain.CompanyEInvoice;
import org.kundenportal.contacts.domain.ContactFilter;
import org.kundenportal.contacts.domain.ContactKind;
import org.kundenportal.contacts.domain.ContactOption;
import org.kundenportal.contacts.domain.ContactRow;
import org.kundenportal.demo.DemoData;
import org.springframework.beans.factory.annotation.Autowired;

class ContactsViewTest extends KaribuTest {

    @Autowired
    DSLContext db;

    AccessFixtures fixtures;

    @BeforeEach
    void openContacts() {
        fixtures = new AccessFixtures(context);
        login(DemoData.STAFF);
        navigate("staff/contacts");
    }

    @SuppressWarnings("unchecked")
    private Grid<ContactRow> grid() {
        return _get(ContactsView.class).getChildren().filter(Grid.class::isInstance).map(Grid.class::cast)
                .findFirst().orElseThrow();
    }

    private List<String> names() {
        Grid<ContactRow> grid = grid();
        return GridKt._fetch(grid, 0, GridKt._size(grid)).stream().map(ContactRow::name).toList();
    }

    private void search(String text) {
        // the search sits in the toolbar's fields, which a phone folds behind the filter button
        _setValue(_get(_get(ContactsView.class), TextField.class), text);
    }

    private TextField field(String label) {
        return _get(TextField.class, spec -> spec.withLabel(label));
    }

    private Button button(String text) {
        return _get(Button.class, spec -> spec.withText(text));
    }

    @Test
    void searchFindsByNameEmailCityAndVatId() {
        search("Bäckerei Sonnen");
        assertThat(names()).containsExactly("Bäckerei Sonnenschein GmbH");

        search("marco.rossi@");
        assertThat(names()).containsExactly("Marco Rossi");

        search("Ludwigsburg");
        assertThat(names()).containsExactly("Blumenhaus Lindner");

        search("DE298765432");
        assertThat(names()).containsExactly("Café Morgenrot KG");
    }

    @Test
    @SuppressWarnings("unchecked")
    void kindFilterShowsPersonsWithTheirCompany() {
        _get(Select.class).setValue(Optional.of(ContactKind.PERSON));
        search("Anna Becker");

        assertThat(names()).containsExactly("Anna Becker");
        assertThat(GridKt._getFormatted(grid(), 0, "company")).isEqualTo("Bäckerei Sonnenschein GmbH");
        assertThat(GridKt._getFormatted(grid(), 0, "kind")).isEqualTo("Person");

        search("Bäckerei");
        assertThat(names()).doesNotContain("Bäckerei Sonnenschein GmbH");
    }

    @Test
    void sortsInSqlByTheChosenColumn() {
        search("Stuttgart");

        GridKt._sortByKey(grid(), "name", SortDirection.ASCENDING);
        assertThat(names()).containsExactly("Eiscafé Venezia", "KassenProfi Vertrieb GmbH");

        GridKt._sortByKey(grid(), "name", SortDirection.DESCENDING);
        assertThat(names()).containsExactly("KassenProfi Vertrieb GmbH", "Eiscafé Venezia");
    }

    @Test
    void theNewCompanyDialogValidatesAndSaves() {
        _click(button("Neues Unternehmen"));
        _click(button("Speichern"));

        assertThat(field("Name").isInvalid()).isTrue();
        assertThat(field("Name").getErrorMessage()).isEqualTo("Bitte geben Sie einen Namen ein.");

        String name = AccessFixtures.uniqueName("Dialog GmbH");
        _setValue(field("Name"), name);
        _setValue(field("E-Mail"), "info@@dialog");
        _click(button("Speichern"));

        assertThat(field("Name").isInvalid()).isFalse();
        assertThat(field("E-Mail").isInvalid()).isTrue();
        assertThat(field("E-Mail").getErrorMessage()).isEqualTo("Das ist keine gültige E-Mail-Adresse.");
        assertThat(fixtures.contacts.count(new ContactFilter(null, name))).isZero();

        _setValue(field("E-Mail"), "info@dialog.example");
        _setValue(field("USt-IdNr."), "DE111222333");
        _setValue(field("Käuferreferenz (Leitweg-ID)"), " 04011000-12345-03 ");
        _setValue(xrechnungBox(), true);
        _click(button("Speichern"));

        assertThat(_find(ContactDialog.class)).isEmpty();
        assertThat(fixtures.contacts.eInvoice(fixtures.contacts.page(new ContactFilter(null, name), 0, 1, List.of())
                .getFirst().id())).contains(new CompanyEInvoice("04011000-12345-03", true));
        NotificationsKt.expectNotifications(name + " wurde gespeichert.");
        search("DE111222333");
        assertThat(names()).contains(name);
        assertThat(db.fetchExists(AUDIT_LOG, AUDIT_LOG.ACTION.eq("CONTACT_CREATED").and(AUDIT_LOG.DETAILS.eq(name)))).isTrue();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aNewPersonIsSavedUnderTheChosenCompany() {
        long company = fixtures.customerCompany(AccessFixtures.uniqueName("Personen GmbH"));
        String name = AccessFixtures.uniqueName("Peter Person");

        _click(button("Neue Person"));
        _setValue(field("Name"), name);
        ComboBox<ContactOption> companies = _get(ComboBox.class, spec -> spec.withLabel("Unternehmen"));
        _setValue(companies, fixtures.contacts.option(company).orElseThrow());
        _click(button("Speichern"));

        assertThat(fixtures.contacts.persons(company)).extracting(ContactRow::name).containsExactly(name);
    }

    @Test
    void aCompanyListsItsPersonsAndAddresses() {
        String companyName = AccessFixtures.uniqueName("Eltern GmbH");
        long company = fixtures.customerCompany(companyName);
        fixtures.person(company, "Kim Kind", AccessFixtures.uniqueEmail("kim"), "de");
        db.insertInto(CONTACT_ADDRESS).set(CONTACT_ADDRESS.CONTACT_ID, company).set(CONTACT_ADDRESS.TYPE, "DELIVERY")
                .set(CONTACT_ADDRESS.STREET, "Lagerweg 9").set(CONTACT_ADDRESS.ZIP, "24103")
                .set(CONTACT_ADDRESS.CITY, "Kiel").execute();

        search(companyName);
        GridKt._clickItem(grid(), 0);

        ContactDialog dialog = _get(ContactDialog.class);
        @SuppressWarnings("unchecked")
        Grid<ContactRow> persons = _get(dialog, Grid.class);
        assertThat(GridKt._get(persons, 0).name()).isEqualTo("Kim Kind");
        assertThat(_find(dialog, Paragraph.class, spec -> spec.withClasses("contact-address")))
                .extracting(Paragraph::getText).containsExactly("Lieferadresse: Lagerweg 9, 24103 Kiel");
    }

    @Test
    void staffUntickXRechnungForACompanyThatWantedIt() {
        String companyName = AccessFixtures.uniqueName("Amt");
        long company = fixtures.customerCompany(companyName);
        fixtures.contacts.setEInvoice(company, new CompanyEInvoice("991-33333-11", true));
        search(companyName);
        GridKt._clickItem(grid(), 0);

        Checkbox box = xrechnungBox();
        assertThat(box.getValue()).isTrue();
        assertThat(box.getLabel()).isEqualTo("Wünscht XRechnung");
        _setValue(box, false);
        _click(button("Speichern"));

        assertThat(fixtures.contacts.eInvoice(company)).contains(new CompanyEInvoice("991-33333-11", false));
    }

    @Test
    void aPersonHasNoXRechnungBox() {
        _click(button("Neue Person"));

        assertThat(_find(Checkbox.class, spec -> spec.withClasses("contact-wants-xrechnung"))).isEmpty();
    }

    private static Checkbox xrechnungBox() {
        return _get(Checkbox.class, spec -> spec.withClasses("contact-wants-xrechnung"));
    }

    @Test
    void thePortalAccessButtonOpensTheAccessDialog() {
        search("Bäckerei Sonnenschein GmbH");

        _click((Button) GridKt._getCellComponent(grid(), 0, "actions"));

        PortalAccessDialog dialog = _get(PortalAccessDialog.class);
        assertThat(dialog.getHeaderTitle()).isEqualTo("Portal-Zugriffsverwaltung: Bäckerei Sonnenschein GmbH");
    }
}
