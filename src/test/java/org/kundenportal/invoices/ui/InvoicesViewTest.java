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
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kundenportal.KaribuTest;
import org.kundenportal.TestWorld;
import org.kundenportal.account.TestAccounts;
import org.kundenportal.invoices.InvoiceFixtures;
import org.kundenportal.invoices.domain.Direction;
import org.kundenportal.invoices.domain.InvoiceKind;
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
        InvoiceFixtures fixtures = new InvoiceFixtures(context);
        TestAccounts.Account customer = new TestAccounts(context).customer("sixty-one");
        for (int i = 0; i < 61; i++) {
            fixtures.posted(customer.companyId());
        }
        login(customer.email());
        navigate("invoices");

        Grid<InvoiceRow> grid = list().grid();
        assertThat(GridKt._size(grid)).isEqualTo(61);
        List<InvoiceRow> secondPage = GridKt._fetch(grid, 50, 15);
        assertThat(secondPage).hasSize(11).allSatisfy(row -> assertThat(row.companyName()).startsWith("Testfirma"));
        assertThat(rows()).extracting(InvoiceRow::number).doesNotHaveDuplicates();
    }

    @Test
    void statusFilterShowsOnlyThatStatus() {
        InvoiceFixtures fixtures = new InvoiceFixtures(context);
        fixtures.overdue(world.customer().companyId());
        fixtures.posted(world.customer().companyId());
        login(TestWorld.CUSTOMER);
        navigate("invoices");

        list().filterBar().setState(InvoicePaymentStatus.OVERDUE);

        assertThat(rows()).isNotEmpty().allSatisfy(row -> assertThat(row.status()).isEqualTo(InvoicePaymentStatus.OVERDUE));
    }

    @Test
    void aCustomerSeesItsInvoicesWithoutADirectionFilterThatCouldOnlyShowAllOrNothing() {
        new InvoiceFixtures(context).posted(world.customer().companyId());
        login(TestWorld.CUSTOMER);
        navigate("invoices");

        assertThat(rows()).isNotEmpty().allSatisfy(row -> assertThat(row.direction()).isEqualTo(Direction.OUT));
        assertThat(list().direction()).isNull();
        assertThat(_find(Select.class)).noneSatisfy(select ->
                assertThat(select.getClassNames()).contains("invoice-direction-filter"));
    }

    @Test
    void supplierSeesItsBillsButNoCustomerInvoices() {
        new InvoiceFixtures(context).posted(world.supplier().companyId(), InvoiceKind.INVOICE, Direction.IN, new BigDecimal("50.00"));
        login(TestWorld.SUPPLIER);
        navigate("invoices");

        assertThat(rows()).isNotEmpty().allSatisfy(row -> assertThat(row.direction()).isEqualTo(Direction.IN));
        assertThat(list().direction()).isNull();
    }

    @Test
    void partnerSeesItsCustomersInvoicesWithTheirNames() {
        InvoiceFixtures fixtures = new InvoiceFixtures(context);
        fixtures.posted(world.partnerCustomer().companyId());
        fixtures.posted(world.partnerCustomer2().id());
        fixtures.posted(world.customer().companyId());
        fixtures.posted(world.customer2().companyId());
        login(TestWorld.PARTNER);
        navigate("invoices");

        assertThat(rows()).extracting(InvoiceRow::companyName)
                .contains(TestWorld.PARTNER_CUSTOMER_COMPANY, TestWorld.PARTNER_CUSTOMER2_COMPANY)
                .doesNotContain(TestWorld.CUSTOMER_COMPANY, TestWorld.CUSTOMER2_COMPANY);
        assertThat(list().grid().getColumnByKey("company")).isNotNull();
    }

    @Test
    void anotherCompanysInvoiceIsNotFound() {
        InvoiceFixtures fixtures = new InvoiceFixtures(context);
        String bakeryInvoice = fixtures.posted(world.customer().companyId()).number();

        login(TestWorld.CUSTOMER2);
        navigate("invoices/" + bakeryInvoice);
        assertNotFoundOrDenied();

        login(TestWorld.SUPPLIER);
        navigate("invoices/" + bakeryInvoice);
        assertNotFoundOrDenied();

        login(TestWorld.CUSTOMER);
        navigate("invoices/" + bakeryInvoice);
        assertThat(_find(InvoiceView.class)).hasSize(1);
    }

    @Test
    void draftsDoNotOpenInThePortal() {
        InvoiceFixtures fixtures = new InvoiceFixtures(context);
        String draft = fixtures.draft(world.customer().companyId()).number();

        login(TestWorld.CUSTOMER);
        navigate("invoices/" + draft);

        assertNotFoundOrDenied();
    }

    @Test
    void homeCardCountsOpenInvoices() {
        new InvoiceFixtures(context).posted(world.customer().companyId());
        login(TestWorld.CUSTOMER);
        navigate("");

        assertThat(_find(RouterLink.class)).anySatisfy(card -> {
            assertThat(card.getHref()).isEqualTo("invoices");
            assertThat(card.getElement().getTextRecursively()).contains("offen");
        });
    }
}
