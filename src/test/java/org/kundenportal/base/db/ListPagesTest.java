package org.kundenportal.base.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kundenportal.SpringTest;
import org.kundenportal.account.TestAccounts;
import org.kundenportal.base.db.SortOrders.Sort;
import org.kundenportal.base.security.PortalScope;
import org.kundenportal.base.security.PortalScopeService;
import org.kundenportal.documents.domain.DocumentFilter;
import org.kundenportal.invoices.InvoiceFixtures;
import org.kundenportal.invoices.domain.Direction;
import org.kundenportal.invoices.domain.Invoice;
import org.kundenportal.invoices.domain.InvoiceFilter;
import org.kundenportal.invoices.domain.InvoiceKind;
import org.kundenportal.invoices.domain.InvoicePaymentStatus;
import org.kundenportal.invoices.domain.InvoiceRepository;
import org.kundenportal.orders.OrderFixtures;
import org.kundenportal.orders.domain.OrderRepository;
import org.kundenportal.orders.domain.OrderSource;
import org.kundenportal.quotes.domain.QuoteRepository;
import org.kundenportal.quotes.domain.QuoteRepository.Audience;
import org.kundenportal.receipts.RetailFixtures;
import org.kundenportal.receipts.domain.ReceiptRepository;
import org.kundenportal.receipts.domain.ReceiptType;
import org.kundenportal.tickets.domain.TicketFilter;
import org.kundenportal.tickets.domain.TicketFixtures;
import org.kundenportal.tickets.domain.TicketRepository;
import org.kundenportal.tickets.domain.TicketState;
import org.kundenportal.users.domain.UserRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The lists page through {@link ListPages} every way a grid asks: page after page (each found by the previous page's
 * last sort key), backwards from the end, by jumping to any page knowing only the count, and by plain offset. Every
 * page must be exactly that slice of the whole list read at once, for every sort the grids offer, up and down.
 */
class ListPagesTest extends SpringTest {

    /** Small pages, so that the lists this test builds have several of them. */
    private static final int PAGE = 3;

    @Autowired
    InvoiceRepository invoices;
    @Autowired
    QuoteRepository quotes;
    @Autowired
    OrderRepository orders;
    @Autowired
    ReceiptRepository receipts;
    @Autowired
    TicketRepository tickets;
    @Autowired
    PortalScopeService scopes;
    @Autowired
    UserRepository users;
    @Autowired
    ApplicationContext context;

    /** A repository's page method with its scope and sort fixed. */
    interface Reader<F> {
        List<?> page(F filter, int offset, int limit, ListPages pages);
    }

    /**
     * A customer of its own with ten invoices (seven paid, some sharing an amount or a date, so that the sort keys
     * tie), four quotes, four orders, five receipts on two registers and four tickets; returns its scope.
     */
    private PortalScope customer() {
        TestAccounts.Account account = new TestAccounts(context).customer("pages");
        long company = account.companyId();
        InvoiceFixtures invoiceFixtures = new InvoiceFixtures(context);
        String[] nets = {"100.00", "25.50", "100.00", "7.00", "310.00", "25.50", "99.99", "12.00", "100.00", "48.00"};
        for (int i = 0; i < nets.length; i++) {
            Invoice invoice = i % 4 == 3 ? invoiceFixtures.overdue(company)
                    : invoiceFixtures.posted(company, InvoiceKind.INVOICE, Direction.OUT, new BigDecimal(nets[i]));
            if (i < 7) {
                invoices.addPaid(invoice.id(), invoice.total(), Instant.now());
            }
        }
        OrderFixtures orderFixtures = new OrderFixtures(context);
        TicketFixtures ticketFixtures = new TicketFixtures(context);
        for (int i = 0; i < 4; i++) {
            orderFixtures.order(company, "SENT", OrderSource.BACK_OFFICE, false);
            orderFixtures.confirmed(company);
            ticketFixtures.ticket(company, TicketState.values()[i % TicketState.values().length], "Seite " + i);
        }
        RetailFixtures retail = new RetailFixtures(context);
        long employee = retail.employee("Paula Paging", ReceiptType.NAME);
        long register = retail.register();
        long secondRegister = retail.register();
        for (int i = 0; i < 5; i++) {
            retail.receipt(company, i % 2 == 0 ? register : secondRegister, employee);
        }
        return scopes.scopeOf(users.findPrincipal(account.email()).orElseThrow());
    }

    @Test
    void invoicePagesAreSlicesOfTheWholeListInEverySort() {
        PortalScope scope = customer();
        for (List<Sort> sort : sorts(InvoiceRepository.SORT_FIELDS.keySet().stream().filter(key -> !key.equals("company")).toList())) {
            readEveryWay(InvoiceFilter.all(), invoices.count(scope, false, InvoiceFilter.all()),
                    (filter, offset, limit, pages) -> invoices.page(scope, false, filter, offset, limit, sort, pages));
        }
        InvoiceFilter paid = new InvoiceFilter(new DocumentFilter<>(null, null, null, InvoicePaymentStatus.PAID, null), null);
        readEveryWay(paid, invoices.count(scope, false, paid),
                (filter, offset, limit, pages) -> invoices.page(scope, false, filter, offset, limit, List.of(), pages));
    }

    @Test
    void staffSeesEveryInvoiceInPagesToo() {
        customer();
        PortalScope staff = PortalScope.staff();
        readEveryWay(InvoiceFilter.all(), invoices.count(staff, true, InvoiceFilter.all()),
                (filter, offset, limit, pages) -> invoices.page(staff, true, filter, offset, limit,
                        List.of(new Sort("company", true)), pages));
    }

    /** Quotes, orders and tickets as staff see them and as the customer sees its quotes, receipts as the customer. */
    @Test
    void quoteOrderReceiptAndTicketPagesAreSlicesOfTheirWholeLists() {
        PortalScope scope = customer();
        PortalScope staff = PortalScope.staff();
        DocumentFilter<org.kundenportal.quotes.domain.QuoteStatus> noQuoteFilter = DocumentFilter.none();
        for (List<Sort> sort : sorts(List.of("number", "quoteDate", "validUntil", "total", "customer"))) {
            readEveryWay(noQuoteFilter, quotes.count(Audience.STAFF, staff, noQuoteFilter),
                    (filter, offset, limit, pages) -> quotes.page(Audience.STAFF, staff, filter, offset, limit, sort, pages));
        }
        readEveryWay(noQuoteFilter, quotes.count(Audience.PORTAL, scope, noQuoteFilter),
                (filter, offset, limit, pages) -> quotes.page(Audience.PORTAL, scope, filter, offset, limit, List.of(), pages));
        DocumentFilter<org.kundenportal.orders.domain.ShippingStatus> noOrderFilter = DocumentFilter.none();
        for (List<Sort> sort : sorts(List.of("number", "orderDate", "source", "deliveryStatus", "total", "customer"))) {
            readEveryWay(noOrderFilter, orders.count(staff, noOrderFilter),
                    (filter, offset, limit, pages) -> orders.page(staff, filter, offset, limit, sort, pages));
        }
        DocumentFilter<org.kundenportal.receipts.domain.PaymentMethod> noReceiptFilter = DocumentFilter.none();
        for (List<Sort> sort : sorts(List.of("number", "date", "register", "total", "paymentMethod"))) {
            readEveryWay(noReceiptFilter, receipts.count(scope, noReceiptFilter),
                    (filter, offset, limit, pages) -> receipts.page(scope, filter, offset, limit, sort, pages));
        }
        for (List<Sort> sort : sorts(List.of("number", "subject", "state", "priority", "customer", "assigned", "created",
                "updated"))) {
            readEveryWay(TicketFilter.none(), tickets.count(staff, TicketFilter.none()),
                    (filter, offset, limit, pages) -> tickets.page(staff, filter, offset, limit, sort, pages));
        }
    }

    @Test
    void aNewFilterForgetsTheOldOnesBookmarksAndCount() {
        PortalScope scope = customer();
        ListPages pages = new ListPages();
        int all = pages.counted(InvoiceFilter.all(), invoices.count(scope, false, InvoiceFilter.all()));
        invoices.page(scope, false, InvoiceFilter.all(), 0, PAGE, List.of(), pages);
        invoices.page(scope, false, InvoiceFilter.all(), all - PAGE, PAGE, List.of(), pages);
        InvoiceFilter paid = new InvoiceFilter(new DocumentFilter<>(null, null, null, InvoicePaymentStatus.PAID, null), null);

        List<?> paidPage = invoices.page(scope, false, paid, PAGE, PAGE, List.of(), pages);

        assertThat(paidPage).isEqualTo(invoices.page(scope, false, paid, 0, 1000, List.of(), new ListPages())
                .subList(PAGE, 2 * PAGE));
    }

    /** No sort (the list's own order), then each key up and down. */
    private static List<List<Sort>> sorts(List<String> keys) {
        List<List<Sort>> sorts = new ArrayList<>();
        sorts.add(List.of());
        for (String key : keys) {
            sorts.add(List.of(new Sort(key, true)));
            sorts.add(List.of(new Sort(key, false)));
        }
        return sorts;
    }

    private static <F> void readEveryWay(F filter, int total, Reader<F> reader) {
        List<?> whole = reader.page(filter, 0, total + 10, new ListPages());
        assertThat(whole).as("the whole list").hasSize(total);
        assertThat(total).as("enough rows for more than one page").isGreaterThan(PAGE);

        ListPages down = counted(filter, total, new ListPages());
        for (int offset = 0; offset < total; offset += PAGE) {
            assertThat(reader.page(filter, offset, PAGE, down)).as("scrolling down at %d", offset)
                    .isEqualTo(slice(whole, offset));
        }
        // from the end, as long lists are read in their second half
        ListPages up = counted(filter, total, new ListPages(0));
        for (int offset = (total - 1) / PAGE * PAGE; offset >= 0; offset -= PAGE) {
            assertThat(reader.page(filter, offset, PAGE, up)).as("scrolling up at %d", offset)
                    .isEqualTo(slice(whole, offset));
        }
        for (int offset = 0; offset < total; offset += PAGE) {
            assertThat(reader.page(filter, offset, PAGE, counted(filter, total, new ListPages(0))))
                    .as("jumping to %d", offset).isEqualTo(slice(whole, offset));
            assertThat(reader.page(filter, offset, PAGE, counted(filter, total, new ListPages())))
                    .as("jumping to %d in a short list", offset).isEqualTo(slice(whole, offset));
            assertThat(reader.page(filter, offset, PAGE, new ListPages())).as("offset %d", offset)
                    .isEqualTo(slice(whole, offset));
        }
        // an odd window, as the grid asks for after a resize, and a window past the end
        assertThat(reader.page(filter, 3, PAGE + 3, down)).isEqualTo(whole.subList(3, Math.min(total, 3 + PAGE + 3)));
        assertThat(reader.page(filter, total, PAGE, counted(filter, total, new ListPages(0)))).isEmpty();
    }

    private static ListPages counted(Object filter, int total, ListPages pages) {
        pages.counted(filter, total);
        return pages;
    }

    private static List<?> slice(List<?> whole, int offset) {
        return whole.subList(offset, Math.min(whole.size(), offset + PAGE));
    }
}
