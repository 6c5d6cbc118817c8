package org.kundenportal.receipts.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kundenportal.db.Tables.POS_REGISTER;

import java.math.BigDecimal;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kundenportal.SpringTest;
import org.kundenportal.TestWorld;
import org.kundenportal.base.db.SortOrders;
import org.kundenportal.base.security.PortalScope;
import org.kundenportal.base.validation.RefusedException;
import org.kundenportal.documents.domain.DocumentFilter;
import org.kundenportal.receipts.RetailFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

class ReceiptRepositoryTest extends SpringTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    EmployeeService employeeService;
    @Autowired
    DSLContext db;

    RetailFixtures fixtures;
    long bakery;
    long register;

    @BeforeEach
    void setUp() {
        fixtures = new RetailFixtures(context);
        bakery = fixtures.companyOf(TestWorld.CUSTOMER);
        register = fixtures.register();
    }

    @Test
    void theReceiptNamesTheCashierByNameOrByReferenceAsTheEmployeeSetting() {
        long named = fixtures.employee("Nora Name", ReceiptType.NAME);
        long referenced = fixtures.employee("Rudi Referenz", ReceiptType.REFERENCE);
        String byName = fixtures.receipt(bakery, register, named);
        String byReference = fixtures.receipt(bakery, register, referenced);

        Receipt first = fixtures.receipts.find(fixtures.scopeOf(TestWorld.CUSTOMER), byName).orElseThrow();
        Receipt second = fixtures.receipts.find(fixtures.scopeOf(TestWorld.CUSTOMER), byReference).orElseThrow();

        assertThat(first.cashierLabel()).isEqualTo("Nora Name");
        assertThat(second.cashierLabel()).isEqualTo(second.cashier().reference()).startsWith("T-");
    }

    @Test
    void changingTheReceiptTypeChangesHowExistingReceiptsNameTheCashier() {
        long employee = fixtures.employee("Wanda Wechsel", ReceiptType.NAME);
        String number = fixtures.receipt(bakery, register, employee);

        employeeService.changeReceiptType(fixtures.employees.find(employee).orElseThrow(), ReceiptType.REFERENCE);

        Receipt receipt = fixtures.receipts.find(fixtures.scopeOf(TestWorld.CUSTOMER), number).orElseThrow();
        assertThat(receipt.cashierLabel()).isNotEqualTo("Wanda Wechsel").isEqualTo(receipt.cashier().reference());
    }

    @Test
    void aSecondChangeFromAStaleCopyIsRefused() {
        Employee stale = fixtures.employees.find(fixtures.employee("Otto Optimist", ReceiptType.NAME)).orElseThrow();
        employeeService.changeReceiptType(stale, ReceiptType.REFERENCE);

        assertThatThrownBy(() -> employeeService.changeReceiptType(stale, ReceiptType.NAME))
                .isInstanceOf(RefusedException.class).hasMessageContaining("employees.error.changed-meanwhile");
        assertThat(fixtures.employees.find(stale.id()).orElseThrow().receiptType()).isEqualTo(ReceiptType.REFERENCE);
    }

    @Test
    void aReceiptTypeIsRequired() {
        Employee employee = fixtures.employees.find(fixtures.employee("Nina Nichts", ReceiptType.NAME)).orElseThrow();

        assertThatThrownBy(() -> employeeService.changeReceiptType(employee, null)).isInstanceOf(RefusedException.class);
    }

    @Test
    void anotherCompanysUserCannotFindTheReceipt() {
        String number = fixtures.receipt(bakery, register, fixtures.employee("Sina Scope", ReceiptType.NAME));

        assertThat(fixtures.receipts.find(fixtures.scopeOf(TestWorld.CUSTOMER2), number)).isEmpty();
        assertThat(fixtures.receipts.find(fixtures.scopeOf(TestWorld.PARTNER), number)).isEmpty();
        assertThat(fixtures.receipts.page(fixtures.scopeOf(TestWorld.CUSTOMER2),
                new DocumentFilter<>(number, null, null, null, null), 0, 10, List.of())).isEmpty();
    }

    @Test
    void totalsLinesAndPaymentsAreStoredAsRung() {
        String number = fixtures.receipt(bakery, register, fixtures.employee("Theo Total", ReceiptType.NAME));

        Receipt receipt = fixtures.receipts.find(fixtures.scopeOf(TestWorld.CUSTOMER), number).orElseThrow();
        assertThat(receipt.lines()).hasSize(2);
        assertThat(receipt.totals().total()).isEqualByComparingTo("17.25");
        assertThat(receipt.payments()).containsExactly(new ReceiptPayment(PaymentMethod.CASH, new BigDecimal("17.25")));
    }

    @Test
    void theListShowsAndSortsByTheRegistersNameAlsoAfterARename() {
        long first = fixtures.receipts.createRegister(RetailFixtures.unique("R"), "0 Erste Kasse", "Testlabor");
        String number = fixtures.receipt(bakery, first, fixtures.employee("Rita Register", ReceiptType.NAME));
        PortalScope scope = fixtures.scopeOf(TestWorld.CUSTOMER);

        List<ReceiptRow> up = fixtures.receipts.page(scope, DocumentFilter.none(), 0, 1000,
                List.of(new SortOrders.Sort("register", true)));
        List<ReceiptRow> down = fixtures.receipts.page(scope, DocumentFilter.none(), 0, 1000,
                List.of(new SortOrders.Sort("register", false)));
        assertThat(up.getFirst().register()).isEqualTo("0 Erste Kasse");
        assertThat(down.getLast().register()).isEqualTo("0 Erste Kasse");
        assertThat(down.getFirst().register()).isNotEqualTo("0 Erste Kasse");

        db.update(POS_REGISTER).set(POS_REGISTER.NAME, "Kasse umbenannt").where(POS_REGISTER.ID.eq(first)).execute();

        assertThat(fixtures.receipts.page(scope, new DocumentFilter<>(number, null, null, null, null), 0, 10, List.of()))
                .singleElement().extracting(ReceiptRow::register).isEqualTo("Kasse umbenannt");
    }

    @Test
    void aCompanysReceiptsPageAcrossBothRegistersAndCashierTypes() {
        long company = fixtures.customerCompany();
        long second = fixtures.receipts.createRegister(RetailFixtures.unique("R"), "Kasse 2 – Café", "Testlabor");
        long[] registers = {register, second};
        long[] cashiers = {fixtures.employee("Nele Name", ReceiptType.NAME), fixtures.employee("Rolf Referenz", ReceiptType.REFERENCE)};
        List<String> numbers = new java.util.ArrayList<>();
        for (int i = 0; i < 24; i++) {
            numbers.add(fixtures.receipt(company, registers[i % 2], cashiers[(i / 2) % 2]));
        }
        PortalScope scope = RetailFixtures.scopeOfCompany(company);

        List<ReceiptRow> rows = fixtures.receipts.page(scope, new DocumentFilter<>("TB-", null, null, null, null), 0, 200, List.of());

        assertThat(rows).extracting(ReceiptRow::number).containsExactlyInAnyOrderElementsOf(numbers);
        assertThat(rows).extracting(ReceiptRow::register).contains("Kasse 2 – Café")
                .anyMatch(name -> !name.equals("Kasse 2 – Café"));
        assertThat(rows.stream().limit(9).map(row -> fixtures.receipts.find(scope, row.number())
                .orElseThrow().cashier().receiptType()).distinct()).contains(ReceiptType.NAME, ReceiptType.REFERENCE);
    }

    @Test
    void manyReceiptsAtOnceKeepTheirOwnLinesAcrossStatements() {
        long employee = fixtures.employee("Bea Bulk", ReceiptType.NAME);
        List<NewReceipt> batch = new java.util.ArrayList<>();
        List<String> externalIds = new java.util.ArrayList<>();
        // 400 receipts of 3 lines: 1,200 lines, more than one statement holds
        for (int i = 1; i <= 400; i++) {
            List<org.kundenportal.documents.domain.DocumentLine> lines = java.util.stream.IntStream.rangeClosed(1, 3)
                    .mapToObj(line -> org.kundenportal.documents.domain.DocumentLine.product("B-" + line, "Bulk",
                            BigDecimal.ONE, null, new BigDecimal("1.00"), BigDecimal.ZERO, BigDecimal.ZERO))
                    .toList();
            batch.add(new NewReceipt(RetailFixtures.unique("BULK"), bakery, register, employee,
                    java.time.Instant.parse("2026-12-01T10:00:00Z").plusSeconds(i), "REF-" + i, lines,
                    List.of(new ReceiptPayment(PaymentMethod.CARD, new BigDecimal("3.00")))));
            externalIds.add(RetailFixtures.unique("BULK-ID"));
        }

        List<Long> ids = fixtures.receipts.createAll(batch, externalIds, java.util.Collections.nCopies(400, "h"));

        assertThat(ids).doesNotContainNull().doesNotHaveDuplicates().hasSize(400);
        for (int i = 0; i < 400; i += 37) {
            Receipt receipt = fixtures.receipts.find(ids.get(i)).orElseThrow();
            assertThat(receipt.number()).isEqualTo(batch.get(i).number());
            assertThat(receipt.orderReference()).isEqualTo("REF-" + (i + 1));
            assertThat(receipt.date()).isEqualTo(batch.get(i).date());
            assertThat(receipt.lines()).extracting(org.kundenportal.documents.domain.DocumentLine::productCode)
                    .containsExactly("B-1", "B-2", "B-3");
            assertThat(receipt.payments()).hasSize(1);
            assertThat(fixtures.receipts.externalId(ids.get(i))).isEqualTo(externalIds.get(i));
        }
    }
}
