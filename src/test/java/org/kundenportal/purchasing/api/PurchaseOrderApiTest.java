package org.kundenportal.purchasing.api;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.kundenportal.db.Tables.PURCHASE_ORDER;

import java.util.EnumSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kundenportal.TestWorld;
import org.kundenportal.integration.ApiHttp.Answer;
import org.kundenportal.integration.ApiTestBase;
import org.kundenportal.purchasing.domain.PurchaseOrderRepository;
import org.kundenportal.purchasing.domain.PurchaseOrderService;
import org.kundenportal.purchasing.ui.PurchaseOrderView;
import org.kundenportal.integration.ApiHttp;
import org.kundenportal.integration.domain.ApiClientService;
import org.kundenportal.integration.domain.ApiScope;
import org.kundenportal.users.domain.UserRepository;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The purchase orders resource over real HTTP, as the ERP would call it, and the supplier's answer read back. */
class PurchaseOrderApiTest extends ApiTestBase {

    @Autowired
    PurchaseOrderRepository orders;
    @Autowired
    PurchaseOrderService service;

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
        externalId = unique("ERP-PO");
        path = "/api/v1/purchase-orders/" + externalId;
    }

    /** The example dated today, expected in a week (its first line in five days). */
    private String order(String supplier, String state) {
        return PurchaseOrderExamples.REQUEST.replaceFirst("\"supplier\": \"[^\"]+\"", "\"supplier\": \"" + supplier + "\"")
                .replace("2026-12-05", today.toString())
                .replace("2026-12-12", today.plusDays(7).toString())
                .replace("2026-12-10", today.plusDays(5).toString())
                .replace("\"state\": \"sent\"", "\"state\": \"" + state + "\"");
    }

    @Test
    void theSameOrderTwiceIsWrittenOnceAndAnsweredTheSame() {
        Answer first = api.put(path, order(TestWorld.SUPPLIER_ERP_ID, "sent"));
        Answer second = api.put(path, order(TestWorld.SUPPLIER_ERP_ID, "sent"));

        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(api.get(path).body()).isEqualTo(first.body());
        assertThat(db.fetchCount(PURCHASE_ORDER, PURCHASE_ORDER.EXTERNAL_ID.eq(externalId))).isEqualTo(1);

        JsonNode body = first.json();
        assertThat(body.path("number").asString()).startsWith("BE-");
        assertThat(body.path("state").asString()).isEqualTo("sent");
        assertThat(body.path("sentAt").asString()).isNotBlank();
        assertThat(body.path("lines").get(0).path("expectedDate").asString()).isEqualTo(today.plusDays(5).toString());
        assertThat(body.path("totals").path("total").decimalValue()).isEqualByComparingTo("733.04");
        assertThat(body.has("acknowledgement")).isFalse();
    }

    @Test
    void aDraftIsReplacedAndASentOrderIsNot() {
        String number = api.put(path, order(TestWorld.SUPPLIER_ERP_ID, "draft")).json().path("number").asString();

        Answer replaced = api.put(path, order(TestWorld.SUPPLIER_ERP_ID, "draft").replace("\"quantity\": 40", "\"quantity\": 60"));
        Answer sent = api.put(path, order(TestWorld.SUPPLIER_ERP_ID, "sent"));
        Answer changed = api.put(path, order(TestWorld.SUPPLIER_ERP_ID, "sent").replace("\"quantity\": 40", "\"quantity\": 80"));

        assertThat(replaced.status()).isEqualTo(200);
        assertThat(replaced.json().path("number").asString()).isEqualTo(number);
        assertThat(replaced.json().path("lines").get(0).path("quantity").asInt()).isEqualTo(60);
        assertThat(replaced.json().path("state").asString()).isEqualTo("draft");
        assertThat(sent.json().path("state").asString()).isEqualTo("sent");
        assertThat(changed.status()).isEqualTo(409);
        assertThat(changed.field("type")).isEqualTo("/api/v1/problems/conflict");
    }

    @Test
    void theSuppliersAcknowledgementIsReadBack() {
        String number = api.put(path, order(TestWorld.SUPPLIER_ERP_ID, "sent")).json().path("number").asString();
        long supplierUser = userId(TestWorld.SUPPLIER);
        service.acknowledge(number, scope(TestWorld.SUPPLIER), supplierUser, today.plusDays(6));

        JsonNode read = api.get(path).json();

        assertThat(read.path("state").asString()).isEqualTo("acknowledged");
        assertThat(read.path("acknowledgement").path("confirmedDate").asString()).isEqualTo(today.plusDays(6).toString());
        assertThat(read.path("acknowledgement").path("acknowledgedBy").asString()).isNotBlank();
        assertThat(read.path("acknowledgement").path("acknowledgedAt").asString()).isNotBlank();
    }

    @Test
    void badFieldsAreNamedAndNothingIsWritten() {
        String bad = order(TestWorld.SUPPLIER_ERP_ID, "sent").replace("\"expectedDate\": \"" + today.plusDays(7) + "\"",
                "\"expectedDate\": \"" + today.minusDays(1) + "\"").replace("\"quantity\": 40", "\"quantity\": 0");

        Answer answer = api.put(path, bad);
        Answer noteWithDate = api.put(path, order(TestWorld.SUPPLIER_ERP_ID, "sent")
                .replace("\"lines\": [", "\"lines\": [{\"kind\": \"note\", \"description\": \"Bitte anliefern\", "
                        + "\"expectedDate\": \"" + today + "\"},"));

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.field("type")).isEqualTo("/api/v1/problems/validation");
        assertThat(answer.errorFields()).containsExactly("expectedDate", "lines[0].quantity");
        assertThat(noteWithDate.status()).isEqualTo(422);
        assertThat(noteWithDate.errorFields()).containsExactly("lines[0].expectedDate");
        assertThat(api.get(path).status()).isEqualTo(404);
    }

    @Test
    void anUnknownOrNonSupplierCompanyIsA422NamingIt() {
        Answer unknown = api.put(path, order("NO-SUCH-COMPANY", "sent"));
        Answer customer = api.put(path, order(TestWorld.CUSTOMER_ERP_ID, "sent"));

        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.field("type")).isEqualTo("/api/v1/problems/unknown-reference");
        assertThat(unknown.errorFields()).containsExactly("supplier");
        assertThat(customer.status()).isEqualTo(422);
        assertThat(customer.errorFields()).containsExactly("supplier");
    }

    @Test
    void aSentOrderIsSeenByTheSupplierAndNotByACustomer() {
        String number = api.put(path, order(TestWorld.SUPPLIER_ERP_ID, "sent")).json().path("number").asString();

        assertThat(orders.find(scope(TestWorld.SUPPLIER), number)).isPresent();
        assertThat(orders.find(scope(TestWorld.CUSTOMER), number)).isEmpty();
        login(TestWorld.SUPPLIER);
        navigate("purchase-orders/" + number);
        assertThat(_get(PurchaseOrderView.class).getElement().getTextRecursively()).contains(number);
        login(TestWorld.CUSTOMER);
        navigate("purchase-orders/" + number);
        assertThat(_find(PurchaseOrderView.class)).isEmpty();
    }
}
