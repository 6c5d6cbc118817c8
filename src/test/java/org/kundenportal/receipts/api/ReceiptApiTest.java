package org.kundenportal.receipts.api;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.kundenportal.db.Tables.POS_RECEIPT;
import static org.kundenportal.db.Tables.POS_RECEIPT_LINE;

import java.math.BigDecimal;
import java.util.EnumSet;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kundenportal.KaribuTest;
import org.kundenportal.TestWorld;
import org.kundenportal.integration.ApiHttp.Answer;
import org.kundenportal.integration.ApiHttp;
import org.kundenportal.integration.domain.ApiClientService;
import org.kundenportal.integration.domain.ApiScope;
import org.kundenportal.receipts.RetailFixtures;
import org.kundenportal.receipts.domain.ReceiptType;
import org.kundenportal.receipts.ui.ReceiptView;
import org.kundenportal.users.domain.UserRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The receipts resource over real HTTP, as a POS would call it, and what the portal then shows. */
class ReceiptApiTest extends KaribuTest {

    @LocalServerPort
    int port;
    @Autowired
    DSLContext db;

    @Autowired
    ApiClientService clients;
    @Autowired
    UserRepository users;

    ApiHttp api;
    String externalId;
    String number;
    RetailFixtures.Cashier byName;
    RetailFixtures.Cashier byReference;

    @BeforeEach
    void client() {
        api = new ApiHttp(port, clients.create(users.findPrincipal(TestWorld.ADMIN).orElseThrow(),
                "Test-Kasse " + System.nanoTime(), EnumSet.allOf(ApiScope.class)).token());
        externalId = RetailFixtures.unique("POS");
        number = RetailFixtures.unique("BON");
        RetailFixtures fixtures = new RetailFixtures(context);
        byName = fixtures.cashier("Jana Kasse", ReceiptType.NAME);
        byReference = fixtures.cashier("Tom Nummer", ReceiptType.REFERENCE);
    }

    /** The documented example for the given company and number, rung up by {@link #byName}. */
    private String receipt(String company, String number, String payment) {
        return ReceiptExamples.REQUEST
                .replaceFirst("\"company\": \"[^\"]*\"", "\"company\": \"" + company + "\"")
                .replaceFirst("\"cashier\": \"[^\"]*\"", "\"cashier\": \"" + byName.externalId() + "\"")
                .replace("BON-2026-90001", number)
                .replace("\"amount\": 12.14", "\"amount\": " + payment);
    }

    @Test
    void theSameReceiptTwiceIsWrittenOnceAndAnsweredTheSame() {
        Answer first = api.put("/api/v1/receipts/" + externalId, receipt(TestWorld.CUSTOMER_ERP_ID, number, "12.14"));
        Answer second = api.put("/api/v1/receipts/" + externalId, receipt(TestWorld.CUSTOMER_ERP_ID, number, "12.14"));

        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(db.fetchCount(POS_RECEIPT, POS_RECEIPT.NUMBER.eq(number))).isEqualTo(1);
        long id = db.select(POS_RECEIPT.ID).from(POS_RECEIPT).where(POS_RECEIPT.NUMBER.eq(number)).fetchOne(POS_RECEIPT.ID);
        assertThat(db.fetchCount(POS_RECEIPT_LINE, POS_RECEIPT_LINE.RECEIPT_ID.eq(id))).isEqualTo(2);

        JsonNode body = first.json();
        assertThat(body.path("externalId").asString()).isEqualTo(externalId);
        assertThat(body.path("companyName").asString()).isEqualTo(TestWorld.CUSTOMER_COMPANY);
        assertThat(body.path("cashier").path("shownAs").asString()).isEqualTo(byName.name());
        assertThat(body.path("totals").path("total").decimalValue()).isEqualByComparingTo("12.14");
        assertThat(body.path("lines").get(0).path("amount").decimalValue()).isEqualByComparingTo("7.90");
        assertThat(api.get("/api/v1/receipts/" + externalId).body()).isEqualTo(first.body());
    }

    @Test
    void aChangedReceiptReplacesTheStoredOne() {
        api.put("/api/v1/receipts/" + externalId, receipt(TestWorld.CUSTOMER_ERP_ID, number, "12.14"));
        String oneLine = """
                {"number": "%s", "company": "%s", "date": "2026-12-05T10:00:00Z",
                 "register": {"code": "K9", "name": "Kasse 9 – Markt"}, "cashier": "%s",
                 "lines": [{"description": "Laugenbrezel", "quantity": 4, "unitPrice": 0.85, "taxRate": 7}],
                 "payments": [{"method": "CASH", "amount": 3.64}]}""".formatted(number, TestWorld.CUSTOMER_ERP_ID,
                byReference.externalId());

        Answer replaced = api.put("/api/v1/receipts/" + externalId, oneLine);

        assertThat(replaced.status()).isEqualTo(200);
        assertThat(replaced.json().path("lines")).hasSize(1);
        assertThat(replaced.json().path("register").path("name").asString()).isEqualTo("Kasse 9 – Markt");
        // the cashier's receipt type says reference: the receipt shows the personnel number only
        assertThat(replaced.json().path("cashier").path("shownAs").asString()).isEqualTo(byReference.reference());
        assertThat(db.select(POS_RECEIPT.REGISTER_NAME, POS_RECEIPT.AMOUNT_TOTAL).from(POS_RECEIPT)
                .where(POS_RECEIPT.NUMBER.eq(number)).fetchOne())
                .satisfies(row -> {
                    assertThat(row.value1()).isEqualTo("Kasse 9 – Markt");
                    assertThat(row.value2()).isEqualByComparingTo(new BigDecimal("3.64"));
                });
    }

    @Test
    void badFieldsAreNamedAndNothingIsWritten() {
        String bad = """
                {"company": "%s", "date": "2026-12-05T10:00:00Z",
                 "register": {"code": "K1", "name": "Kasse 1"}, "cashier": "%s",
                 "lines": [{"description": "Brot", "quantity": 1, "unitPrice": 3.00, "taxRate": 250}],
                 "payments": [{"method": "CASH", "amount": 3.21}]}""".formatted(TestWorld.CUSTOMER_ERP_ID, byName.externalId());

        Answer answer = api.put("/api/v1/receipts/" + externalId, bad);

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.field("type")).isEqualTo("/api/v1/problems/validation");
        assertThat(answer.errorFields()).contains("number", "lines[0].taxRate");
        assertThat(api.get("/api/v1/receipts/" + externalId).status()).isEqualTo(404);
    }

    @Test
    void paymentsThatDoNotAddUpToTheTotalAreRefused() {
        Answer answer = api.put("/api/v1/receipts/" + externalId, receipt(TestWorld.CUSTOMER_ERP_ID, number, "10.00"));

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.errorFields()).containsExactly("payments");
        assertThat(answer.json().path("errors").get(0).path("message").asString()).contains("10.00", "12.14");
        assertThat(db.fetchCount(POS_RECEIPT, POS_RECEIPT.NUMBER.eq(number))).isZero();
    }

    @Test
    void anUnknownCurrencyIsNamed() {
        Answer answer = api.put("/api/v1/receipts/" + externalId,
                receipt(TestWorld.CUSTOMER_ERP_ID, number, "12.14").replace("\"currency\": \"EUR\"", "\"currency\": \"XYZ\""));

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.errorFields()).containsExactly("currency");
    }

    @Test
    void anUnknownCompanyIsA422NamingIt() {
        Answer answer = api.put("/api/v1/receipts/" + externalId, receipt("NO-SUCH-COMPANY", number, "12.14"));

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.field("type")).isEqualTo("/api/v1/problems/unknown-reference");
        assertThat(answer.errorFields()).containsExactly("company");
        assertThat(answer.field("detail")).contains("NO-SUCH-COMPANY");
    }

    @Test
    void unknownFieldsAndBrokenJsonAreRefused() {
        Answer unknown = api.put("/api/v1/receipts/" + externalId,
                receipt(TestWorld.CUSTOMER_ERP_ID, number, "12.14").replaceFirst("\\{", "{\"colour\": \"blue\", "));
        Answer broken = api.put("/api/v1/receipts/" + externalId, "{\"number\": ");
        Answer wrongType = api.put("/api/v1/receipts/" + externalId,
                receipt(TestWorld.CUSTOMER_ERP_ID, number, "12.14").replace("\"quantity\": 2", "\"quantity\": \"two\""));

        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.errorFields()).containsExactly("colour");
        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.contentType()).startsWith("application/problem+json");
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.errorFields()).containsExactly("lines[0].quantity");
        assertThat(unknown.body() + broken.body() + wrongType.body()).doesNotContain("Exception", "at org.");
    }

    @Test
    void aReceiptForTheBakeryIsSeenByItsUserAndNotByTheCafe() {
        assertThat(api.put("/api/v1/receipts/" + externalId, receipt(TestWorld.CUSTOMER_ERP_ID, number, "12.14")).status()).isEqualTo(201);

        login(TestWorld.CUSTOMER);
        navigate("receipts/" + number);
        assertThat(_get(ReceiptView.class).getElement().getTextRecursively()).contains(number, byName.name(), "12,14");

        RetailFixtures fixtures = new RetailFixtures(context);
        assertThat(fixtures.receipts.find(fixtures.scopeOf(TestWorld.CUSTOMER), number)).isPresent();
        assertThat(fixtures.receipts.find(fixtures.scopeOf(TestWorld.CUSTOMER2), number)).isEmpty();
        login(TestWorld.CUSTOMER2);
        navigate("receipts/" + number);
        assertThat(_find(ReceiptView.class)).isEmpty();
    }

    @Test
    void aBatchStoresTheGoodItemsAndNamesTheBadOnes() {
        String good1 = RetailFixtures.unique("POS");
        String good2 = RetailFixtures.unique("POS");
        String unknownCompany = RetailFixtures.unique("POS");
        String badSum = RetailFixtures.unique("POS");
        String batch = """
                {"items": [%s, %s, %s, %s]}""".formatted(
                item(good1, RetailFixtures.unique("BON"), TestWorld.CUSTOMER_ERP_ID, "3.64"),
                item(unknownCompany, RetailFixtures.unique("BON"), "NOPE", "3.64"),
                item(badSum, RetailFixtures.unique("BON"), TestWorld.CUSTOMER2_ERP_ID, "9.99"),
                item(good2, RetailFixtures.unique("BON"), TestWorld.CUSTOMER2_ERP_ID, "3.64"));

        Answer answer = api.post("/api/v1/receipts:batch", batch);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().path("written").asInt()).isEqualTo(2);
        assertThat(answer.json().path("failed").asInt()).isEqualTo(2);
        JsonNode items = answer.json().path("items");
        assertThat(items.get(0).path("status").asString()).isEqualTo("created");
        assertThat(items.get(1).path("status").asString()).isEqualTo("failed");
        assertThat(items.get(1).path("problem").path("errors").get(0).path("field").asString()).isEqualTo("company");
        assertThat(items.get(2).path("problem").path("errors").get(0).path("field").asString()).isEqualTo("payments");
        assertThat(items.get(3).path("status").asString()).isEqualTo("created");
        assertThat(api.get("/api/v1/receipts/" + good1).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/receipts/" + good2).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/receipts/" + unknownCompany).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/receipts/" + badSum).status()).isEqualTo(404);

        Answer again = api.post("/api/v1/receipts:batch", batch);
        assertThat(again.json().path("items").get(0).path("status").asString()).isEqualTo("unchanged");
    }

    @Test
    void aNumberTwiceInOneBatchIsWrittenOnceAndTheSameIdTwiceIsOneReceipt() {
        String number = RetailFixtures.unique("BON");
        String first = RetailFixtures.unique("POS");
        String second = RetailFixtures.unique("POS");
        String batch = "{\"items\": [%s, %s, %s]}".formatted(item(first, number, TestWorld.CUSTOMER_ERP_ID, "3.64"),
                item(second, number, TestWorld.CUSTOMER_ERP_ID, "3.64"), item(first, number, TestWorld.CUSTOMER_ERP_ID, "3.64"));

        JsonNode items = api.post("/api/v1/receipts:batch", batch).json().path("items");

        assertThat(items.get(0).path("status").asString()).isEqualTo("created");
        assertThat(items.get(1).path("status").asString()).isEqualTo("failed");
        assertThat(items.get(1).path("problem").path("errors").get(0).path("field").asString()).isEqualTo("number");
        assertThat(items.get(2).path("status").asString()).isEqualTo("unchanged");
        assertThat(db.fetchCount(POS_RECEIPT, POS_RECEIPT.NUMBER.eq(number))).isEqualTo(1);
    }

    @Test
    void everyReceiptOfABatchGetsItsOwnLinesAndPayments() {
        StringBuilder items = new StringBuilder();
        java.util.List<String> ids = new java.util.ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            String id = RetailFixtures.unique("POS");
            ids.add(id);
            // receipt i has i brezels, so its total tells whether its lines and payment are its own
            BigDecimal net = new BigDecimal("0.85").multiply(BigDecimal.valueOf(i));
            BigDecimal total = net.add(net.multiply(new BigDecimal("0.07")).setScale(2, java.math.RoundingMode.HALF_UP));
            String item = item(id, RetailFixtures.unique("BON"), TestWorld.CUSTOMER_ERP_ID, total.toPlainString())
                    .replace("\"quantity\": 4", "\"quantity\": " + i);
            items.append(i == 1 ? "" : ",").append(item);
        }

        Answer answer = api.post("/api/v1/receipts:batch", "{\"items\": [" + items + "]}");

        assertThat(answer.json().path("written").asInt()).isEqualTo(40);
        for (int i = 1; i <= 40; i++) {
            JsonNode receipt = api.get("/api/v1/receipts/" + ids.get(i - 1)).json();
            assertThat(receipt.path("lines").get(0).path("quantity").asInt()).isEqualTo(i);
            assertThat(receipt.path("payments")).hasSize(1);
            assertThat(receipt.path("payments").get(0).path("amount").decimalValue())
                    .isEqualByComparingTo(receipt.path("totals").path("total").decimalValue());
        }
    }

    @Test
    void aBatchOfMoreThanAThousandIsRefusedWhole() {
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < 1001; i++) {
            items.append(i == 0 ? "" : ",").append(item("X-" + i, "N-" + i, TestWorld.CUSTOMER_ERP_ID, "3.64"));
        }
        Answer answer = api.post("/api/v1/receipts:batch", "{\"items\": [" + items + "]}");

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.errorFields()).containsExactly("items");
    }

    private String item(String externalId, String number, String company, String payment) {
        return """
                {"externalId": "%s", "number": "%s", "company": "%s", "date": "2026-12-05T09:20:00Z",
                 "register": {"code": "K1", "name": "Kasse 1 – Verkaufsraum", "location": "Hauptstraße 12, Verkaufsraum"},
                 "cashier": "%s",
                 "lines": [{"description": "Laugenbrezel", "quantity": 4, "unitPrice": 0.85, "taxRate": 7}],
                 "payments": [{"method": "CASH", "amount": %s}]}""".formatted(externalId, number, company,
                byName.externalId(), payment);
    }
}
