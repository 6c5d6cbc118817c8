package org.kundenportal.invoices.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kundenportal.KaribuTest;
import org.kundenportal.demo.DemoData;
import org.kundenportal.invoices.InvoiceFixtures;
import org.kundenportal.invoices.domain.Direction;
import org.kundenportal.invoices.domain.InvoicePaymentStatus;
import org.kundenportal.invoices.domain.InvoiceRow;

class InvoicesViewTest extends KaribuTest {

    private InvoiceList list() {
        return _get(InvoicesView.class).list();
    }

    private List<InvoiceRow> rows() {
        Grid<InvoiceRow> grid = list().grid();
        return GridKt._fetch(grid, 0, GridKt._size(grid));
    }

    private void assertNotFoundOrDenied() {
        assertThat(_find(InvoiceView.class)).isEmpty();
        assertThat(_find(H1.class)).extracting(H1::getText).containsAnyOf(
                UI.getCurrent().getTranslation("error.access-denied.title"),
                UI.getCurrent().getTranslation("error.not-found.title"));
    }

    @Test
    void customerPagesThroughMoreThanSixtyInvoices() {
        login(DemoData.CUSTOMER);
        navigate("invoices");

        Grid<InvoiceRow> grid = list().grid();
        assertThat(GridKt._size(grid)).isGreaterThan(60);
        List<InvoiceRow> secondPage = GridKt._fetch(grid, 50, 15);
        assertThat(secondPage).hasSize(15).allSatisfy(row -> assertThat(row.companyName()).startsWith("Bäckerei"));
        assertThat(rows()).extracting(InvoiceRow::number).doesNotHaveDuplicates();
    }

    @Test
    void statusFilterShowsOnlyThatStatus() {
        login(DemoData.CUSTOMER);
        navigate("invoices");

        list().filterBar().setState(InvoicePaymentStatus.OVERDUE);

        assertThat(rows()).isNotEmpty().allSatisfy(row -> assertThat(row.status()).isEqualTo(InvoicePaymentStatus.OVERDUE));
    }

    @Test
    void aCustomerSeesItsInvoicesWithoutADirectionFilterThatCouldOnlyShowAllOrNothing() {
        login(DemoData.CUSTOMER);
        navigate("invoices");

        assertThat(rows()).isNotEmpty().allSatisfy(row -> assertThat(row.direction()).isEqualTo(Direction.OUT));
        assertThat(list().direction()).isNull();
        assertThat(_find(Select.class)).noneSatisfy(select ->
                assertThat(select.getClassNames()).contains("invoice-direction-filter"));
    }

    @Test
    void supplierSeesItsBillsButNoCustomerInvoices() {
        login(DemoData.SUPPLIER);
        navigate("invoices");

        assertThat(rows()).isNotEmpty().allSatisfy(row -> assertThat(row.direction()).isEqualTo(Direction.IN));
        assertThat(list().direction()).isNull();
    }

    @Test
    void partnerSeesItsCustomersInvoicesWithTheirNames() {
        login(DemoData.PARTNER);
        navigate("invoices");

        assertThat(rows()).extracting(InvoiceRow::companyName).contains("Eiscafé Venezia", "Blumenhaus Lindner")
                .doesNotContain("Bäckerei Sonnenschein GmbH", "Café Morgenrot KG");
        assertThat(list().grid().getColumnByKey("company")).isNotNull();
    }

    @Test
    void anotherCompanysInvoiceIsNotFound() {
        InvoiceFixtures fixtures = new InvoiceFixtures(context);
        String bakeryInvoice = fixtures.posted(fixtures.bakery()).number();

        login(DemoData.CUSTOMER2);
        navigate("invoices/" + bakeryInvoice);
        assertNotFoundOrDenied();

        login(DemoData.SUPPLIER);
        navigate("invoices/" + bakeryInvoice);
        assertNotFoundOrDenied();

        login(DemoData.CUSTOMER);
        navigate("invoices/" + bakeryInvoice);
        assertThat(_find(InvoiceView.class)).hasSize(1);
    }

    @Test
    void draftsDoNotOpenInThePortal() {
        InvoiceFixtures fixtures = new InvoiceFixtures(context);
        String draft = fixtures.draft(fixtures.bakery()).number();

        login(DemoData.CUSTOMER);
        navigate("invoices/" + draft);

        assertNotFoundOrDenied();
    }

    @Test
    void homeCardCountsOpenInvoices() {
        login(DemoData.CUSTOMER);
        navigate("");

        assertThat(_find(RouterLink.class)).anySatisfy(card -> {
            assertThat(card.getHref()).isEqualTo("invoices");
            assertThat(card.getElement().getTextRecursively()).contains("offen");
        });
    }
}
