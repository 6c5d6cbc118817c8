package org.kundenportal.bench.data;

import static org.kundenportal.db.Tables.APP_USER;
import static org.kundenportal.db.Tables.CONTACT;
import static org.kundenportal.db.Tables.DELIVERY;
import static org.kundenportal.db.Tables.DOCUMENT_LINE;
import static org.kundenportal.db.Tables.EMPLOYEE;
import static org.kundenportal.db.Tables.INVOICE;
import static org.kundenportal.db.Tables.POS_RECEIPT;
import static org.kundenportal.db.Tables.POS_RECEIPT_LINE;
import static org.kundenportal.db.Tables.POS_RECEIPT_PAYMENT;
import static org.kundenportal.db.Tables.POS_REGISTER;
import static org.kundenportal.db.Tables.SALE_ORDER;
import static org.kundenportal.db.Tables.SETTING;
import static org.kundenportal.db.Tables.TICKET;
import static org.kundenportal.db.Tables.USER_AREA_PERMISSION;
import static org.kundenportal.db.Tables.USER_ROLE;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.jooq.Table;
import org.kundenportal.base.security.AreaPermission;
import org.kundenportal.bench.BenchArgs;
import org.kundenportal.bench.Report;
import org.kundenportal.documents.domain.DocumentLine;
import org.kundenportal.documents.domain.DocumentType;
import org.kundenportal.documents.domain.Totals;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/**
 * Fills the bench database with customer companies, one portal user each, and a million documents with lines:
 * invoices, quotes, sales orders (with deliveries), POS receipts and tickets, a fifth each. Companies get their
 * documents after a Zipf distribution, so company 1, the big customer, has about 15 % of them (over 150,000) and
 * the smallest a few dozen. A fixed seed makes every run produce the same data.
 *
 * <p>Runs once per database: a marker setting ({@value #MARKER_KEY}) is written last, and a database that has it
 * is left alone. Documents are dated over the five years before the day of generation (the marker names it), so
 * recent ones are open, due or on their way as in a live installation; seed and day give the same data again. Rows are written with explicit ids in multi-row INSERTs, checks and foreign keys on, so every
 * constraint of the schema holds.
 */
public final class DataGenerator {

    public static final String PASSWORD = "bench-password";
    /** bcrypt (cost 10, as the app's encoder makes them) of {@value #PASSWORD}, in the app's delegating format. */
    static final String PASSWORD_HASH = "{bcrypt}$2a$10$KbrzDcql03bYJViJKr5REO.LNiEyudRRuwUkYZTOZ8e/L3sbScRZq";
    static final String MARKER_KEY = "bench.data";
    static final long SEED = 6;
    /** 1.07 gives the largest of 2,000 companies about 15 % of the documents. */
    static final double ZIPF_EXPONENT = 1.07;
    /** Documents are dated over the five years up to the day of generation, which the marker records. */
    static final int DAYS = 5 * 365;
    private static final int COMMIT_EVERY = 2_000;

    /** How much data: the full set of the issue, or a small one for development. */
    record Scale(int companies, int documentsPerList) {
        static final Scale FULL = new Scale(2_000, 200_000);
        static final Scale QUICK = new Scale(200, 10_000);

        int documents() {
            return LISTS * documentsPerList;
        }

        /** What the marker starts with; the day of generation follows. */
        String marker() {
            return "seed=%d companies=%d documents=%d".formatted(SEED, companies, documents());
        }
    }

    /** Invoices, quotes, orders, receipts, tickets. */
    static final int LISTS = 5;

    public static String userEmail(int number) {
        return "bench-user-" + number + "@example.com";
    }

    private final Connection db;
    private final Scale scale;
    private final LocalDate lastDay;
    private final SplittableRandom random = new SplittableRandom(SEED);
    private final Catalog catalog = new Catalog(random);
    private final double[] cumulativeWeights;
    private final long[] companyIds;
    private final long[] personIds;
    private final long[] userIds;
    private final String[] personNames;
    private final long started = System.nanoTime();
    private long netDays14Term;
    private long netDays30Term;

    private DataGenerator(Connection db, Scale scale, LocalDate lastDay) {
        this.db = db;
        this.scale = scale;
        this.lastDay = lastDay;
        this.companyIds = new long[scale.companies()];
        this.personIds = new long[scale.companies()];
        this.userIds = new long[scale.companies()];
        this.personNames = new String[scale.companies()];
        this.cumulativeWeights = new double[scale.companies()];
        double sum = 0;
        for (int rank = 1; rank <= scale.companies(); rank++) {
            sum += 1 / Math.pow(rank, ZIPF_EXPONENT);
            cumulativeWeights[rank - 1] = sum;
        }
    }

    public static void main(String[] arguments) throws Exception {
        BenchArgs args = BenchArgs.parse(arguments);
        Scale scale = args.quick() ? Scale.QUICK : Scale.FULL;
        Report report = args.report();
        if (!PasswordEncoderFactories.createDelegatingPasswordEncoder().matches(PASSWORD, PASSWORD_HASH)) {
            throw new IllegalStateException("PASSWORD_HASH is not the hash of " + PASSWORD);
        }
        try (Connection db = DriverManager.getConnection(args.required("url"), "root", "")) {
            try (Statement session = db.createStatement()) {
                session.execute("SET time_zone = '+00:00'");
            }
            String marker = marker(db);
            long started = System.nanoTime();
            String how;
            if (marker != null && marker.startsWith(scale.marker() + " ")) {
                how = "already there (" + marker + "), not generated again";
            } else if (marker != null) {
                throw new IllegalStateException("The database holds other bench data (" + marker + "); delete its folder "
                        + "under target/bench and run again");
            } else if (count(db, "SELECT COUNT(*) FROM app_user WHERE email LIKE 'bench-user-%'") > 0) {
                throw new IllegalStateException("An earlier generation stopped half-way; delete the bench database's "
                        + "folder under target/bench and run again");
            } else {
                db.setAutoCommit(false);
                new DataGenerator(db, scale, LocalDate.now(ZoneOffset.UTC)).generate();
                db.setAutoCommit(true);
                how = "generated in %.1f min".formatted((System.nanoTime() - started) / 60e9);
                marker = marker(db);
            }
            report.append(summary(db, scale, how, LocalDate.parse(marker.substring(marker.indexOf("last-day=") + 9))));
        }
    }

    private void generate() throws SQLException {
        netDays14Term = count(db, "SELECT id FROM payment_term WHERE code = 'NET14'");
        netDays30Term = count(db, "SELECT id FROM payment_term WHERE code = 'NET30'");
        companiesAndUsers();
        progress("companies and users");
        invoices();
        progress("invoices");
        quotesAndOrders();
        progress("quotes and orders");
        receipts();
        progress("receipts");
        tickets();
        progress("tickets");
        try (PreparedStatement marker = db.prepareStatement(
                "INSERT INTO " + SETTING.getName() + " (setting_key, setting_value) VALUES (?, ?)")) {
            marker.setString(1, MARKER_KEY);
            marker.setString(2, scale.marker() + " last-day=" + lastDay);
            marker.executeUpdate();
        }
        db.commit();
    }

    private void companiesAndUsers() throws SQLException {
        long nextContact = nextId(CONTACT);
        long nextUser = nextId(APP_USER);
        try (BulkInsert contacts = new BulkInsert(db, CONTACT, CONTACT.ID, CONTACT.KIND, CONTACT.COMPANY_ID, CONTACT.NAME,
                CONTACT.EMAIL, CONTACT.STREET, CONTACT.ZIP, CONTACT.CITY, CONTACT.COUNTRY_CODE, CONTACT.VAT_ID,
                CONTACT.REFERENCE, CONTACT.LANGUAGE, CONTACT.IS_CUSTOMER)) {
            for (int i = 0; i < scale.companies(); i++) {
                companyIds[i] = nextContact++;
                String[] zipAndCity = Catalog.zipAndCity(random);
                contacts.add(companyIds[i], "COMPANY", null, Catalog.companyName(i, random), null, Catalog.street(random),
                        zipAndCity[0], zipAndCity[1], "DE", "DE%09d".formatted(500_000_000 + i), "BENCH-%04d".formatted(i + 1),
                        "de", true);
            }
            // persons after their companies: the foreign key wants the company first
            contacts.flush();
            for (int i = 0; i < scale.companies(); i++) {
                personIds[i] = nextContact++;
                personNames[i] = Catalog.personName(random);
                contacts.add(personIds[i], "PERSON", companyIds[i], personNames[i], userEmail(i + 1), null, null, null,
                        null, null, null, "de", false);
            }
        }
        try (BulkInsert users = new BulkInsert(db, APP_USER, APP_USER.ID, APP_USER.EMAIL, APP_USER.DISPLAY_NAME,
                APP_USER.PASSWORD_HASH, APP_USER.KIND, APP_USER.CONTACT_ID, APP_USER.LANGUAGE, APP_USER.ENABLED);
             BulkInsert roles = new BulkInsert(db, users, USER_ROLE, USER_ROLE.USER_ID, USER_ROLE.ROLE);
             BulkInsert areas = new BulkInsert(db, users, USER_AREA_PERMISSION, USER_AREA_PERMISSION.USER_ID,
                     USER_AREA_PERMISSION.AREA)) {
            for (int i = 0; i < scale.companies(); i++) {
                userIds[i] = nextUser++;
                users.add(userIds[i], userEmail(i + 1), personNames[i], PASSWORD_HASH, "PORTAL", personIds[i], "de", true);
            }
            for (int i = 0; i < scale.companies(); i++) {
                roles.add(userIds[i], "CUSTOMER");
                for (AreaPermission area : AreaPermission.values()) {
                    areas.add(userIds[i], area.name());
                }
            }
        }
        db.commit();
    }

    private void invoices() throws SQLException {
        long nextId = nextId(INVOICE);
        try (BulkInsert invoices = new BulkInsert(db, INVOICE, INVOICE.ID, INVOICE.NUMBER, INVOICE.DIRECTION,
                INVOICE.KIND, INVOICE.STATE, INVOICE.COMPANY_ID, INVOICE.CONTACT_ID, INVOICE.REFERENCE,
                INVOICE.INVOICE_DATE, INVOICE.DUE_DATE, INVOICE.PAYMENT_TERM_ID, INVOICE.CURRENCY, INVOICE.AMOUNT_UNTAXED,
                INVOICE.AMOUNT_TAX, INVOICE.AMOUNT_TOTAL, INVOICE.AMOUNT_PAID, INVOICE.PAID_AT, INVOICE.SENT_AT,
                INVOICE.CANCELLED_AT, INVOICE.CREATED_AT, INVOICE.UPDATED_AT);
             Lines lines = new Lines(DocumentType.INVOICE)) {
            for (int n = 1; n <= scale.documentsPerList(); n++) {
                long id = nextId++;
                int company = company();
                LocalDate date = date();
                LocalDate due = date.plusDays(30);
                Totals totals = lines.add(id, 1 + random.nextInt(8));
                int roll = random.nextInt(100);
                String state = roll < 2 ? "DRAFT" : roll < 5 ? "CANCELLED" : "POSTED";
                BigDecimal paid = BigDecimal.ZERO.setScale(2);
                LocalDateTime paidAt = null;
                if ("POSTED".equals(state)) {
                    // older invoices are mostly paid; some are paid in part, some are overdue
                    int chance = due.isBefore(lastDay.minusDays(60)) ? 92 : due.isBefore(lastDay) ? 60 : 25;
                    int payment = random.nextInt(100);
                    if (payment < chance) {
                        paid = totals.total();
                        paidAt = at(date.plusDays(1 + random.nextInt(40)));
                    } else if (payment < chance + 4) {
                        paid = totals.total().divide(BigDecimal.TWO, 2, RoundingMode.DOWN);
                    }
                }
                invoices.add(id, "RE-B-%07d".formatted(n), "OUT", "INVOICE", state, companyIds[company],
                        personIds[company], random.nextInt(3) == 0 ? "Bestellung " + (10_000 + random.nextInt(90_000)) : null,
                        date, due, netDays30Term, "EUR", totals.untaxed(), totals.tax(), totals.total(), paid, paidAt,
                        "DRAFT".equals(state) ? null : at(date), "CANCELLED".equals(state) ? at(date.plusDays(3)) : null,
                        at(date), at(date));
                commitEvery(n, invoices, lines);
            }
        }
    }

    private void quotesAndOrders() throws SQLException {
        long nextId = nextId(SALE_ORDER);
        long nextDelivery = nextId(DELIVERY);
        int deliveryNumber = 0;
        try (BulkInsert orders = new BulkInsert(db, SALE_ORDER, SALE_ORDER.ID, SALE_ORDER.NUMBER, SALE_ORDER.SOURCE,
                SALE_ORDER.STATE, SALE_ORDER.CUSTOMER_COMPANY_ID, SALE_ORDER.CUSTOMER_CONTACT_ID, SALE_ORDER.REFERENCE,
                SALE_ORDER.QUOTE_DATE, SALE_ORDER.VALID_UNTIL, SALE_ORDER.ORDER_DATE, SALE_ORDER.DELIVERY_STATUS,
                SALE_ORDER.PAYMENT_TERM_ID,
                SALE_ORDER.CURRENCY, SALE_ORDER.AMOUNT_UNTAXED, SALE_ORDER.AMOUNT_TAX, SALE_ORDER.AMOUNT_TOTAL,
                SALE_ORDER.REQUIRES_SIGNATURE, SALE_ORDER.SENT_AT, SALE_ORDER.SIGNED_NAME, SALE_ORDER.SIGNED_AT,
                SALE_ORDER.SIGNED_BY_USER_ID, SALE_ORDER.DECLINED_AT, SALE_ORDER.DECLINE_REASON, SALE_ORDER.CANCELLED_AT,
                SALE_ORDER.CANCEL_REASON, SALE_ORDER.CONFIRMED_AT, SALE_ORDER.CREATED_AT, SALE_ORDER.UPDATED_AT);
             BulkInsert deliveries = new BulkInsert(db, orders, DELIVERY, DELIVERY.ID, DELIVERY.NUMBER, DELIVERY.SALE_ORDER_ID,
                     DELIVERY.STATE, DELIVERY.SCHEDULED_DATE, DELIVERY.SHIPPED_DATE, DELIVERY.DELIVERED_DATE,
                     DELIVERY.CREATED_AT);
             Lines lines = new Lines(DocumentType.SALE_ORDER)) {
            // quotes: sent (open or expired) or cancelled, declined by the customer or withdrawn by staff
            for (int n = 1; n <= scale.documentsPerList(); n++) {
                long id = nextId++;
                int company = company();
                LocalDate date = date();
                Totals totals = lines.add(id, 1 + random.nextInt(8));
                int roll = random.nextInt(100);
                boolean declined = roll < 10;
                boolean withdrawn = roll >= 10 && roll < 15;
                // quotes and the orders that were quotes share one number series, as in the app: odd and even here
                orders.add(id, "AN-B-%07d".formatted(2 * n - 1), "BACK_OFFICE",
                        declined || withdrawn ? "CANCELLED" : "SENT", companyIds[company], personIds[company], null, date,
                        date.plusDays(30), null, "NOT_SHIPPED", netDays14Term, "EUR", totals.untaxed(), totals.tax(),
                        totals.total(), random.nextBoolean(), at(date), null, null, null,
                        declined ? at(date.plusDays(5)) : null, declined ? Catalog.pick(Catalog.DECLINE_REASONS, random) : null,
                        withdrawn ? at(date.plusDays(7)) : null, withdrawn ? "Ersetzt durch neues Angebot" : null, null,
                        at(date), at(date));
                commitEvery(n, orders, lines);
            }
            // orders: confirmed quotes (signed) and web shop orders, with their deliveries
            for (int n = 1; n <= scale.documentsPerList(); n++) {
                long id = nextId++;
                int company = company();
                LocalDate orderDate = date();
                LocalDate quoteDate = orderDate.minusDays(random.nextInt(15));
                Totals totals = lines.add(id, 1 + random.nextInt(8));
                boolean webShop = random.nextInt(4) == 0;
                // old orders are delivered, recent ones wait, are ready or on their way; a few came in two parts
                String[] parts = new String[random.nextInt(10) == 0 ? 2 : 1];
                LocalDate[] scheduled = new LocalDate[parts.length];
                for (int part = 0; part < parts.length; part++) {
                    scheduled[part] = orderDate.plusDays(3 + random.nextInt(10));
                    parts[part] = scheduled[part].isBefore(lastDay.minusDays(14)) ? "DELIVERED"
                            : Catalog.pick(new String[] {"WAITING", "READY", "SHIPPED"}, random);
                }
                orders.add(id, webShop ? "WS-B-%07d".formatted(n) : "AN-B-%07d".formatted(2 * n),
                        webShop ? "WEB_SHOP" : "BACK_OFFICE", "CONFIRMED", companyIds[company], personIds[company],
                        webShop ? "Webshop " + (100_000 + random.nextInt(900_000)) : null, quoteDate,
                        webShop ? null : quoteDate.plusDays(30), orderDate, deliveryStatus(parts), netDays14Term, "EUR",
                        totals.untaxed(), totals.tax(), totals.total(), !webShop, webShop ? null : at(quoteDate),
                        webShop ? null : personNames[company], webShop ? null : at(orderDate),
                        webShop ? null : userIds[company], null, null, null, null, at(orderDate), at(quoteDate),
                        at(orderDate));
                for (int part = 0; part < parts.length; part++) {
                    boolean shipped = "SHIPPED".equals(parts[part]) || "DELIVERED".equals(parts[part]);
                    deliveries.add(nextDelivery++, "LS-B-%07d".formatted(++deliveryNumber), id, parts[part],
                            scheduled[part], shipped ? scheduled[part] : null,
                            "DELIVERED".equals(parts[part]) ? scheduled[part].plusDays(2) : null, at(orderDate));
                }
                commitEvery(n, orders, deliveries, lines);
            }
        }
    }

    private void receipts() throws SQLException {
        long[] registers = new long[4];
        long nextRegister = nextId(POS_REGISTER);
        try (BulkInsert insert = new BulkInsert(db, POS_REGISTER, POS_REGISTER.ID, POS_REGISTER.CODE, POS_REGISTER.NAME,
                POS_REGISTER.LOCATION)) {
            for (int i = 0; i < registers.length; i++) {
                registers[i] = nextRegister++;
                insert.add(registers[i], "BK" + (i + 1), "Bench-Kasse " + (i + 1), "Filiale " + (i + 1));
            }
        }
        long[] employees = new long[8];
        long nextEmployee = nextId(EMPLOYEE);
        try (BulkInsert insert = new BulkInsert(db, EMPLOYEE, EMPLOYEE.ID, EMPLOYEE.NAME, EMPLOYEE.REFERENCE,
                EMPLOYEE.RECEIPT_TYPE)) {
            for (int i = 0; i < employees.length; i++) {
                employees[i] = nextEmployee++;
                insert.add(employees[i], Catalog.personName(random), "BENCH-MA-%02d".formatted(i + 1),
                        i % 3 == 0 ? "REFERENCE" : "NAME");
            }
        }
        String[] methods = {"CASH", "CARD", "VOUCHER", "E_WALLET"};
        long nextId = nextId(POS_RECEIPT);
        try (BulkInsert receipts = new BulkInsert(db, POS_RECEIPT, POS_RECEIPT.ID, POS_RECEIPT.NUMBER,
                POS_RECEIPT.COMPANY_ID, POS_RECEIPT.REGISTER_ID, POS_RECEIPT.EMPLOYEE_ID, POS_RECEIPT.RECEIPT_DATE,
                POS_RECEIPT.CURRENCY, POS_RECEIPT.AMOUNT_UNTAXED, POS_RECEIPT.AMOUNT_TAX, POS_RECEIPT.AMOUNT_TOTAL,
                POS_RECEIPT.PAYMENT_METHOD);
             BulkInsert lines = new BulkInsert(db, receipts, POS_RECEIPT_LINE, POS_RECEIPT_LINE.RECEIPT_ID,
                     POS_RECEIPT_LINE.POSITION, POS_RECEIPT_LINE.PRODUCT_CODE, POS_RECEIPT_LINE.PRODUCT,
                     POS_RECEIPT_LINE.QUANTITY, POS_RECEIPT_LINE.UNIT_PRICE, POS_RECEIPT_LINE.DISCOUNT_PERCENT,
                     POS_RECEIPT_LINE.TAX_RATE, POS_RECEIPT_LINE.AMOUNT);
             BulkInsert payments = new BulkInsert(db, receipts, POS_RECEIPT_PAYMENT, POS_RECEIPT_PAYMENT.RECEIPT_ID,
                     POS_RECEIPT_PAYMENT.METHOD, POS_RECEIPT_PAYMENT.AMOUNT)) {
            for (int n = 1; n <= scale.documentsPerList(); n++) {
                long id = nextId++;
                int company = company();
                List<DocumentLine> receiptLines = new ArrayList<>();
                int count = 1 + random.nextInt(5);
                for (int position = 1; position <= count; position++) {
                    Catalog.Product product = catalog.product(random);
                    receiptLines.add(DocumentLine.product(product.code(), product.description(),
                            BigDecimal.valueOf(1 + random.nextInt(3)), product.unit(), product.price(), BigDecimal.ZERO,
                            product.taxRate()));
                }
                Totals totals = Totals.of(receiptLines);
                String method = methods[random.nextInt(10) < 9 ? random.nextInt(2) : 2 + random.nextInt(2)];
                LocalDateTime when = LocalDateTime.of(date(), LocalTime.of(7 + random.nextInt(12), random.nextInt(60),
                        random.nextInt(60)));
                receipts.add(id, "BON-B-%07d".formatted(n), companyIds[company], registers[random.nextInt(registers.length)],
                        employees[random.nextInt(employees.length)], when, "EUR", totals.untaxed(), totals.tax(),
                        totals.total(), method);
                int position = 0;
                for (DocumentLine line : receiptLines) {
                    lines.add(id, ++position, line.productCode(), line.description(), line.quantity(), line.unitPrice(),
                            line.discountPercent(), line.taxRate(), line.amountNet());
                }
                payments.add(id, method, totals.total());
                commitEvery(n, receipts, lines, payments);
            }
        }
    }

    private void tickets() throws SQLException {
        String[] categories = {"QUESTION", "PROBLEM", "FEATURE_REQUEST", "ACCOUNT"};
        String[] openStates = {"NEW", "BACKLOG", "WAITING_FOR_CUSTOMER", "IN_PROGRESS", "DONE"};
        long nextId = nextId(TICKET);
        try (BulkInsert tickets = new BulkInsert(db, TICKET, TICKET.ID, TICKET.NUMBER, TICKET.COMPANY_ID,
                TICKET.CONTACT_ID, TICKET.CREATED_BY_USER_ID, TICKET.SUBJECT, TICKET.DESCRIPTION, TICKET.CATEGORY,
                TICKET.PRIORITY, TICKET.STATE, TICKET.SOURCE, TICKET.CREATED_AT, TICKET.UPDATED_AT, TICKET.CLOSED_AT)) {
            for (int n = 1; n <= scale.documentsPerList(); n++) {
                int company = company();
                LocalDate date = date();
                int priority = random.nextInt(100);
                String state = date.isBefore(lastDay.minusDays(30)) && random.nextInt(10) > 0 ? "DONE"
                        : Catalog.pick(openStates, random);
                LocalDateTime created = LocalDateTime.of(date, LocalTime.of(8 + random.nextInt(10), random.nextInt(60)));
                LocalDateTime updated = created.plusHours(1 + random.nextInt(72));
                String subject = Catalog.subject(random);
                tickets.add(nextId++, "T-B-%07d".formatted(n), companyIds[company], personIds[company], userIds[company],
                        subject, subject + ". Seit heute Morgen, betrifft Filiale " + (1 + random.nextInt(9))
                                + ". Bitte um Rückmeldung.",
                        categories[random.nextInt(categories.length)],
                        priority < 20 ? "LOW" : priority < 80 ? "NORMAL" : priority < 95 ? "HIGH" : "URGENT", state,
                        "PORTAL", created, updated, "DONE".equals(state) ? updated : null);
                commitEvery(n, tickets);
            }
        }
    }

    /** The lines of quotes, orders and invoices, written as the app's lines editor writes them. */
    private final class Lines implements AutoCloseable {

        private final DocumentType type;
        private final BulkInsert insert;

        Lines(DocumentType type) {
            this.type = type;
            this.insert = new BulkInsert(db, DOCUMENT_LINE, DOCUMENT_LINE.DOCUMENT_TYPE, DOCUMENT_LINE.DOCUMENT_ID,
                    DOCUMENT_LINE.POSITION, DOCUMENT_LINE.KIND, DOCUMENT_LINE.PRODUCT_CODE, DOCUMENT_LINE.DESCRIPTION,
                    DOCUMENT_LINE.QUANTITY, DOCUMENT_LINE.UNIT, DOCUMENT_LINE.UNIT_PRICE, DOCUMENT_LINE.DISCOUNT_PERCENT,
                    DOCUMENT_LINE.TAX_RATE, DOCUMENT_LINE.AMOUNT_NET);
        }

        /** Adds that many product lines (and now and then a note) and returns the document's totals. */
        Totals add(long documentId, int count) throws SQLException {
            List<DocumentLine> lines = new ArrayList<>(count + 1);
            for (int i = 0; i < count; i++) {
                Catalog.Product product = catalog.product(random);
                BigDecimal discount = random.nextInt(5) == 0 ? BigDecimal.valueOf(5 * (1 + random.nextInt(4))) : BigDecimal.ZERO;
                lines.add(DocumentLine.product(product.code(), product.description(),
                        BigDecimal.valueOf(1 + random.nextInt(20)), product.unit(), product.price(), discount,
                        product.taxRate()));
            }
            if (random.nextInt(8) == 0) {
                lines.add(DocumentLine.note("Lieferung frei Haus, Montage nach Absprache."));
            }
            return add(documentId, lines);
        }

        Totals add(long documentId, List<DocumentLine> lines) throws SQLException {
            int position = 0;
            for (DocumentLine line : lines) {
                insert.add(type.name(), documentId, ++position, line.kind().name(), line.productCode(), line.description(),
                        line.quantity(), line.unit(), line.unitPrice(), line.discountPercent(), line.taxRate(),
                        line.amountNet());
            }
            return Totals.of(lines);
        }

        void flush() throws SQLException {
            insert.flush();
        }

        @Override
        public void close() throws SQLException {
            insert.close();
        }
    }

    // --- helpers ---

    /** What the app keeps on an order (DeliveryRepository): none shipped, all delivered, all shipped, or partly. */
    private static String deliveryStatus(String[] deliveries) {
        long shipped = Arrays.stream(deliveries).filter(s -> s.equals("SHIPPED") || s.equals("DELIVERED")).count();
        long delivered = Arrays.stream(deliveries).filter("DELIVERED"::equals).count();
        return shipped == 0 ? "NOT_SHIPPED" : delivered == deliveries.length ? "DELIVERED"
                : shipped == deliveries.length ? "SHIPPED" : "PARTIALLY_SHIPPED";
    }

    /** A company index after the Zipf distribution: 0 (the big customer) most often. */
    private int company() {
        double point = random.nextDouble() * cumulativeWeights[cumulativeWeights.length - 1];
        int low = 0;
        int high = cumulativeWeights.length - 1;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (cumulativeWeights[middle] < point) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    private LocalDate date() {
        return lastDay.minusDays(random.nextInt(DAYS));
    }

    /** A moment on that day, as the app stores moments: UTC in a DATETIME. */
    private LocalDateTime at(LocalDate date) {
        return LocalDateTime.of(date, LocalTime.of(9, 0).plusMinutes(random.nextInt(8 * 60)));
    }

    /** Writes the parents before their children, then commits, every {@value #COMMIT_EVERY} documents. */
    private void commitEvery(int n, Object... inserts) throws SQLException {
        if (n % COMMIT_EVERY != 0) {
            return;
        }
        for (Object insert : inserts) {
            if (insert instanceof BulkInsert bulk) {
                bulk.flush();
            } else if (insert instanceof Lines lines) {
                lines.flush();
            }
        }
        db.commit();
        if (n % 50_000 == 0) {
            System.out.printf(Locale.ROOT, "  %,d%n", n);
        }
    }

    private long nextId(Table<?> table) throws SQLException {
        return count(db, "SELECT COALESCE(MAX(id), 0) + 1 FROM " + table.getName());
    }

    private void progress(String what) {
        System.out.printf(Locale.ROOT, "%s done after %.0f s%n", what, (System.nanoTime() - started) / 1e9);
    }

    static long count(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    private static String marker(Connection db) throws SQLException {
        try (PreparedStatement query = db.prepareStatement("SELECT setting_value FROM setting WHERE setting_key = ?")) {
            query.setString(1, MARKER_KEY);
            try (ResultSet result = query.executeQuery()) {
                return result.next() ? result.getString(1) : null;
            }
        }
    }

    /** What is in the database now: documents per list, for all companies and for the big customer. */
    private static String summary(Connection db, Scale scale, String how, LocalDate lastDay) throws SQLException {
        long big = count(db, "SELECT id FROM contact WHERE reference = 'BENCH-0001'");
        String[][] lists = {
                {"Invoices", "invoice", "company_id", "state <> 'DRAFT'"},
                {"Quotes", "sale_order", "customer_company_id", "state IN ('SENT', 'CANCELLED')"},
                {"Sales orders", "sale_order", "customer_company_id", "state = 'CONFIRMED'"},
                {"POS receipts", "pos_receipt", "company_id", "TRUE"},
                {"Tickets", "ticket", "company_id", "TRUE"}};
        List<List<String>> rows = new ArrayList<>();
        long total = 0;
        long bigTotal = 0;
        for (String[] list : lists) {
            long all = count(db, "SELECT COUNT(*) FROM %s WHERE %s".formatted(list[1], list[3]));
            long mine = count(db, "SELECT COUNT(*) FROM %s WHERE %s = %d AND %s".formatted(list[1], list[2], big, list[3]));
            total += all;
            bigTotal += mine;
            rows.add(List.of(list[0], "%,d".formatted(all), "%,d".formatted(mine)));
        }
        rows.add(List.of("**All**", "%,d".formatted(total), "%,d".formatted(bigTotal)));
        long lines = count(db, "SELECT COUNT(*) FROM document_line") + count(db, "SELECT COUNT(*) FROM pos_receipt_line");
        long bytes = count(db, "SELECT SUM(data_length + index_length) FROM information_schema.tables "
                + "WHERE table_schema = DATABASE()");
        return "## 1. Data\n\n"
                + "%,d customer companies with one portal user each (`bench-user-1@example.com` … `bench-user-%d@example.com`, "
                .formatted(scale.companies(), scale.companies())
                + "password `%s`; user 1 is the big customer), documents spread after Zipf (exponent %s, seed %d), dated %s to %s. "
                .formatted(PASSWORD, ZIPF_EXPONENT, SEED, lastDay.minusDays(DAYS - 1), lastDay)
                + "Data %s.\n\n".formatted(how)
                + Report.table(List.of("List (portal-visible documents)", "All companies", "Big customer"), rows)
                + "%,d document lines; database size %,.0f MB (data and indexes).%n%n".formatted(lines, bytes / 1e6);
    }
}
