package org.kundenportal.invoices.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kundenportal.TestWorld;
import org.kundenportal.base.i18n.Formats;
import org.kundenportal.base.settings.SettingKey;
import org.kundenportal.base.validation.RefusedException;
import org.kundenportal.documents.domain.HistoryEvent;
import org.kundenportal.invoices.StripeStub;
import org.kundenportal.invoices.domain.payment.PaymentProviders;
import org.kundenportal.invoices.domain.payment.StripeProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.node.ObjectNode;

/**
 * Paying through Stripe Checkout against a local stand-in for Stripe's API, with webhooks signed as Stripe signs
 * them and posted to the running server.
 */
class StripePaymentsTest extends PaymentTestBase {

    private static final BigDecimal TOTAL = new BigDecimal("119.00");

    @Autowired
    StripeProvider stripe;
    @Autowired
    PaymentProviders providers;
    @LocalServerPort
    int port;

    StripeStub stub = StripeStub.get();
    final HttpClient http = HttpClient.newHttpClient();

    private Payment start(Invoice invoice) {
        String url = payments.startCheckout(stripe, invoice, invoice.amountDue(), clara);
        Payment payment = invoices.payments(invoice.id()).getLast();
        assertThat(url).isEqualTo(stub.baseUrl() + "/c/pay/" + payment.providerReference());
        return payment;
    }

    private HttpResponse<String> webhook(String payload, String signature) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/webhooks/stripe"))
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(payload));
        if (signature != null) {
            request.header("Stripe-Signature", signature);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> signed(String type, ObjectNode object) throws Exception {
        String payload = stub.event(type, object);
        return webhook(payload, StripeStub.signature(payload));
    }

    private long sessionsCreated() {
        return stub.requests("/v1/checkout/sessions").stream()
                .filter(request -> request.getMethod().getName().equals("POST")).count();
    }

    private static String param(LoggedRequest request, String name) {
        for (String pair : request.getBodyAsString().split("&")) {
            String[] parts = pair.split("=", 2);
            if (URLDecoder.decode(parts[0], StandardCharsets.UTF_8).equals(name)) {
                return URLDecoder.decode(parts[1], StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    @Test
    void aCheckoutSessionCarriesTheInvoiceAmountPayerAndWayBack() {
        Invoice invoice = fixtures.posted(world.customer().companyId());
        long before = sessionsCreated();

        Payment payment = start(invoice);

        assertThat(sessionsCreated()).isEqualTo(before + 1);
        LoggedRequest request = stub.requests("/v1/checkout/sessions").stream()
                .filter(logged -> logged.getMethod().getName().equals("POST"))
                .filter(logged -> String.valueOf(param(logged, "success_url")).endsWith("?payment=" + payment.id()))
                .findFirst().orElseThrow();
        assertThat(request.getHeader("Authorization")).isEqualTo("Bearer " + StripeStub.SECRET_KEY);
        assertThat(request.getHeader("Idempotency-Key")).startsWith("stripe:");
        assertThat(param(request, "mode")).isEqualTo("payment");
        assertThat(param(request, "line_items[0][price_data][unit_amount]")).isEqualTo("11900");
        assertThat(param(request, "line_items[0][price_data][currency]")).isEqualTo("eur");
        assertThat(param(request, "line_items[0][price_data][product_data][name]")).endsWith(" " + invoice.number());
        assertThat(param(request, "client_reference_id")).isEqualTo(invoice.number());
        assertThat(param(request, "metadata[invoice_number]")).isEqualTo(invoice.number());
        assertThat(param(request, "customer_email")).isEqualTo(TestWorld.CUSTOMER);
        assertThat(param(request, "success_url"))
                .endsWith("/invoices/" + invoice.number() + "/payment-return?payment=" + payment.id());
        assertThat(param(request, "cancel_url")).endsWith("?payment=" + payment.id() + "&cancelled=true");
        // the company's own choice of payment methods in its Stripe account applies
        assertThat(request.getBodyAsString()).doesNotContain("payment_method_types");
        assertThat(payment.state()).isEqualTo(PaymentAttemptState.PENDING);
        assertThat(payment.method()).isEqualTo(PaymentMethod.STRIPE);
    }

    @Test
    void aCardPaymentCountsOnceWhenTheSignedWebhookComesTwiceAndThePayerReturns() throws Exception {
        Invoice invoice = fixtures.posted(world.customer().companyId());
        Payment payment = start(invoice);
        assertThat(payments.checkReturn(stripe, payment.id()).state()).isEqualTo(PaymentAttemptState.PENDING);

        ObjectNode paid = stub.pay(payment.providerReference());
        String payload = stub.event("checkout.session.completed", paid);
        HttpResponse<String> first = webhook(payload, StripeStub.signature(payload));
        HttpResponse<String> again = webhook(payload, StripeStub.signature(payload));

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(payments.checkReturn(stripe, payment.id()).state()).isEqualTo(PaymentAttemptState.SUCCEEDED);
        Invoice after = fixtures.reload(invoice);
        assertThat(after.status()).isEqualTo(InvoicePaymentStatus.PAID);
        assertThat(after.paid()).isEqualByComparingTo(TOTAL);
        assertThat(invoices.payments(invoice.id())).singleElement().satisfies(row -> {
            assertThat(row.state()).isEqualTo(PaymentAttemptState.SUCCEEDED);
            assertThat(row.providerPaymentReference()).isEqualTo(paid.path("payment_intent").asString());
        });
        assertThat(paidEvents.of(invoice.id())).hasSize(1);
        assertThat(history(invoice)).containsOnlyOnce(HistoryEvent.PAID.name());
    }

    @Test
    void theReturnAloneCompletesThePaymentAndALateWebhookChangesNothing() throws Exception {
        Invoice invoice = fixtures.posted(world.customer().companyId());
        Payment payment = start(invoice);
        ObjectNode paid = stub.pay(payment.providerReference());

        assertThat(payments.checkReturn(stripe, payment.id()).state()).isEqualTo(PaymentAttemptState.SUCCEEDED);
        assertThat(signed("checkout.session.completed", paid).statusCode()).isEqualTo(200);

        assertThat(fixtures.reload(invoice).paid()).isEqualByComparingTo(TOTAL);
        assertThat(paidEvents.of(invoice.id())).hasSize(1);
    }

    @Test
    void aSepaDebitPaysWhenItArrivesNotWhenTheCheckoutCompletes() throws Exception {
        Invoice invoice = fixtures.posted(world.customer().companyId());
        Payment payment = start(invoice);

        assertThat(signed("checkout.session.completed", stub.payByDebit(payment.providerReference())).statusCode())
                .isEqualTo(200);
        assertThat(invoices.payment(payment.id()).orElseThrow().state()).isEqualTo(PaymentAttemptState.PENDING);
        assertThat(fixtures.reload(invoice).status()).isEqualTo(InvoicePaymentStatus.NOT_PAID);
        // a second tab cannot start another checkout while the debit is on its way
        assertThatThrownBy(() -> payments.startCheckout(stripe, fixtures.reload(invoice), TOTAL, clara))
                .isInstanceOfSatisfying(RefusedException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("invoices.pay.in-progress"));

        assertThat(signed("checkout.session.async_payment_succeeded", stub.debitArrived(payment.providerReference()))
                .statusCode()).isEqualTo(200);
        assertThat(fixtures.reload(invoice).status()).isEqualTo(InvoicePaymentStatus.PAID);
    }

    @Test
    void aFailedSepaDebitLeavesTheInvoiceOpenWithAMessageInItsHistory() throws Exception {
        Invoice invoice = fixtures.posted(world.customer().companyId());
        Payment payment = start(invoice);
        stub.payByDebit(payment.providerReference());

        assertThat(signed("checkout.session.async_payment_failed", stub.session(payment.providerReference()).deepCopy())
                .statusCode()).isEqualTo(200);

        Payment failed = invoices.payment(payment.id()).orElseThrow();
        assertThat(failed.state()).isEqualTo(PaymentAttemptState.FAILED);
        assertThat(failed.failureReason()).contains("failed");
        assertThat(fixtures.reload(invoice).status()).isEqualTo(InvoicePaymentStatus.NOT_PAID);
        assertThat(history(invoice)).contains(HistoryEvent.PAYMENT_FAILED.name());
    }

    @Test
    void anExpiredCheckoutFailsTheAttemptAndTheNextPaymentOpensANewOne() throws Exception {
        Invoice invoice = fixtures.posted(world.customer().companyId());
        Payment payment = start(invoice);

        assertThat(signed("checkout.session.expired", stub.expire(payment.providerReference())).statusCode()).isEqualTo(200);

        assertThat(invoices.payment(payment.id()).orElseThrow().state()).isEqualTo(PaymentAttemptState.FAILED);
        Payment next = start(fixtures.reload(invoice));
        assertThat(next.id()).isNotEqualTo(payment.id());
    }

    @Test
    void aWebhookWithAWrongOrOldSignatureIsRefusedAndChangesNothing() throws Exception {
        Invoice invoice = fixtures.posted(world.customer().companyId());
        Payment payment = start(invoice);
        String payload = stub.event("checkout.session.completed", stub.pay(payment.providerReference()));

        HttpResponse<String> wrongSecret = webhook(payload, StripeStub.signature(payload, "whsec_other", Instant.now()));
        HttpResponse<String> old = webhook(payload, StripeStub.signature(payload, StripeStub.WEBHOOK_SECRET,
                Instant.now().minusSeconds(3600)));
        HttpResponse<String> unsigned = webhook(payload, null);
        HttpResponse<String> changed = webhook(payload.replace("\"paid\"", "\"unpaid\""), StripeStub.signature(payload));

        for (HttpResponse<String> response : List.of(wrongSecret, old, unsigned, changed)) {
            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(response.body()).doesNotContain("Exception").doesNotContain("at org.");
        }
        assertThat(invoices.payment(payment.id()).orElseThrow().state()).isEqualTo(PaymentAttemptState.PENDING);
        assertThat(fixtures.reload(invoice).status()).isEqualTo(InvoicePaymentStatus.NOT_PAID);
    }

    @Test
    void aWebhookForASessionThatIsNotOursIsAcknowledgedAndChangesNothing() throws Exception {
        ObjectNode foreign = stub.session(start(fixtures.posted(world.customer().companyId())).providerReference()).deepCopy()
                .put("id", "cs_test_of_another_shop").put("status", "complete").put("payment_status", "paid");

        assertThat(signed("checkout.session.completed", foreign).statusCode()).isEqualTo(200);
        assertThat(signed("customer.created", foreign.deepCopy().put("object", "customer").put("id", "cus_test_1"))
                .statusCode()).isEqualTo(200);
        assertThat(invoices.paymentByProviderReference(StripeProvider.CODE, "cs_test_of_another_shop")).isEmpty();
    }

    @Test
    void aRefundInStripeReducesThePaidAmountOnceAndShowsInTheHistory() throws Exception {
        Invoice invoice = fixtures.posted(world.customer().companyId());
        Payment payment = start(invoice);
        signed("checkout.session.completed", stub.pay(payment.providerReference()));

        ObjectNode partly = stub.chargeRefunded(payment.providerReference(), 1900);
        assertThat(signed("charge.refunded", partly).statusCode()).isEqualTo(200);
        assertThat(signed("charge.refunded", partly).statusCode()).isEqualTo(200);

        Invoice after = fixtures.reload(invoice);
        assertThat(after.paid()).isEqualByComparingTo("100.00");
        assertThat(after.status()).isEqualTo(InvoicePaymentStatus.PARTIALLY_PAID);
        assertThat(invoices.payment(payment.id()).orElseThrow().refunded()).isEqualByComparingTo("19.00");
        assertThat(history(invoice)).containsOnlyOnce(HistoryEvent.REFUNDED.name());

        signed("charge.refunded", stub.chargeRefunded(payment.providerReference(), 11900));
        assertThat(fixtures.reload(invoice).paid()).isEqualByComparingTo("0.00");
        assertThat(fixtures.reload(invoice).status()).isEqualTo(InvoicePaymentStatus.NOT_PAID);
    }

    @Test
    void aSecondTabContinuesTheOpenCheckoutInsteadOfOpeningAnother() {
        Invoice invoice = fixtures.posted(world.customer().companyId());
        Payment first = start(invoice);

        assertSecondTabContinues(stripe, invoice, stub.baseUrl() + "/c/pay/" + first.providerReference(),
                this::sessionsCreated);
    }

    @Test
    void moneyThatArrivesWhenNothingIsDueAnyMoreIsRefundedAtOnce() throws Exception {
        Invoice invoice = fixtures.posted(world.customer().companyId());
        Payment payment = start(invoice);
        payments.register(fixtures.reload(invoice), TOTAL, LocalDate.now(Formats.ZONE), "paid at the counter", clara);

        ObjectNode paid = stub.pay(payment.providerReference());
        assertThat(signed("checkout.session.completed", paid).statusCode()).isEqualTo(200);

        assertThat(fixtures.reload(invoice).paid()).isEqualByComparingTo(TOTAL);
        Payment refunded = invoices.payment(payment.id()).orElseThrow();
        assertThat(refunded.state()).isEqualTo(PaymentAttemptState.FAILED);
        assertThat(refunded.failureReason()).contains("refunded automatically");
        assertThat(stub.refundsOf(paid.path("payment_intent").asString())).singleElement()
                .satisfies(refund -> assertThat(refund.path("amount").asLong()).isEqualTo(11900));
        // Stripe then reports the refund: it concerns no money the invoice counted
        signed("charge.refunded", stub.chargeRefunded(payment.providerReference(), 11900));
        assertThat(fixtures.reload(invoice).paid()).isEqualByComparingTo(TOTAL);
    }

    @Test
    void anAmountAboveTheOpenAmountOrAPartNotAllowedIsRefusedBeforeThePayerIsSentAway() {
        Invoice invoice = fixtures.posted(world.customer().companyId());
        long before = sessionsCreated();

        assertThatThrownBy(() -> payments.startCheckout(stripe, invoice, new BigDecimal("119.01"), clara))
                .isInstanceOfSatisfying(RefusedException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("invoices.payment.exceeds-due"));
        assertThatThrownBy(() -> payments.startCheckout(stripe, invoice, new BigDecimal("50.00"), clara))
                .isInstanceOfSatisfying(RefusedException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("invoices.pay.partial-not-allowed"));
        assertThat(sessionsCreated()).isEqualTo(before);
        assertThat(invoices.payments(invoice.id())).isEmpty();
    }

    @Test
    void aPartWhereTheSettingsAllowItIsPaidAsAPart() throws Exception {
        Invoice invoice = fixtures.posted(world.customer().companyId());
        settings.put(SettingKey.PARTIAL_ONLINE_PAYMENT, "true", null);
        try {
            payments.startCheckout(stripe, invoice, new BigDecimal("50.00"), clara);
        } finally {
            settings.put(SettingKey.PARTIAL_ONLINE_PAYMENT, "false", null);
        }
        Payment payment = invoices.payments(invoice.id()).getFirst();
        assertThat(stub.session(payment.providerReference()).path("amount_total").asLong()).isEqualTo(5000);

        signed("checkout.session.completed", stub.pay(payment.providerReference()));
        assertThat(fixtures.reload(invoice).status()).isEqualTo(InvoicePaymentStatus.PARTIALLY_PAID);
        assertThat(fixtures.reload(invoice).amountDue()).isEqualByComparingTo("69.00");
    }

    @Test
    void aWrongKeyOrAnUnreachableStripeIsRecordedAsAFailureWithItsReason() {
        Invoice invoice = fixtures.posted(world.customer().companyId());
        StripeProvider wrongKey = new StripeProvider("sk_test_wrong", StripeStub.WEBHOOK_SECRET, stub.baseUrl());
        StripeProvider down = new StripeProvider(StripeStub.SECRET_KEY, StripeStub.WEBHOOK_SECRET, "http://127.0.0.1:9");

        assertStartFailsWithReasons(invoice, List.of(wrongKey, down), "HTTP 401", "not reachable");
    }

    @Test
    void withoutItsEnvironmentVariablesStripeCannotBeSwitchedOnAndSaysWhatIsMissing() {
        assertCannotBeSwitchedOnWithout(new StripeProvider("", " ", null), "STRIPE_SECRET_KEY", "STRIPE_WEBHOOK_SECRET");
        assertThat(stripe.configured()).isTrue();
        assertThat(providers.settings()).extracting(setting -> setting.provider().code())
                .containsExactly("BANK_TRANSFER", "PAYPAL", "STRIPE");
    }
}
