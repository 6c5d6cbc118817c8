package org.kundenportal.receipts.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kundenportal.KaribuTest;
import org.kundenportal.TestWorld;
import org.kundenportal.account.TestAccounts;
import org.kundenportal.base.i18n.Formats;
import org.kundenportal.documents.ui.PdfLinks;
import org.kundenportal.documents.ui.PreviewBanner;
import org.kundenportal.receipts.RetailFixtures;
import org.kundenportal.receipts.domain.PaymentMethod;
import org.kundenportal.receipts.domain.ReceiptRow;
import org.kundenportal.receipts.domain.ReceiptType;

class ReceiptsViewTest extends KaribuTest {

    RetailFixtures fixtures;
    long bakery;
    long register;

    @BeforeEach
    void setUp() {
        fixtures = new RetailFixtures(context);
        bakery = fixtures.companyOf(TestWorld.CUSTOMER);
        register = fixtures.register();
    }

    @SuppressWarnings("unchecked")
    private Grid<ReceiptRow> grid() {
        return _get(_get(ReceiptsView.class), Grid.class);
    }

    private List<ReceiptRow> rows() {
        Grid<ReceiptRow> grid = grid();
        return GridKt._fetch(grid, 0, GridKt._size(grid));
    }

    private String fact(String className) {
        return _get(Span.class, spec -> spec.withClasses(className)).getText();
    }

    @Test
    void aCompanysReceiptsArePagedAndSortedInSql() {
        TestAccounts.Account customer = new TestAccounts(context).customer("receipt-pages");
        long cashier = fixtures.employee("Paula Paging", ReceiptType.NAME);
        for (int i = 1; i <= 45; i++) {
            fixtures.receipt(customer.companyId(), register, cashier, PaymentMethod.CASH, i + ".00");
        }
        String companyName = fixtures.contacts.name(customer.companyId()).orElseThrow();
        login(customer.email());
        navigate("receipts");

        Grid<ReceiptRow> grid = grid();
        assertThat(GridKt._size(grid)).isEqualTo(45);
        assertThat(GridKt._fetch(grid, 0, 20)).hasSize(20);
        assertThat(GridKt._fetch(grid, 20, 20)).hasSize(20).doesNotContainAnyElementsOf(GridKt._fetch(grid, 0, 20));
        assertThat(GridKt._fetch(grid, 40, 20)).hasSize(5);
        assertThat(rows()).allMatch(row -> row.companyName().equals(companyName));

        GridKt._sortByKey(grid, "total", SortDirection.DESCENDING);
        List<ReceiptRow> sorted = rows();
        assertThat(sorted.get(0).total()).isEqualByComparingTo("45.00");
        assertThat(sorted.get(sorted.size() - 1).total()).isEqualByComparingTo("1.00");
    }

    @Test
    @SuppressWarnings("unchecked")
    void thePaymentMethodFilterIsNamedSoAndNarrowsTheList() {
        long cashier = fixtures.employee("Karl Karte", ReceiptType.NAME);
        String card = fixtures.receipt(bakery, register, cashier, PaymentMethod.CARD, "8.50");
        String cash = fixtures.receipt(bakery, register, cashier, PaymentMethod.CASH, "8.50");
        login(TestWorld.CUSTOMER);
        navigate("receipts");

        Select<Optional<PaymentMethod>> method = _get(Select.class, spec -> spec.withLabel("Zahlungsart"));
        assertThat(method.getItemLabelGenerator().apply(Optional.empty())).isEqualTo("Alle Zahlungsarten");
        _setValue(method, Optional.of(PaymentMethod.CARD));

        assertThat(rows()).extracting(ReceiptRow::number).contains(card).doesNotContain(cash);
        assertThat(rows()).allMatch(row -> row.paymentMethod() == PaymentMethod.CARD);
    }

    @Test
    void searchFindsAReceiptByNumberAndTheDateRangeNarrowsTheList() {
        String number = fixtures.receipt(bakery, register, fixtures.employee("Suse Suche", ReceiptType.NAME));
        login(TestWorld.CUSTOMER);
        navigate("receipts");

        _setValue(_get(_get(ReceiptsView.class), TextField.class), number);
        assertThat(rows()).extracting(ReceiptRow::number).containsExactly(number);

        _setValue(_get(_get(ReceiptsView.class), TextField.class), "");
        LocalDate today = LocalDate.now(Formats.ZONE);
        _setValue(_get(DatePicker.class, spec -> spec.withLabel(UI.getCurrent().getTranslation("documents.filter.from"))), today);
        assertThat(rows()).extracting(ReceiptRow::number).contains(number);
        assertThat(rows()).allMatch(row -> !row.date().isBefore(today.atStartOfDay(Formats.ZONE).toInstant()));
    }

    @Test
    void theDetailShowsRegisterAndTheCashierByNameWhenTheSettingSaysName() {
        String number = fixtures.receipt(bakery, register, fixtures.employee("Clara Kassiererin", ReceiptType.NAME));
        login(TestWorld.CUSTOMER);
        navigate("receipts/" + number);

        assertThat(_get(H1.class).getText()).contains(number);
        assertThat(fact("receipt-register")).startsWith("Testkasse");
        assertThat(fact("receipt-cashier")).isEqualTo("Clara Kassiererin");
        assertThat(_find(PreviewBanner.class)).isEmpty();
        assertThat(_get(ReceiptView.class).getElement().getTextRecursively()).contains("17,25", "Bar");
    }

    @Test
    void theDetailLinksToTheReceiptPdf() {
        String number = fixtures.receipt(bakery, register, fixtures.employee("Petra Pdf", ReceiptType.NAME));
        login(TestWorld.CUSTOMER);
        navigate("receipts/" + number);

        PdfLinks links = _get(PdfLinks.class);
        assertThat(_get(links, Anchor.class).getHref()).isEqualTo("/documents/receipt/" + number + ".pdf?download");
        assertThat(_find(links, Button.class)).hasSize(2);
    }

    @Test
    void theDetailShowsOnlyTheReferenceWhenTheSettingSaysReference() {
        long employee = fixtures.employee("Richard Referenz", ReceiptType.REFERENCE);
        String number = fixtures.receipt(bakery, register, employee);
        login(TestWorld.CUSTOMER);
        navigate("receipts/" + number);

        assertThat(fact("receipt-cashier")).isEqualTo(fixtures.employees.find(employee).orElseThrow().reference());
        assertThat(_get(ReceiptView.class).getElement().getTextRecursively()).doesNotContain("Richard Referenz");
    }

    @Test
    void aRowOpensTheReceipt() {
        fixtures.receipt(bakery, register, fixtures.employee("Rolf Reihe", ReceiptType.NAME));
        login(TestWorld.CUSTOMER);
        navigate("receipts");

        String number = GridKt._get(grid(), 0).number();
        GridKt._clickItem(grid(), 0);

        assertThat(_get(ReceiptView.class)).isNotNull();
        assertThat(_get(H1.class).getText()).contains(number);
    }

    @Test
    void anotherCustomerGetsNotFoundForABakeryReceipt() {
        String number = fixtures.receipt(bakery, register, fixtures.employee("Gabi Geheim", ReceiptType.NAME));
        login(TestWorld.CUSTOMER2);
        navigate("receipts/" + number);

        assertThat(_find(ReceiptView.class)).isEmpty();
        String refusal = _get(H1.class).getText();

        navigate("receipts/BON-1900-99999");
        assertThat(_get(H1.class).getText()).isEqualTo(refusal);
    }

    @Test
    void staffSeeTheReceiptAsACustomerPreview() {
        String number = fixtures.receipt(bakery, register, fixtures.employee("Paula Preview", ReceiptType.NAME));
        login(TestWorld.STAFF);
        navigate("receipts/" + number);

        assertThat(_find(PreviewBanner.class)).hasSize(1);
        assertThat(fact("receipt-cashier")).isEqualTo("Paula Preview");
    }
}
