package org.kundenportal.orders.api;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.kundenportal.db.Tables.DELIVERY;
import static org.kundenportal.db.Tables.SALE_ORDER;

import java.util.EnumSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kundenportal.TestWorld;
import org.kundenportal.integration.ApiHttp.Answer;
import org.kundenportal.integration.ApiTestBase;
import org.kundenportal.orders.domain.OrderRepository;
import org.kundenportal.orders.ui.OrderView;
import org.kundenportal.integration.ApiHttp;
import org.kundenportal.integration.domain.ApiClientService;
import org.kundenportal.integration.domain.ApiScope;
import org.kundenportal.users.domain.UserRepository;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The orders resource over real HTTP, as a web shop would call it, and its deliveries read back. */
class OrderApiTest extends ApiTestBase {

    @Autowired
    OrderRepository orders;

    String externalId;
    String path;

    /** The tests' own API client, created by the test world's admin, with every scope. */
    @BeforeEach
    void ownClient() {
        api = new ApiHttp(port, context.getBean(ApiClientService.class)
                .create(context.getBean(UserRepository.class).findPrincipal(TestWorld.ADMIN).orElseThrow(), "Test-ERP",
                        EnumSet.allOf(ApiScope.class)).token());
    }

    @BeforeEach
    void ids() {
        externalId = unique("SHOP");
        path = "/api/v1/orders/" + externalId;
    }

    /** The example dated today, with the given deliveries (JSON array body). */
    private String order(String company, String deliveries) {
        String request = OrderExamples.REQUEST.replace("2026-12-05", today.toString())
                .replaceFirst("\"company\": \"[^\"]+\"", "\"company\": \"" + company + "\"");
        return request.substring(0, request.indexOf("\"deliveries\"")) + "\"deliveries\": [" + deliveries + "]}";
    }

    private static String shipped(String tracking) {
        return "{\"state\": \"shipped\", \"carrier\": \"DHL\", \"trackingNumbers\": [\"" + tracking + "\"]}";
    }

    @Test
    void theSameOrderTwiceIsWrittenOnceAndAnsweredTheSame() {
        String request = OrderExamples.REQUEST.replace("2026-12-05", today.toString())
                .replaceFirst("\"company\": \"[^\"]+\"", "\"company\": \"" + TestWorld.CUSTOMER_ERP_ID + "\"");

        Answer first = api.put(path, request);
        Answer second = api.put(path, request);

        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(api.get(path).body()).isEqualTo(first.body());
        long id = db.select(SALE_ORDER.ID).from(SALE_ORDER).where(SALE_ORDER.EXTERNAL_ID.eq(externalId))
                .fetchSingle(SALE_ORDER.ID);
        assertThat(db.fetchCount(DELIVERY, DELIVERY.SALE_ORDER_ID.eq(id))).isEqualTo(1);

        JsonNode body = first.json();
        assertThat(body.path("number").asString()).startsWith("WS-");
        assertThat(body.path("source").asString()).isEqualTo("web_shop");
        assertThat(body.path("state").asString()).isEqualTo("confirmed");
        assertThat(body.path("deliveryStatus").asString()).isEqualTo("shipped");
        assertThat(body.path("totals").path("total").decimalValue()).isEqualByComparingTo("80.55");
        JsonNode delivery = body.path("deliveries").get(0);
        assertThat(delivery.path("state").asString()).isEqualTo("shipped");
        assertThat(delivery.path("lines")).hasSize(2);
        assertThat(delivery.path("tracking").get(0).path("carrier").asString()).isEqualTo("DHL");
        assertThat(delivery.path("tracking").get(0).path("url").asString()).endsWith("00340434161094042557");
    }

    @Test
    void deliveriesAreAddedAndMovedOnButTheContentIsFixed() {
        api.put(path, order(TestWorld.CUSTOMER_ERP_ID, ""));

        Answer waiting = api.put(path, order(TestWorld.CUSTOMER_ERP_ID, "{\"state\": \"waiting\", \"lines\": [{\"description\": "
                + "\"Kassenrollen 80 mm (50 Stück)\", \"quantity\": 1, \"unit\": \"Pack\"}]}"));
        Answer split = api.put(path, order(TestWorld.CUSTOMER_ERP_ID, shipped("111") + ", {\"state\": \"ready\"}"));
        Answer delivered = api.put(path, order(TestWorld.CUSTOMER_ERP_ID, "{\"state\": \"delivered\"}, {\"state\": \"ready\"}"));
        Answer back = api.put(path, order(TestWorld.CUSTOMER_ERP_ID, "{\"state\": \"waiting\"}"));
        Answer changed = api.put(path, order(TestWorld.CUSTOMER_ERP_ID, "").replace("\"quantity\": 2", "\"quantity\": 3"));

        assertThat(waiting.status()).isEqualTo(200);
        assertThat(waiting.json().path("deliveries").get(0).path("lines")).hasSize(1);
        assertThat(split.json().path("deliveries")).hasSize(2);
        assertThat(split.json().path("deliveryStatus").asString()).isEqualTo("partially_shipped");
        assertThat(delivered.json().path("deliveries").get(0).path("state").asString()).isEqualTo("delivered");
        assertThat(delivered.json().path("deliveries").get(0).path("deliveredDate").asString()).isEqualTo(today.toString());
        assertThat(back.status()).isEqualTo(409);
        assertThat(back.field("type")).isEqualTo("/api/v1/problems/conflict");
        assertThat(changed.status()).isEqualTo(409);
        assertThat(api.get(path).json().path("deliveries")).hasSize(2);
    }

    @Test
    void badFieldsAreNamedAndNothingIsWritten() {
        Answer shape = api.put(path, order(TestWorld.CUSTOMER_ERP_ID, "{\"state\": \"lost\"}")
                .replace("\"quantity\": 2,", ""));
        Answer unknownCarrier = api.put(path, order(TestWorld.CUSTOMER_ERP_ID,
                "{\"state\": \"shipped\", \"carrier\": \"PIGEON\", \"trackingNumbers\": [\"1\"]}"));
        Answer noTracking = api.put(path, order(TestWorld.CUSTOMER_ERP_ID, "{\"state\": \"shipped\", \"carrier\": \"DHL\"}"));

        assertThat(shape.status()).isEqualTo(422);
        assertThat(shape.errorFields()).containsExactly("deliveries[0].state");
        assertThat(unknownCarrier.status()).isEqualTo(422);
        assertThat(unknownCarrier.errorFields()).containsExactly("deliveries[0].carrier");
        assertThat(noTracking.status()).isEqualTo(422);
        assertThat(noTracking.errorFields()).containsExactly("deliveries[0].trackingNumbers");
        assertThat(api.get(path).status()).isEqualTo(404);
        assertThat(db.fetchCount(SALE_ORDER, SALE_ORDER.EXTERNAL_ID.eq(externalId))).isZero();
    }

    @Test
    void aLineWithoutQuantityIsNamed() {
        Answer answer = api.put(path, order(TestWorld.CUSTOMER_ERP_ID, "").replace("\"quantity\": 2,", ""));

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.errorFields()).containsExactly("lines[0].quantity");
    }

    @Test
    void anUnknownCompanyIsA422NamingIt() {
        Answer answer = api.put(path, order("NO-SUCH-COMPANY", ""));

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.field("type")).isEqualTo("/api/v1/problems/unknown-reference");
        assertThat(answer.errorFields()).containsExactly("company");
    }

    @Test
    void anOrderForTheCustomerIsSeenByItsUserAndNotByAnotherCompany() {
        String number = api.put(path, order(TestWorld.CUSTOMER_ERP_ID, shipped("00340434161094042557"))).json()
                .path("number").asString();

        assertThat(orders.find(scope(TestWorld.CUSTOMER), number)).isPresent();
        assertThat(orders.find(scope(TestWorld.CUSTOMER2), number)).isEmpty();
        login(TestWorld.CUSTOMER);
        navigate("orders/" + number);
        assertThat(_get(OrderView.class).getElement().getTextRecursively()).contains(number);
        login(TestWorld.CUSTOMER2);
        navigate("orders/" + number);
        assertThat(_find(OrderView.class)).isEmpty();
    }
}
