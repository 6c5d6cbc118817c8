package org.kundenportal.bench.db;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jooq.DSLContext;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultConfiguration;
import org.kundenportal.base.db.ListPages;
import org.kundenportal.base.db.SortOrders.Sort;
import org.kundenportal.base.security.PortalScope;
import org.kundenportal.bench.BenchArgs;
import org.kundenportal.bench.Report;
import org.kundenportal.documents.domain.DocumentFilter;
import org.kundenportal.invoices.domain.Direction;
import org.kundenportal.invoices.domain.InvoiceFilter;
import org.kundenportal.invoices.domain.InvoiceRepository;
import org.kundenportal.invoices.domain.InvoicePaymentStatus;
import org.kundenportal.orders.domain.ShippingStatus;
import org.kundenportal.orders.domain.OrderRepository;
import org.kundenportal.quotes.domain.QuoteRepository;
import org.kundenportal.quotes.domain.QuoteStatus;
import org.kundenportal.receipts.domain.PaymentMethod;
import org.kundenportal.receipts.domain.ReceiptRepository;
import org.kundenportal.tickets.domain.TicketFilter;
import org.kundenportal.tickets.domain.TicketRepository;
import org.kundenportal.tickets.domain.TicketState;

/**
 * The SQL of every portal list page for the big customer, made by the app's own repositories (so it is the real
 * SQL, sorts and filters included): the first page, page 500 and the last page of each sort and filter the views
 * offer, and the grid's count. Each statement is captured as jOOQ renders it, then run again over plain JDBC and
 * timed (median of N runs, rows fetched), and explained: the index MariaDB uses and the rows it read (the session's
 * Handler_read counters), which is what decides whether a deep page stays cheap.
 */
public final class ListPageBench {

    /** Vaadin's grid fetches pages of 50 rows. */
    static final int PAGE_SIZE = 50;
    static final int DEEP_PAGE = 500;
    /** The target of the issue: any list page in at most 5 ms of database time. */
    static final double TARGET_MS = 5;

    /** A portal list as its view reads it: pages and the count, by filter. */
    interface ListSource<F> {
        List<?> page(F filter, int offset, int limit, List<Sort> sort, ListPages pages);

        int count(F filter);
    }

    /** What one statement cost. */
    record Measurement(double medianMs, long rowsRead, Set<String> indexes, boolean filesort, int rows) {
    }

    private final Connection connection;
    private final DSLContext db;
    private final int repetitions;
    private String lastSql;
    private final List<Measurement> all = new ArrayList<>();

    private ListPageBench(Connection connection, int repetitions) {
        this.connection = connection;
        this.repetitions = repetitions;
        DSLContext renderer = DSL.using(SQLDialect.MARIADB, new Settings());
        // the statement as the repositories send it, with the values inlined as MariaDB's driver does
        ExecuteListener capture = new ExecuteListener() {
            @Override
            public void executeStart(ExecuteContext ctx) {
                lastSql = ctx.query() != null ? renderer.renderInlined(ctx.query()) : ctx.sql();
            }
        };
        this.db = DSL.using(new DefaultConfiguration().set(connection).set(SQLDialect.MARIADB).set(capture));
    }

    public static void main(String[] arguments) throws Exception {
        BenchArgs args = BenchArgs.parse(arguments);
        Report report = args.report();
        try (Connection connection = DriverManager.getConnection(args.required("url"), "root", "")) {
            try (Statement session = connection.createStatement()) {
                session.execute("SET time_zone = '+00:00'");
            }
            new ListPageBench(connection, args.quick() ? 5 : 15).run(report);
        }
    }

    private void run(Report report) throws SQLException {
        long big = single("SELECT id FROM contact WHERE reference = 'BENCH-0001'");
        PortalScope scope = new PortalScope(false, big, Set.of(big), Set.of());
        warmUp();
        report.append(("## 4. Database: list pages of the big customer\n\n"
                + "Each statement is the one the app's repository renders for the portal view of `bench-user-1` (the "
                + "big customer), run over JDBC from core 1 with the values inlined; median of %d runs in ms, rows "
                + "fetched. Pages of %d rows (Vaadin's grid page size), read through `ListPages` as the grids do: "
                + "*first* page; page %d *scrolled* to (the grid read page %d before, so the page starts after that "
                + "page's last sort key: keyset); page %d *jumped* to with the scroll bar (only the count known: read "
                + "from the nearer end of the list, rows skipped over the index alone); *last* page (the reversed "
                + "order's first page). All three ways are checked to return the rows plain OFFSET returns. *Count* is "
                + "the grid's size query. *Index*: the keys EXPLAIN shows for the list's table (+ filesort when MariaDB "
                + "sorts the rows itself; not counting the page's own ≤ 50 rows fetched by id); *rows read*: the session's Handler_read counters for the costliest page. "
                + "Target: every page ≤ %.0f ms (bold when missed).\n\n")
                .formatted(repetitions, PAGE_SIZE, DEEP_PAGE, DEEP_PAGE - 1, DEEP_PAGE, TARGET_MS));

        InvoiceRepository invoices = new InvoiceRepository(db);
        report.append(list("Invoices", "invoice", new ListSource<InvoiceFilter>() {
            public List<?> page(InvoiceFilter f, int offset, int limit, List<Sort> sort, ListPages pages) {
                return invoices.page(scope, false, f, offset, limit, sort, pages);
            }

            public int count(InvoiceFilter f) {
                return invoices.count(scope, false, f);
            }
        }, InvoiceFilter.all(), List.of("number", "invoiceDate", "dueDate", "status", "total", "amountDue"),
                filters(InvoicePaymentStatus.values(), s -> new InvoiceFilter(new DocumentFilter<>(null, null, null, s, null), null),
                        new InvoiceFilter(new DocumentFilter<>(null, null, null, null, null), Direction.OUT),
                        text -> new InvoiceFilter(new DocumentFilter<>(text, null, null, null, null), null),
                        (from, to) -> new InvoiceFilter(new DocumentFilter<>(null, from, to, null, null), null))));

        QuoteRepository quotes = new QuoteRepository(db);
        report.append(list("Quotes", "sale_order", new ListSource<DocumentFilter<QuoteStatus>>() {
            public List<?> page(DocumentFilter<QuoteStatus> f, int offset, int limit, List<Sort> sort, ListPages pages) {
                return quotes.page(QuoteRepository.Audience.PORTAL, scope, f, offset, limit, sort, pages);
            }

            public int count(DocumentFilter<QuoteStatus> f) {
                return quotes.count(QuoteRepository.Audience.PORTAL, scope, f);
            }
        }, DocumentFilter.none(), List.of("number", "quoteDate", "validUntil", "total"),
                filters(QuoteStatus.PORTAL.toArray(QuoteStatus[]::new), ListPageBench::state, null,
                        text -> new DocumentFilter<>(text, null, null, null, null),
                        (from, to) -> new DocumentFilter<>(null, from, to, null, null))));

        OrderRepository orders = new OrderRepository(db);
        report.append(list("Sales orders", "sale_order", new ListSource<DocumentFilter<ShippingStatus>>() {
            public List<?> page(DocumentFilter<ShippingStatus> f, int offset, int limit, List<Sort> sort, ListPages pages) {
                return orders.page(scope, f, offset, limit, sort, pages);
            }

            public int count(DocumentFilter<ShippingStatus> f) {
                return orders.count(scope, f);
            }
        }, DocumentFilter.none(), List.of("number", "orderDate", "source", "deliveryStatus", "total"),
                filters(ShippingStatus.values(), ListPageBench::state, null,
                        text -> new DocumentFilter<>(text, null, null, null, null),
                        (from, to) -> new DocumentFilter<>(null, from, to, null, null))));

        ReceiptRepository receipts = new ReceiptRepository(db);
        report.append(list("POS receipts", "pos_receipt", new ListSource<DocumentFilter<PaymentMethod>>() {
            public List<?> page(DocumentFilter<PaymentMethod> f, int offset, int limit, List<Sort> sort, ListPages pages) {
                return receipts.page(scope, f, offset, limit, sort, pages);
            }

            public int count(DocumentFilter<PaymentMethod> f) {
                return receipts.count(scope, f);
            }
        }, DocumentFilter.none(), List.of("number", "date", "register", "total", "paymentMethod"),
                filters(PaymentMethod.values(), ListPageBench::state, null,
                        text -> new DocumentFilter<>(text, null, null, null, null),
                        (from, to) -> new DocumentFilter<>(null, from, to, null, null))));

        TicketRepository tickets = new TicketRepository(db);
        report.append(list("Tickets", "ticket", new ListSource<TicketFilter>() {
            public List<?> page(TicketFilter f, int offset, int limit, List<Sort> sort, ListPages pages) {
                return tickets.page(scope, f, offset, limit, sort, pages);
            }

            public int count(TicketFilter f) {
                return tickets.count(scope, f);
            }
        }, TicketFilter.none(), List.of("number", "subject", "state", "priority", "created", "updated"),
                filters(TicketState.values(), s -> TicketFilter.of(state(s)), null,
                        text -> TicketFilter.of(new DocumentFilter<>(text, null, null, null, null)),
                        (from, to) -> TicketFilter.of(new DocumentFilter<>(null, from, to, null, null)))));

        long over = all.stream().filter(m -> m.medianMs() > TARGET_MS).count();
        double worst = all.stream().mapToDouble(Measurement::medianMs).max().orElse(0);
        report.append("**%d statements measured, %d over %.0f ms; slowest %s ms.**%n%n"
                .formatted(all.size(), over, TARGET_MS, Report.ms(worst)));
    }

    private static <S extends Enum<S>> DocumentFilter<S> state(S state) {
        return new DocumentFilter<>(null, null, null, state, null);
    }

    interface TextFilter<F> {
        F of(String text);
    }

    interface RangeFilter<F> {
        F of(LocalDate from, LocalDate to);
    }

    interface StateFilter<S, F> {
        F of(S state);
    }

    /** The filters a list's bar offers: each state, the extra one (direction) if any, a search text, one year. */
    private static <S extends Enum<S>, F> Map<String, F> filters(S[] states, StateFilter<S, F> byState, F extra,
                                                                 TextFilter<F> text, RangeFilter<F> range) {
        Map<String, F> filters = new LinkedHashMap<>();
        for (S state : states) {
            filters.put("state " + state.name(), byState.of(state));
        }
        if (extra != null) {
            filters.put("direction OUT", extra);
        }
        // a product all lists share, and a word of the ticket subjects
        filters.put("text \"drucker\"", text.of("drucker"));
        filters.put("year 2025", range.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)));
        return filters;
    }

    private <F> String list(String title, String table, ListSource<F> source, F none, List<String> sortKeys,
                            Map<String, F> filters) throws SQLException {
        List<List<String>> rows = new ArrayList<>();
        rows.add(row("default order", table, source, none, List.of(), true));
        for (String key : sortKeys) {
            rows.add(row("sort " + key + " ↑", table, source, none, List.of(new Sort(key, true)), false));
        }
        for (Map.Entry<String, F> filter : filters.entrySet()) {
            rows.add(row("filter " + filter.getKey(), table, source, filter.getValue(), List.of(), true));
        }
        return "### " + title + "\n\n" + Report.table(List.of("Variant", "rows", "first", "page " + DEEP_PAGE + " scrolled",
                "page " + DEEP_PAGE + " jumped", "last", "count", "index", "rows read"), rows);
    }

    private <F> List<String> row(String variant, String table, ListSource<F> source, F filter, List<Sort> sort,
                                 boolean withCount) throws SQLException {
        int total = source.count(filter);
        Measurement count = withCount ? measure(table) : null;
        if (total == 0) {
            return List.of(variant, "0", "–", "–", "–", "–", cell(count), "–", "–");
        }
        int lastPage = (total + PAGE_SIZE - 1) / PAGE_SIZE;
        // the first page as a grid shows it: nothing known yet
        Measurement first = page(source, filter, sort, 1, new ListPages(), table);
        Measurement scrolled = null;
        Measurement jumped = null;
        if (lastPage > DEEP_PAGE) {
            // scrolled down to page 500: the grid has read page 499 and knows the count
            ListPages pages = counted(filter, total);
            List<?> previous = source.page(filter, (DEEP_PAGE - 2) * PAGE_SIZE, PAGE_SIZE, sort, pages);
            scrolled = page(source, filter, sort, DEEP_PAGE, pages, table);
            List<?> scrolledRows = pageRows;
            // jumped to page 500 with the scroll bar: only the count is known
            jumped = page(source, filter, sort, DEEP_PAGE, counted(filter, total), table);
            // every way reads the same rows as plain OFFSET
            List<?> plain = source.page(filter, (DEEP_PAGE - 1) * PAGE_SIZE, PAGE_SIZE, sort, new ListPages());
            if (!plain.equals(scrolledRows) || !plain.equals(pageRows) || previous.isEmpty()) {
                throw new IllegalStateException(variant + ": page " + DEEP_PAGE + " differs between OFFSET and seek");
            }
        }
        Measurement last = lastPage > 1 ? page(source, filter, sort, lastPage, counted(filter, total), table) : null;
        Set<String> indexes = new TreeSet<>();
        boolean filesort = false;
        long rowsRead = 0;
        for (Measurement m : Arrays.asList(first, scrolled, jumped, last)) {
            if (m != null) {
                indexes.addAll(m.indexes());
                filesort |= m.filesort();
                rowsRead = Math.max(rowsRead, m.rowsRead());
            }
        }
        return List.of(variant, "%,d".formatted(total), cell(first), cell(scrolled), cell(jumped), cell(last), cell(count),
                (indexes.isEmpty() ? "–" : String.join(", ", indexes)) + (filesort ? " + filesort" : ""),
                "%,d".formatted(rowsRead));
    }

    private static <F> ListPages counted(F filter, int total) {
        ListPages pages = new ListPages();
        pages.counted(filter, total);
        return pages;
    }

    private static String cell(Measurement m) {
        if (m == null) {
            return "–";
        }
        String ms = Report.ms(m.medianMs());
        return m.medianMs() > TARGET_MS ? "**" + ms + "**" : ms;
    }

    private List<?> pageRows;

    private <F> Measurement page(ListSource<F> source, F filter, List<Sort> sort, int page, ListPages pages, String table)
            throws SQLException {
        pageRows = source.page(filter, (page - 1) * PAGE_SIZE, PAGE_SIZE, sort, pages);
        int expected = pageRows.size();
        Measurement m = measure(table);
        if (m.rows() != expected || expected == 0) {
            throw new IllegalStateException("Page " + page + " gave " + expected + " rows through the repository and "
                    + m.rows() + " over JDBC: " + lastSql);
        }
        return m;
    }

    /** Times, counts and explains the statement the repository ran last. */
    private Measurement measure(String table) throws SQLException {
        String sql = lastSql;
        int rows = fetch(sql);
        double[] times = new double[repetitions];
        for (int i = 0; i < repetitions; i++) {
            long started = System.nanoTime();
            fetch(sql);
            times[i] = (System.nanoTime() - started) / 1e6;
        }
        Arrays.sort(times);
        long before = handlerReads();
        fetch(sql);
        long rowsRead = handlerReads() - before - handlerReadsOfShowStatus;
        Set<String> indexes = new LinkedHashSet<>();
        boolean filesort = false;
        try (Statement statement = connection.createStatement();
             ResultSet explain = statement.executeQuery("EXPLAIN " + sql)) {
            while (explain.next()) {
                String name = explain.getString("table");
                String extra = String.valueOf(explain.getString("Extra"));
                // the outer query of a page read by its ids: the page's rows by primary key, sorted again
                boolean pageRows = "PRIMARY".equals(explain.getString("select_type"));
                boolean main = !pageRows && (table.equals(name) || name != null && name.startsWith("<derived"));
                if (main && explain.getString("key") != null) {
                    indexes.add(explain.getString("key"));
                }
                filesort |= main && extra.contains("filesort");
            }
        }
        Measurement m = new Measurement(times[times.length / 2], rowsRead, indexes, filesort, rows);
        all.add(m);
        return m;
    }

    private int fetch(String sql) throws SQLException {
        int rows = 0;
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                for (int i = 1; i <= columns; i++) {
                    result.getObject(i);
                }
                rows++;
            }
        }
        return rows;
    }

    private long handlerReadsOfShowStatus;

    /** SHOW STATUS reads rows itself: measured once and taken off every figure. */
    private void warmUp() throws SQLException {
        long first = handlerReads();
        handlerReadsOfShowStatus = handlerReads() - first;
    }

    private long handlerReads() throws SQLException {
        long sum = 0;
        try (Statement statement = connection.createStatement();
             ResultSet status = statement.executeQuery("SHOW SESSION STATUS LIKE 'Handler_read%'")) {
            while (status.next()) {
                sum += status.getLong(2);
            }
        }
        return sum;
    }

    private long single(String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            if (!result.next()) {
                throw new IllegalStateException("No bench data: " + sql + " (run bench/run.sh data first)");
            }
            return result.getLong(1);
        }
    }
}
