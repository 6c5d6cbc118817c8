package org.kundenportal.invoices.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kundenportal.db.Tables.SALE_ORDER;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kundenportal.SpringTest;
import org.kundenportal.TestWorld;
import org.kundenportal.account.TestAccounts;
import org.kundenportal.base.db.SortOrders;
import org.kundenportal.base.security.PortalScope;
import org.kundenportal.base.security.PortalScopeService;
import org.kundenportal.documents.domain.DocumentFilter;
import org.kundenportal.invoices.InvoiceFixtures;
import org.kundenportal.orders.OrderFixtures;
import org.kundenportal.orders.OrderFixtures.TestOrder;
import org.kundenportal.orders.domain.OrderSource;
import org.kundenportal.users.domain.UserRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

class InvoiceRepositoryTest extends SpringTest {

    @Autowired
    InvoiceRepository invoices;
    @Autowired
    PortalScopeService scopes;
    @Autowired
    UserRepository users;
    @Autowired
    DSLContext db;
    @Autowired
    ApplicationContext context;

    InvoiceFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new InvoiceFixtures(context);
    }

    private PortalScope scopeOf(String email) {
        return scopes.scopeOf(users.findPrincipal(email).orElseThrow());
    }

    private List<InvoiceRow> all(PortalScope scope, InvoiceFilter filter) {
        return invoices.page(scope, false, filter, 0, 1000, List.of());
    }

    /** A customer of its own with one invoice in each payment status (and a draft, which it never sees). */
    private PortalScope customerWithEveryStatus(String prefix) {
        TestAccounts.Account customer = new TestAccounts(context).customer(prefix);
        long company = customer.companyId();
        fixtures.posted(company);
        fixtures.partiallyPaid(company);
        fixtures.overdue(company);
        fixtures.paid(company);
        fixtures.cancelled(company);
        fixtures.draft(company);
        return scopeOf(customer.email());
    }

    @Test
    void aCustomerSeesItsInvoicesInEveryPaymentStatus() {
        List<InvoiceRow> rows = all(customerWithEveryStatus("every-status"), InvoiceFilter.all());

        assertThat(rows).extracting(InvoiceRow::status).containsExactlyInAnyOrder(InvoicePaymentStatus.values());
    }

    @Test
    void sortingByStatusPutsOpenInvoicesOldestFirstThenPaidThenCancelled() {
        List<InvoiceRow> rows = invoices.page(customerWithEveryStatus("status-sort"), false, InvoiceFilter.all(), 0, 1000,
                List.of(new SortOrders.Sort("status", true)));

        List<Integer> ranks = rows.stream().map(row -> row.status().isOpen() ? 0
                : row.status() == InvoicePaymentStatus.PAID ? 1 : 2).toList();
        assertThat(ranks).isSorted().contains(0, 1, 2);
        List<InvoiceRow> open = rows.stream().filter(row -> row.status().isOpen()).toList();
        assertThat(open).hasSize(3).extracting(InvoiceRow::invoiceDate).isSorted();
        assertThat(open.getFirst().status()).isEqualTo(InvoicePaymentStatus.OVERDUE);
    }

    @Test
    void statusFilterUsesTheDerivedStatus() {
        PortalScope scope = customerWithEveryStatus("status-filter");
        for (InvoicePaymentStatus status : InvoicePaymentStatus.values()) {
            InvoiceFilter filter = new InvoiceFilter(new DocumentFilter<>(null, null, null, status, null), null);
            assertThat(all(scope, filter)).as(status.name()).singleElement().satisfies(row ->
                    assertThat(row.status()).isEqualTo(status));
        }
    }

    @Test
    void supplierSeesItsBillsButNoCustomerInvoices() {
        Invoice bill = fixtures.posted(world.supplier().companyId(), InvoiceKind.INVOICE, Direction.IN, new BigDecimal("50.00"));
        fixtures.posted(world.supplier().companyId());

        List<InvoiceRow> rows = all(scopeOf(TestWorld.SUPPLIER), InvoiceFilter.all());

        assertThat(rows).extracting(InvoiceRow::number).contains(bill.number());
        assertThat(rows).allSatisfy(row -> assertThat(row.direction()).isEqualTo(Direction.IN));
    }

    @Test
    void portalUsersNeverSeeDrafts() {
        Invoice draft = fixtures.draft(world.customer().companyId());
        long drafts = invoices.count(PortalScope.staff(), true,
                new InvoiceFilter(DocumentFilter.none(), Direction.OUT)) - invoices.count(PortalScope.staff(), false,
                new InvoiceFilter(DocumentFilter.none(), Direction.OUT));

        assertThat(drafts).isPositive();
        assertThat(all(scopeOf(TestWorld.CUSTOMER), InvoiceFilter.all())).extracting(InvoiceRow::number)
                .doesNotContain(draft.number());
    }

    /** A customer of its own with four confirmed orders, ordered on four different days. */
    private long companyWithConfirmedOrders(String prefix) {
        long company = new TestAccounts(context).customer(prefix).companyId();
        OrderFixtures orders = new OrderFixtures(context);
        for (int daysAgo = 1; daysAgo <= 4; daysAgo++) {
            TestOrder order = orders.confirmed(company);
            db.update(SALE_ORDER).set(SALE_ORDER.ORDER_DATE, LocalDate.now().minusDays(daysAgo * 3L))
                    .where(SALE_ORDER.ID.eq(order.id())).execute();
        }
        orders.order(company, "DRAFT", OrderSource.BACK_OFFICE, false);
        return company;
    }

    @Test
    void confirmedOrdersToInvoiceComeInPagesNewestFirstAndByNumber() {
        long company = companyWithConfirmedOrders("orders-to-invoice");
        List<InvoiceRepository.OrderToInvoice> all = invoices.confirmedOrders(company, null, 0, 1000);

        assertThat(all).hasSize(4).isSortedAccordingTo(
                java.util.Comparator.comparing(InvoiceRepository.OrderToInvoice::orderDate).reversed());
        assertThat(invoices.confirmedOrders(company, "", 1, 2)).isEqualTo(all.subList(1, 3));
        String number = all.get(2).number();
        assertThat(invoices.confirmedOrders(company, number.substring(number.length() - 5).toLowerCase(), 0, 10))
                .contains(all.get(2));
        assertThat(invoices.confirmedOrder(all.get(2).id())).contains(all.get(2));
    }

    @Test
    void onlyConfirmedOrdersAreOffered() {
        long company = companyWithConfirmedOrders("only-confirmed");
        long order = invoices.confirmedOrders(company, null, 0, 1).getFirst().id();
        long draft = db.select(SALE_ORDER.ID).from(SALE_ORDER)
                .where(SALE_ORDER.STATE.eq(org.kundenportal.documents.domain.SaleOrderState.DRAFT),
                        SALE_ORDER.CUSTOMER_COMPANY_ID.eq(company))
                .fetchSingle(SALE_ORDER.ID);

        assertThat(invoices.confirmedOrder(order)).isPresent();
        assertThat(invoices.confirmedOrder(draft)).isEmpty();
    }

    @Test
    void searchFindsLineText() {
        String text = "Kaffeebohnen " + System.nanoTime();
        Invoice invoice = fixtures.posted(world.customer().companyId(), text);
        InvoiceFilter filter = new InvoiceFilter(new DocumentFilter<>(text.toLowerCase(), null, null, null, null), null);

        assertThat(all(scopeOf(TestWorld.CUSTOMER), filter)).extracting(InvoiceRow::number).containsExactly(invoice.number());
        assertThat(all(scopeOf(TestWorld.CUSTOMER2), filter)).isEmpty();
    }
}
