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
import org.kundenportal.TestWorld;
import org.kundenportal.access.AccessFixtures;
import org.kundenportal.access.ui.PortalAccessDialog;
import org.kundenportal.contacts.domain.CompanyEInvoice;
import org.kundenportal.contacts.domain.ContactFilter;
import org.kundenportal.contacts.domain.ContactKind;
import org.kundenportal.contacts.domain.ContactOption;
import org.kundenportal.contacts.domain.ContactRow;
import org.kundenportal.contacts.domain.NewContact;
import org.springframework.beans.factory.annotation.Autowired;

class ContactsViewTest extends KaribuTest {

    @Autowired
    DSLContext db;

    AccessFixtures fixtures;

    @BeforeEach
    void openContacts() {
        fixtures = new AccessFixtures(context);
        login(TestWorld.STAFF);
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

    /** A customer company of this test's own in the given city, with a VAT id nobody else has. */
    private long company(String name, String city, String vatId) {
        return fixtures.contacts.create(NewContact.company(name, "Suchweg 1", "70173", city, vatId));
    }

    private static String unique() {
        return String.format("%09d", System.nanoTime() % 1_000_000_000L);
    }

    @Test
    void searchFindsByNameEmailCityAndVatId() {
        String id = unique();
        String name = "Suchbäckerei " + id + " GmbH";
        String city = "Suchstadt" + id;
        String vatId = "DE" + id;
        long company = company(name, city, vatId);
        String email = "marta.such" + id + "@testwelt.example";
        fixtures.person(company, "Marta Such " + id, email, "de");

        search("Suchbäckerei " + id);
        assertThat(names()).containsExactly(name);

        search("marta.such" + id + "@");
        assertThat(names()).containsExactly("Marta Such " + id);

        search(city);
        assertThat(names()).containsExactly(name);

        search(vatId);
        assertThat(names()).containsExactly(name);
    }

    @Test
    @SuppressWarnings("unchecked")
    void kindFilterShowsPersonsWithTheirCompany() {
        String id = unique();
        String companyName = "Personenbäckerei " + id + " GmbH";
        long company = company(companyName, "Berlin", null);
        fixtures.person(company, "Paula Person " + id, AccessFixtures.uniqueEmail("paula"), "de");
        _get(Select.class).setValue(Optional.of(ContactKind.PERSON));
        search("Paula Person " + id);

        assertThat(names()).containsExactly("Paula Person " + id);
        assertThat(GridKt._getFormatted(grid(), 0, "company")).isEqualTo(companyName);
        assertThat(GridKt._getFormatted(grid(), 0, "kind")).isEqualTo("Person");

        search("Personenbäckerei " + id);
        assertThat(names()).doesNotContain(companyName);
    }

    @Test
    void sortsInSqlByTheChosenColumn() {
        String city = "Sortierstadt" + unique();
        String iceCream = AccessFixtures.uniqueName("Eiscafé Sortiert");
        String dealer = AccessFixtures.uniqueName("Kassenhandel Sortiert");
        company(dealer, city, null);
        company(iceCream, city, null);
        search(city);

        GridKt._sortByKey(grid(), "name", SortDirection.ASCENDING);
        assertThat(names()).containsExactly(iceCream, dealer);

        GridKt._sortByKey(grid(), "name", SortDirection.DESCENDING);
        assertThat(names()).containsExactly(dealer, iceCream);
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
        String name = AccessFixtures.uniqueName("Zugangsbäckerei");
        fixtures.customerCompany(name);
        search(name);

        _click((Button) GridKt._getCellComponent(grid(), 0, "actions"));

        PortalAccessDialog dialog = _get(PortalAccessDialog.class);
        assertThat(dialog.getHeaderTitle()).isEqualTo("Portal-Zugriffsverwaltung: " + name);
    }
}
