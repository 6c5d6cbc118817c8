package org.kundenportal.invoices.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kundenportal.db.Tables.SALE_ORDER;

import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.kundenportal.SpringTest;
import org.kundenportal.base.db.SortOrders;
import org.kundenportal.base.security.PortalScope;
import org.kundenportal.base.security.PortalScopeService;
import org.kundenportal.demo.DemoData;
import org.kundenportal.documents.domain.DocumentFilter;
import org.kundenportal.documents.domain.SaleOrderState;
import org.kundenportal.users.domain.UserRepository;
import org.springframework.beans.factory.annotation.Autowired;

class InvoiceRepositoryTest extends SpringTest {

    @Autowired
    InvoiceRepository invoices;
    @Autowired
    PortalScopeService scopes;
    @Autowired
    UserRepository users;
    @Autowired
    DSLContext db;

    private PortalScope scopeOf(String email) {
        return scopes.scopeOf(users.findPrincipal(email).orElseThrow());
    }

    private List<InvoiceRow> all(PortalScope scope, InvoiceFilter filter) {
        return invoices.page(scope, false, filter, 0, 1000, List.of());
    }

    @Test
    void demoBakeryHasInvoicesInEveryPaymentStatus() {
        List<InvoiceRow> rows = all(scopeOf(DemoData.CUSTOMER), InvoiceFilter.all());

        assertThat(rows).hasSizeGreaterThanOrEqualTo(60);
        assertThat(rows).extracting(InvoiceRow::status).contains(InvoicePaymentStatus.values());
    }

    @Test
    void sortingByStatusPutsOpenInvoicesOldestFirstThenPaidThenCancelled() {
        List<InvoiceRow> rows = invoices.page(scopeOf(DemoData.CUSTOMER), false, InvoiceFilter.all(), 0, 1000,
                List.of(new SortOrders.Sort("status", true)));

        List<Integer> ranks = rows.stream().map(row -> row.status().isOpen() ? 0
                : row.status() == InvoicePaymentStatus.PAID ? 1 : 2).toList();
        assertThat(ranks).isSorted().contains(0, 1, 2);
        List<InvoiceRow> open = rows.stream().filter(row -> row.status().isOpen()).toList();
        assertThat(open).extracting(InvoiceRow::invoiceDate).isSorted();
        assertThat(open.getFirst().status()).isEqualTo(InvoicePaymentStatus.OVERDUE);
    }

    @Test
    void statusFilterUsesTheDerivedStatus() {
        for (InvoicePaymentStatus status : InvoicePaymentStatus.values()) {
            InvoiceFilter filter = new InvoiceFilter(new DocumentFilter<>(null, null, null, status, null), null);
            assertThat(all(scopeOf(DemoData.CUSTOMER), filter)).isNotEmpty().allSatisfy(row ->
                    assertThat(row.status()).isEqualTo(status));
        }
    }

    @Test
    void supplierSeesItsBillsButNoCustomerInvoices() {
        List<InvoiceRow> rows = all(scopeOf(DemoData.SUPPLIER), InvoiceFilter.all());

        assertThat(rows).isNotEmpty().allSatisfy(row -> assertThat(row.direction()).isEqualTo(Direction.IN));
    }

    @Test
    void portalUsersNeverSeeDrafts() {
        long drafts = invoices.count(PortalScope.staff(), true,
                new InvoiceFilter(DocumentFilter.none(), Direction.OUT)) - invoices.count(PortalScope.staff(), false,
                new InvoiceFilter(DocumentFilter.none(), Direction.OUT));

        assertThat(drafts).isPositive();
    }

    @Test
    void confirmedOrdersToInvoiceComeInPagesNewestFirstAndByNumber() {
        long bakery = scopeOf(DemoData.CUSTOMER).ownCompanyId();
        List<InvoiceRepository.OrderToInvoice> all = invoices.confirmedOrders(bakery, null, 0, 1000);

        assertThat(all).hasSizeGreaterThan(2).isSortedAccordingTo(
                java.util.Comparator.comparing(InvoiceRepository.OrderToInvoice::orderDate).reversed());
        assertThat(invoices.confirmedOrders(bakery, "", 1, 2)).isEqualTo(all.subList(1, 3));
        String number = all.get(2).number();
        assertThat(invoices.confirmedOrders(bakery, number.substring(number.length() - 5).toLowerCase(), 0, 10))
                .contains(all.get(2));
        assertThat(invoices.confirmedOrder(all.get(2).id())).contains(all.get(2));
    }

    @Test
    void onlyConfirmedOrdersAreOffered() {
        long order = invoices.confirmedOrders(scopeOf(DemoData.CUSTOMER).ownCompanyId(), null, 0, 1).getFirst().id();
        long draft = db.select(SALE_ORDER.ID).from(SALE_ORDER).where(SALE_ORDER.STATE.eq(SaleOrderState.DRAFT)).limit(1)
                .fetchSingle(SALE_ORDER.ID);

        assertThat(invoices.confirmedOrder(order)).isPresent();
        assertThat(invoices.confirmedOrder(draft)).isEmpty();
    }

    @Test
    void searchFindsLineText() {
        InvoiceFilter filter = new InvoiceFilter(new DocumentFilter<>("Kaffeebohnen", null, null, null, null), null);

        assertThat(all(scopeOf(DemoData.CUSTOMER), filter)).isNotEmpty();
        assertThat(all(scopeOf(DemoData.CUSTOMER2), filter)).isEmpty();
    }
}
