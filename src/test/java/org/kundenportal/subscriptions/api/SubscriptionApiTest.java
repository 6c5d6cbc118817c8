package org.kundenportal.subscriptions.api;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.kundenportal.db.Tables.SUBSCRIPTION;

import java.util.EnumSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kundenportal.TestWorld;
import org.kundenportal.integration.ApiHttp.Answer;
import org.kundenportal.integration.ApiHttp;
import org.kundenportal.integration.ApiTestBase;
import org.kundenportal.integration.domain.ApiClientService;
import org.kundenportal.integration.domain.ApiScope;
import org.kundenportal.subscriptions.domain.SubscriptionRepository;
import org.kundenportal.subscriptions.ui.SubscriptionView;
import org.kundenportal.users.domain.UserRepository;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The subscriptions resource over real HTTP, as the ERP would call it, and what the customer then sees. */
class SubscriptionApiTest extends ApiTestBase {

    @Autowired
    SubscriptionRepository subscriptions;

    String externalId;
    String path;

    @Autowired
    ApiClientService clients;
    @Autowired
    UserRepository users;

    @BeforeEach
    void ids() {
        externalId = unique("ERP-ABO");
        path = "/api/v1/subscriptions/" + externalId;
        // a client of the test's own with every scope, rather than a token some installation happens to have
        api = new ApiHttp(port, clients.create(users.findPrincipal(TestWorld.ADMIN).orElseThrow(), "Test-ERP " + System.nanoTime(),
                EnumSet.allOf(ApiScope.class)).token());
    }

    /** The example starting today, invoiced next in a month, in the given state. */
    private String subscription(String company, String state) {
        return SubscriptionExamples.REQUEST.replaceFirst("\"company\": \"[^\"]*\"", "\"company\": \"" + company + "\"")
                .replace("2026-12-01", today.toString())
                .replace("2027-01-01", today.plusMonths(1).toString())
                .replace("\"state\": \"active\"", "\"state\": \"" + state + "\"");
    }

    @Test
    void theSameSubscriptionTwiceIsWrittenOnceAndAnsweredTheSame() {
        Answer first = api.put(path, subscription(TestWorld.CUSTOMER_ERP_ID, "active"));
        Answer second = api.put(path, subscription(TestWorld.CUSTOMER_ERP_ID, "active"));

        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(api.get(path).body()).isEqualTo(first.body());
        assertThat(db.fetchCount(SUBSCRIPTION, SUBSCRIPTION.EXTERNAL_ID.eq(externalId))).isEqualTo(1);

        JsonNode body = first.json();
        assertThat(body.path("number").asString()).startsWith("ABO-");
        assertThat(body.path("state").asString()).isEqualTo("active");
        assertThat(body.path("billingPeriod").asString()).isEqualTo("monthly");
        assertThat(body.path("nextInvoiceDate").asString()).isEqualTo(today.plusMonths(1).toString());
        assertThat(body.path("lines").get(0).path("amount").decimalValue()).isEqualByComparingTo("78.00");
        assertThat(body.path("recurringTotal").decimalValue()).isEqualByComparingTo("97.80");
    }

    @Test
    void aSubscriptionIsChangedPausedResumedAndCancelled() {
        String number = api.put(path, subscription(TestWorld.CUSTOMER_ERP_ID, "active")).json().path("number").asString();

        Answer changed = api.put(path, subscription(TestWorld.CUSTOMER_ERP_ID, "active").replace("\"quantity\": 2, \"unitPrice\": 9.90",
                "\"quantity\": 3, \"unitPrice\": 9.90"));
        Answer paused = api.put(path, subscription(TestWorld.CUSTOMER_ERP_ID, "paused"));
        Answer resumed = api.put(path, subscription(TestWorld.CUSTOMER_ERP_ID, "active"));
        Answer cancelled = api.put(path, subscription(TestWorld.CUSTOMER_ERP_ID, "cancelled")
                .replace("\"currency\"", "\"endDate\": \"" + today.plusMonths(3) + "\", \"currency\""));
        Answer afterwards = api.put(path, subscription(TestWorld.CUSTOMER_ERP_ID, "active"));

        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().path("number").asString()).isEqualTo(number);
        assertThat(changed.json().path("recurringTotal").decimalValue()).isEqualByComparingTo("107.70");
        assertThat(paused.json().path("state").asString()).isEqualTo("paused");
        assertThat(paused.json().has("nextInvoiceDate")).isFalse();
        assertThat(resumed.json().path("state").asString()).isEqualTo("active");
        assertThat(resumed.json().path("nextInvoiceDate").asString()).isEqualTo(today.plusMonths(1).toString());
        assertThat(cancelled.json().path("state").asString()).isEqualTo("cancelled");
        assertThat(cancelled.json().path("endDate").asString()).isEqualTo(today.plusMonths(3).toString());
        assertThat(afterwards.status()).isEqualTo(409);
        assertThat(afterwards.field("type")).isEqualTo("/api/v1/problems/conflict");
    }

    @Test
    void badFieldsAreNamedAndNothingIsWritten() {
        String noNextInvoice = subscription(TestWorld.CUSTOMER_ERP_ID, "active")
                .replace("\"nextInvoiceDate\": \"" + today.plusMonths(1) + "\",", "")
                .replace("\"currency\": \"EUR\"", "\"currency\": \"JPY\"");
        String shape = subscription(TestWorld.CUSTOMER_ERP_ID, "active").replace("\"code\": \"MOD-TSE\", ", "")
                .replace("\"monthly\"", "\"weekly\"");

        Answer rules = api.put(path, noNextInvoice);
        Answer fields = api.put(path, shape);
        Answer cancelledWithoutEnd = api.put(path, subscription(TestWorld.CUSTOMER_ERP_ID, "cancelled"));

        assertThat(rules.status()).isEqualTo(422);
        assertThat(rules.field("type")).isEqualTo("/api/v1/problems/validation");
        assertThat(rules.errorFields()).containsExactly("nextInvoiceDate", "currency");
        assertThat(fields.status()).isEqualTo(422);
        assertThat(fields.errorFields()).containsExactly("billingPeriod", "lines[1].code");
        assertThat(cancelledWithoutEnd.errorFields()).containsExactly("endDate");
        assertThat(api.get(path).status()).isEqualTo(404);
    }

    @Test
    void anUnknownOrNonCustomerCompanyIsA422NamingIt() {
        Answer unknown = api.put(path, subscription("NO-SUCH-COMPANY", "active"));
        Answer supplier = api.put(path, subscription(TestWorld.SUPPLIER_ERP_ID, "active"));

        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.field("type")).isEqualTo("/api/v1/problems/unknown-reference");
        assertThat(unknown.errorFields()).containsExactly("company");
        assertThat(supplier.status()).isEqualTo(422);
        assertThat(supplier.errorFields()).containsExactly("company");
    }

    @Test
    void aSubscriptionOfTheBakeryIsSeenByItsUserAndNotByTheCafe() {
        String number = api.put(path, subscription(TestWorld.CUSTOMER_ERP_ID, "active")).json().path("number").asString();

        assertThat(subscriptions.find(scope(TestWorld.CUSTOMER), number)).isPresent();
        assertThat(subscriptions.find(scope(TestWorld.CUSTOMER2), number)).isEmpty();
        login(TestWorld.CUSTOMER);
        navigate("subscriptions/" + number);
        assertThat(_get(SubscriptionView.class).getElement().getTextRecursively()).contains(number, "Kassensystem Komfort");
        login(TestWorld.CUSTOMER2);
        navigate("subscriptions/" + number);
        assertThat(_find(SubscriptionView.class)).isEmpty();
    }
}
