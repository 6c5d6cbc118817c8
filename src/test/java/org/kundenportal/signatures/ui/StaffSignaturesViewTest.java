package org.kundenportal.signatures.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.kundenportal.signatures.ui.StaffSignatureFixtures.text;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.SortDirection;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kundenportal.KaribuTest;
import org.kundenportal.TestWorld;
import org.kundenportal.base.security.PortalUser;
import org.kundenportal.contacts.domain.ContactOption;
import org.kundenportal.documents.ui.DocumentFilterBar;
import org.kundenportal.signatures.SignatureFixtures;
import org.kundenportal.signatures.domain.SignatureRequest;
import org.kundenportal.signatures.domain.SignatureRow;
import org.kundenportal.signatures.domain.SignatureState;

class StaffSignaturesViewTest extends KaribuTest {

    StaffSignatureFixtures fixtures;
    String prefix;
    SignatureRequest draft;
    SignatureRequest sent;
    SignatureRequest signed;
    SignatureRequest other;
    long otherCompany;
    PortalUser otherSigner;

    @BeforeEach
    void setUp() {
        fixtures = new StaffSignatureFixtures(context);
        prefix = StaffSignatureFixtures.uniquePrefix("Liste");
        draft = fixtures.draft(prefix + " Entwurf");
        sent = fixtures.sent(prefix + " Rahmenvertrag");
        signed = fixtures.signed(prefix + " SEPA-Mandat");
        otherCompany = fixtures.core.company();
        otherSigner = fixtures.core.signer(otherCompany, "en");
        other = fixtures.core.staffView(fixtures.core.draft(otherCompany, otherSigner, prefix + " Café-Vertrag",
                SignatureFixtures.pdf(1)));
        login(TestWorld.STAFF);
        navigate("staff/signatures");
    }

    private static Grid<SignatureRow> grid() {
        return _get(StaffSignaturesView.class).grid();
    }

    private static List<SignatureRow> rows() {
        return GridKt._fetch(grid(), 0, GridKt._size(grid()));
    }

    private static void search(String value) {
        _get(DocumentFilterBar.class).searchField().setValue(value);
    }

    @SuppressWarnings("unchecked")
    private static void state(SignatureState state) {
        Select<Optional<SignatureState>> select = _get(Select.class,
                spec -> spec.withLabel(text("documents.filter.state")));
        _setValue(select, Optional.ofNullable(state));
    }

    @Test
    void staffSeeEveryCompanysRequestsInEveryStateDraftsIncluded() {
        search(prefix);

        assertThat(rows()).extracting(SignatureRow::number)
                .containsExactlyInAnyOrder(draft.number(), sent.number(), signed.number(), other.number());
        SignatureRow row = rows().stream().filter(r -> r.number().equals(signed.number())).findFirst().orElseThrow();
        assertThat(row.title()).isEqualTo(prefix + " SEPA-Mandat");
        assertThat(row.companyName()).isEqualTo(fixtures.companyName);
        assertThat(row.signerName()).isEqualTo(fixtures.signer.displayName());
        assertThat(row.state()).isEqualTo(SignatureState.SIGNED);
        assertThat(row.sentAt()).isNotNull();
        assertThat(row.signedAt()).isNotNull();
    }

    @Test
    void filtersByStateAndCustomer() {
        search(prefix);

        state(SignatureState.DRAFT);
        assertThat(rows()).extracting(SignatureRow::number).containsExactlyInAnyOrder(draft.number(), other.number());
        state(SignatureState.SENT);
        assertThat(rows()).extracting(SignatureRow::number).containsExactly(sent.number());
        state(SignatureState.SIGNED);
        assertThat(rows()).extracting(SignatureRow::number).containsExactly(signed.number());
        state(null);

        @SuppressWarnings("unchecked")
        ComboBox<ContactOption> company = _get(ComboBox.class, spec -> spec.withId("staff-signatures-company"));
        _setValue(company, new ContactOption(otherCompany, other.companyName()));
        assertThat(rows()).extracting(SignatureRow::number).containsExactly(other.number());
    }

    @Test
    void searchMatchesNumberTitleCustomerAndSigner() {
        search(sent.number());
        assertThat(rows()).extracting(SignatureRow::number).containsExactly(sent.number());

        search(prefix + " SEPA");
        assertThat(rows()).extracting(SignatureRow::number).containsExactly(signed.number());

        search(otherSigner.displayName());
        assertThat(rows()).extracting(SignatureRow::number).containsExactly(other.number());

        search(other.companyName());
        assertThat(rows()).extracting(SignatureRow::number).containsExactly(other.number());
    }

    @Test
    void pagesAndSortsInTheDatabase() {
        search(prefix);
        GridKt._sortByKey(grid(), "number", SortDirection.ASCENDING);

        List<SignatureRow> all = rows();
        assertThat(all).hasSize(4);
        assertThat(all).extracting(SignatureRow::number).isSorted();
        assertThat(GridKt._fetch(grid(), 1, 2)).containsExactly(all.get(1), all.get(2));

        GridKt._sortByKey(grid(), "title", SortDirection.DESCENDING);
        assertThat(rows()).extracting(SignatureRow::title).containsExactly(prefix + " SEPA-Mandat",
                prefix + " Rahmenvertrag", prefix + " Entwurf", prefix + " Café-Vertrag");
    }

    @Test
    void aRowOpensItsEditorAndTheButtonStartsANewRequest() {
        search(sent.number());
        GridKt._clickItem(grid(), 0);
        assertThat(_get(StaffSignatureView.class).getPageTitle()).contains(sent.number());

        navigate("staff/signatures");
        _click(_get(Button.class, spec -> spec.withId("staff-signatures-new")));
        assertThat(_find(StaffSignatureNewView.class)).hasSize(1);
    }

    @Test
    void portalUsersCannotOpenTheBackOfficeList() {
        login(TestWorld.CUSTOMER);

        navigate("staff/signatures");

        assertThat(_find(StaffSignaturesView.class)).isEmpty();
    }
}
