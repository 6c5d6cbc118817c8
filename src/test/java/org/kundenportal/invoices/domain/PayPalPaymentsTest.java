package org.kundenportal.invoices.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kundenportal.documents.domain.HistoryEvent;
import org.kundenportal.invoices.PayPalStub;
import org.kundenportal.invoices.domain.payment.PayPalProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Paying through PayPal Checkout (Orders v2) against a local stand-in for PayPal's API, with webhooks that the
 * stand-in verifies as PayPal's verify-webhook-signature does, posted to the running server.
 */
class PayPalPaymentsTest extends PaymentTestBase {

    private static final BigDecimal TOTAL = new BigDecimal("119.00");

    @Autowired
    PayPalProvider paypal;
    @LocalServerPort
    int port;

    PayPalStub stub = PayPalStub.get();
    final HttpClient http = HttpClient.newHttpClient();
    final JsonMapper json = JsonMapper.builder().build();

    private Payment start(Invoice invoice) {
        String url = payments.startCheckout(paypal, invoice, invoice.amountDue(), clara);
        Payment payment = invoices.payments(invoice.id()).getLast();
        assertThat(url).isEqualTo(stub.baseUrl() + "/checkoutnow/" + payment.providerReference());
        return payment;
    }

    private HttpResponse<String> webhook(String payload, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/webhooks/paypal"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(payload));
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> signed(String type, ObjectNode resource) throws Exception {
        String payload = stub.event(type, resource);
        return webhook(payload, stub.sign(payload));
    }

    /** The payer approved and PayPal captured without us: the PAYMENT.CAPTURE.COMPLETED event it then sends. */
    private String capturedAtPayPal(Payment payment) {
        stub.approve(payment.providerReference());
        stub.capture(payment.providerReference());
        return stub.event("PAYMENT.CAPTURE.COMPLETED", stub.captureOf(payment.providerReference()));
    }

    private long ordersCreated() {
        return stub.requests("/v2/checkout/orders").stream()
                .filter(request -> request.getMethod().getName().equals("POST") && !request.getUrl().endsWith("/capture"))
                .count();
    }

    private long captures(String orderId) {
        return stub.requests("/v2/checkout/orders/" + orderId + "/capture").size();
    }

    /** The payer follows the approval link and presses "Pay"; PayPal sends the browser back with token and PayerID. */
    private String approveInBrowser(String approvalUrl) throws Exception {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(approvalUrl)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.body()).contains("119.00 EUR");
        HttpResponse<String> pay = http.send(HttpRequest.newBuilder(URI.create(approvalUrl))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(pay.statusCode()).isEqualTo(303);
        return pay.headers().firstValue("Location").orElseThrow();
    }

    @Test
    void thePayerApprovesReturnsAndTheCaptureOnReturnPaysTheInvoiceOnce() throws Exception {
        Invoice invoice = fixtures.posted(world.customer().companyId());
        String approvalUrl = payments.startCheckout(paypal, invoice, TOTAL, clara);
        Payment payment = invoices.payments(invoice.id()).getLast();
        assertThat(payments.checkReturn(paypal, payment.id()).state()).isEqualTo(PaymentAttemptState.PENDING);

        JsonNode created = json.readTree(stub.requests("/v2/checkout/orders").stream()
                .filter(request -> request.getBodyAsString().contains(invoice.number())).findFirst().orElseThrow()
                .getBodyAsString());
        assertThat(created.path("intent").asString()).isEqualTo("CAPTURE");
        JsonNode unit = created.path("purchase_units").get(0);
        assertThat(unit.path("custom_id").asString()).isEqualTo(invoice.number());
        assertThat(unit.path("amount").path("value").asString()).isEqualTo("119.00");
        assertThat(unit.path("amount").path("currency_code").asString()).isEqualTo("EUR");
        JsonNode context = created.path("payment_source").path("paypal").path("experience_context");
        assertThat(context.path("user_action").asString()).isEqualTo("PAY_NOW");
        assertThat(context.path("shipping_preference").asString()).isEqualTo("NO_SHIPPING");
        assertThat(context.path("return_url").asString()).endsWith("/payment-return?payment=" + payment.id());

        String back = approveInBrowser(approvalUrl);
        assertThat(back).endsWith("/payment-return?payment=" + payment.id() + "&token=" + payment.providerReference()
                + "&PayerID=" + stub.order(payment.providerReference()).path("payer").path("payer_id").asString());

        assertThat(payments.checkReturn(paypal, payment.id()).state()).isEqualTo(PaymentAttemptState.SUCCEEDED);
        assertThat(payments.checkReturn(paypal, payment.id()).state()).isEqualTo(PaymentAttemptState.SUCCEEDED);
        Invoice after = fixtures.reload(invoice);
        assertThat(after.status()).isEqualTo(InvoicePaymentStatus.PAID);
        assertThat(after.paid()).isEqualByComparingTo(TOTAL);
        String captureId = stub.captureOf(payment.providerReference()).path("id").asString();
        assertThat(invoices.payments(invoice.id())).singleElement().satisfies(row -> {
            assertThat(row.method()).isEqualTo(PaymentMethod.PAYPAL);
            assertThat(row.providerPaymentReference()).isEqualTo(captureId);
        });
        assertThat(captures(payment.providerReference())).isEqualTo(1);
        assertThat(paypal.dashboardUrl(payment.providerReference(), captureId))
                .hasValue("https://www.paypal.com/activity/payment/" + captureId);
        assertThat(paidEvents.of(invoice.id())).hasSize(1);
    }

    @Test
    void theCaptureWebhookTwiceAndTheReturnMakeOnePayment() throws Exception {
        Invoice invoice = fixtures.posted(world.customer().companyId());
        Payment payment = start(invoice);
        String payload = capturedAtPayPal(payment);
        assertThat(webhook(payload, stub.sign(payload)).statusCode()).isEqualTo(200);
        assertThat(webhook(payload, stub.sign(payload)).statusCode()).isEqualTo(200);
        assertThat(payments.checkReturn(paypal, payment.id()).state()).isEqualTo(PaymentAttemptState.SUCCEEDED);

        assertThat(invoices.payments(invoice.id())).singleElement()
                .satisfies(row -> assertThat(row.state()).isEqualTo(PaymentAttemptState.SUCCEEDED));
        assertThat(fixtures.reload(invoice).paid()).isEqualByComparingTo(TOTAL);
        assertThat(paidEvents.of(invoice.id())).hasSize(1);
        assertThat(history(invoice)).containsOnlyOnce(HistoryEvent.PAID.name());
    }

    @Test
    void aWebhookPayPalDoesNotVerifyIsRefusedAndChangesNothing() throws Exception {
        Invoice invoice = fixtures.posted(world.customer().companyId());
        Payment payment = start(invoice);
        String payload = capturedAtPayPal(payment);
        Map<String, String> signature = stub.sign(payload);

        HttpResponse<String> forged = webhook(payload, stub.forged());
        HttpResponse<String> unsigned = webhook(payload, Map.of());
        HttpResponse<String> changed = webhook(payload.replace("119.00", "1.00"), signature);

        for (HttpResponse<String> response : List.of(forged, unsigned, changed)) {
            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(response.body()).doesNotContain("Exception").doesNotContain(PayPalStub.CLIENT_SECRET);
        }
        assertThat(invoices.payment(payment.id()).orElseThrow().state()).isEqualTo(PaymentAttemptState.PENDING);
        assertThat(fixtures.reload(invoice).status()).isEqualTo(InvoicePaymentStatus.NOT_PAID);
    }

    @Test
    void aWebhookForAnOrderThatIsNotOursIsAcknowledgedAndChangesNothing() throws Exception {
        Payment ours = start(fixtures.posted(world.customer().companyId()));
        ObjectNode foreign = stub.order(ours.providerReference()).deepCopy().put("id", "9FOREIGN1ORDER")
                .put("status", "APPROVED");
        ObjectNode capture = json.createObjectNode().put("id", "9FOREIGNCAPTURE").put("status", "COMPLETED");
        capture.putObject("amount").put("currency_code", "EUR").put("value", "119.00");
        capture.putObject("supplementary_data").putObject("related_ids").put("order_id", "9FOREIGN1ORDER");

        assertThat(signed("PAYMENT.CAPTURE.COMPLETED", capture).statusCode()).isEqualTo(200);
        assertThat(signed("CHECKOUT.ORDER.APPROVED", foreign).statusCode()).isEqualTo(200);
        assertThat(signed("CUSTOMER.DISPUTE.CREATED", json.createObjectNode().put("dispute_id", "PP-D-1")).statusCode())
                .isEqualTo(200);

        assertThat(invoices.paymentByProviderReference(PayPalProvider.CODE, "9FOREIGN1ORDER")).isEmpty();
        assertThat(captures("9FOREIGN1ORDER")).isZero();
        assertThat(invoices.payment(ours.id()).orElseThrow().state()).isEqualTo(PaymentAttemptState.PENDING);
    }

    @Test
    void aRefundInPayPalReducesThePaidAmountOnce() throws Exception {
        Invoice invoice = fixtures.posted(world.customer().companyId());
        Payment payment = start(invoice);
        stub.approve(payment.providerReference());
        assertThat(payments.checkReturn(paypal, payment.id()).state()).isEqualTo(PaymentAttemptState.SUCCEEDED);

        ObjectNode partly = stub.refunded(payment.providerReference(), "19.00", "19.00");
        assertThat(signed("PAYMENT.CAPTURE.REFUNDED", partly).statusCode()).isEqualTo(200);
        assertThat(signed("PAYMENT.CAPTURE.REFUNDED", partly).statusCode()).isEqualTo(200);

        Invoice after = fixtures.reload(invoice);
        assertThat(after.paid()).isEqualByComparingTo("100.00");
        assertThat(after.status()).isEqualTo(InvoicePaymentStatus.PARTIALLY_PAID);
        assertThat(history(invoice)).containsOnlyOnce(HistoryEvent.REFUNDED.name());

        signed("PAYMENT.CAPTURE.REFUNDED", stub.refunded(payment.providerReference(), "100.00", "119.00"));
        assertThat(fixtures.reload(invoice).paid()).isEqualByComparingTo("0.00");
    }

    @Test
    void anApprovedOrderIsCapturedByTheWebhookWhenThePayerNeverReturns() throws Exception {
        Invoice invoice = fixtures.posted(world.customer().companyId());
        Payment payment = start(invoice);
        ObjectNode approved = stub.approve(payment.providerReference());

        assertThat(signed("CHECKOUT.ORDER.APPROVED", approved).statusCode()).isEqualTo(200);
        assertThat(signed("CHECKOUT.ORDER.APPROVED", approved).statusCode()).isEqualTo(200);

        assertThat(invoices.payment(payment.id()).orElseThrow().state()).isEqualTo(PaymentAttemptState.SUCCEEDED);
        assertThat(fixtures.reload(invoice).status()).isEqualTo(InvoicePaymentStatus.PAID);
        assertThat(stub.order(payment.providerReference()).path("status").asString()).isEqualTo("COMPLETED");
        assertThat(captures(payment.providerReference())).isEqualTo(1);
        assertThat(paidEvents.of(invoice.id())).hasSize(1);
    }

    @Test
    void aSecondTabContinuesTheSameOrder() {
        Invoice invoice = fixtures.posted(world.customer().companyId());
        Payment first = start(invoice);

        assertSecondTabContinues(paypal, invoice, stub.baseUrl() + "/checkoutnow/" + first.providerReference(),
                this::ordersCreated);
    }

    @Test
    void withoutItsEnvironmentVariablesPayPalCannotBeSwitchedOnAndSaysWhatIsMissing() {
        assertCannotBeSwitchedOnWithout(new PayPalProvider("", " ", null, null),
                "PAYPAL_CLIENT_ID", "PAYPAL_CLIENT_SECRET", "PAYPAL_WEBHOOK_ID");
        assertThat(paypal.configured()).isTrue();
        assertThat(new PayPalProvider("id", "secret", "wh", PayPalProvider.SANDBOX_API).dashboardUrl("O", "CAP1"))
                .hasValue("https://www.sandbox.paypal.com/activity/payment/CAP1");
    }

    @Test
    void wrongCredentialsOrAnUnreachablePayPalAreRecordedAsAFailureWithoutSecrets() {
        Invoice invoice = fixtures.posted(world.customer().companyId());
        PayPalProvider wrong = new PayPalProvider(PayPalStub.CLIENT_ID, "wrong", PayPalStub.WEBHOOK_ID, stub.baseUrl());
        PayPalProvider down = new PayPalProvider(PayPalStub.CLIENT_ID, PayPalStub.CLIENT_SECRET, PayPalStub.WEBHOOK_ID,
                "http://127.0.0.1:9");

        assertStartFailsWithReasons(invoice, List.of(wrong, down), "HTTP 401", "not reachable");
        assertThat(invoices.payments(invoice.id())).extracting(Payment::failureReason)
                .noneMatch(reason -> reason.contains("wrong") || reason.contains(PayPalStub.CLIENT_ID));
    }
}
