package org.kundenportal.invoices.domain.payment;

import com.stripe.StripeClient;
import com.stripe.exception.ApiConnectionException;
import com.stripe.exception.SignatureVerificationException;
import com.stripe.exception.StripeException;
import com.stripe.model.Event;
import com.stripe.model.checkout.Session;
import com.stripe.net.RequestOptions;
import com.stripe.net.Webhook;
import com.stripe.param.RefundCreateParams;
import com.stripe.param.checkout.SessionCreateParams;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.kundenportal.invoices.domain.Invoice;
import org.kundenportal.invoices.domain.PaymentMethod;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stripe Checkout through Stripe's own Java library: one Checkout Session per attempt, the payment methods the
 * company switched on in its Stripe account (cards, SEPA Direct Debit, Klarna ...), and signed webhooks that
 * say when the money is there. Keys come from the environment only ({@code STRIPE_SECRET_KEY},
 * {@code STRIPE_WEBHOOK_SECRET}); {@code STRIPE_API_BASE} is for tests.
 */
@Component
public class StripeProvider implements PaymentProvider {

    public static final String CODE = "STRIPE";
    private static final int CONNECT_TIMEOUT_MS = 5_000;
    private static final int READ_TIMEOUT_MS = 20_000;

    private final String secretKey;
    private final String webhookSecret;
    private final StripeClient client;
    private final JsonMapper json = JsonMapper.builder().build();

    public StripeProvider(@Value("${STRIPE_SECRET_KEY:}") String secretKey,
                          @Value("${STRIPE_WEBHOOK_SECRET:}") String webhookSecret,
                          @Value("${STRIPE_API_BASE:}") String apiBase) {
        this.secretKey = secretKey == null ? "" : secretKey.strip();
        this.webhookSecret = webhookSecret == null ? "" : webhookSecret.strip();
        StripeClient.StripeClientBuilder builder = StripeClient.builder()
                .setApiKey(this.secretKey.isEmpty() ? "unset" : this.secretKey)
                .setConnectTimeout(CONNECT_TIMEOUT_MS)
                .setReadTimeout(READ_TIMEOUT_MS)
                // the library retries network errors with the same idempotency key, so a retry never charges twice
                .setMaxNetworkRetries(2);
        if (apiBase != null && !apiBase.isBlank()) {
            builder.setApiBase(apiBase.strip().replaceAll("/+$", ""));
        }
        this.client = builder.build();
    }

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public PaymentMethod method() {
        return PaymentMethod.STRIPE;
    }

    @Override
    public List<String> missingSettings() {
        return PaymentProvider.unsetVariables("STRIPE_SECRET_KEY", secretKey, "STRIPE_WEBHOOK_SECRET", webhookSecret);
    }

    @Override
    public String notConfiguredKey() {
        return "invoices.providers.environment-missing";
    }

    @Override
    public Checkout start(CheckoutRequest request) {
        requireConfigured();
        Invoice invoice = request.invoice();
        String name = (request.locale().getLanguage().equals("de") ? "Rechnung " : "Invoice ") + invoice.number();
        SessionCreateParams params = SessionCreateParams.builder()
                .setMode(SessionCreateParams.Mode.PAYMENT)
                .addLineItem(SessionCreateParams.LineItem.builder()
                        .setQuantity(1L)
                        .setPriceData(SessionCreateParams.LineItem.PriceData.builder()
                                .setCurrency(invoice.currency().getCurrencyCode().toLowerCase(Locale.ROOT))
                                .setUnitAmount(Cents.of(request.amount()))
                                .setProductData(SessionCreateParams.LineItem.PriceData.ProductData.builder()
                                        .setName(name).build())
                                .build())
                        .build())
                .setClientReferenceId(invoice.number())
                .putMetadata("invoice_number", invoice.number())
                .setPaymentIntentData(SessionCreateParams.PaymentIntentData.builder()
                        .setDescription(name)
                        .putMetadata("invoice_number", invoice.number())
                        .build())
                .setCustomerEmail(request.payerEmail())
                .setLocale(request.locale().getLanguage().equals("de") ? SessionCreateParams.Locale.DE
                        : SessionCreateParams.Locale.EN)
                .setSuccessUrl(request.returnUrl())
                .setCancelUrl(request.cancelUrl())
                .build();
        try {
            Session session = client.v1().checkout().sessions().create(params,
                    RequestOptions.builder().setIdempotencyKey(request.idempotencyKey()).build());
            if (session.getId() == null || session.getUrl() == null || !session.getUrl().startsWith("http")) {
                throw new PaymentProviderException("Stripe answered without session id or checkout URL");
            }
            return new Checkout(session.getId(), session.getUrl());
        } catch (StripeException e) {
            throw failure("create a Checkout Session", e);
        }
    }

    @Override
    public Optional<String> resume(String providerReference) {
        Session session = retrieve(providerReference);
        return "open".equals(session.getStatus()) && session.getUrl() != null ? Optional.of(session.getUrl())
                : Optional.empty();
    }

    @Override
    public CheckoutStatus status(String providerReference) {
        Session session = retrieve(providerReference);
        return statusOf(session.getStatus(), session.getPaymentStatus(), session.getAmountTotal(),
                session.getPaymentIntent());
    }

    @Override
    public void refund(String providerPaymentReference, long amountCents, String currency, String idempotencyKey) {
        requireConfigured();
        try {
            client.v1().refunds().create(RefundCreateParams.builder()
                            .setPaymentIntent(providerPaymentReference)
                            .setAmount(amountCents)
                            .setReason(RefundCreateParams.Reason.DUPLICATE)
                            .build(),
                    RequestOptions.builder().setIdempotencyKey(idempotencyKey).build());
        } catch (StripeException e) {
            throw failure("refund " + providerPaymentReference, e);
        }
    }

    @Override
    public Optional<String> dashboardUrl(String providerReference, String providerPaymentReference) {
        if (providerPaymentReference == null) {
            return Optional.empty();
        }
        String mode = secretKey.startsWith("sk_test_") || secretKey.startsWith("rk_test_") ? "test/" : "";
        return Optional.of("https://dashboard.stripe.com/" + mode + "payments/" + providerPaymentReference);
    }

    /**
     * Checks a webhook's {@code Stripe-Signature} with the endpoint secret and says what it means for a payment.
     * The data object is read as JSON rather than through the library's model, so that an endpoint on another
     * API version than the library's still works.
     *
     * @throws InvalidNoticeException when the signature is wrong or too old, or the body is no Stripe event
     */
    @Override
    public ProviderNotice notice(String payload, UnaryOperator<String> header) {
        String signatureHeader = header.apply("Stripe-Signature");
        if (webhookSecret.isEmpty()) {
            throw new InvalidNoticeException("STRIPE_WEBHOOK_SECRET is not set");
        }
        Event event;
        try {
            event = Webhook.constructEvent(payload, signatureHeader == null ? "" : signatureHeader, webhookSecret);
        } catch (SignatureVerificationException e) {
            throw new InvalidNoticeException("Stripe signature not valid: " + e.getMessage());
        } catch (RuntimeException e) {
            throw new InvalidNoticeException("Not a Stripe event");
        }
        JsonNode object;
        try {
            object = json.readTree(event.getDataObjectDeserializer().getRawJson());
        } catch (JacksonException | IllegalArgumentException | NullPointerException e) {
            throw new InvalidNoticeException("Stripe event without a readable data object");
        }
        String type = event.getType() == null ? "" : event.getType();
        return switch (type) {
            case "checkout.session.completed", "checkout.session.async_payment_succeeded" ->
                    ProviderNotice.of(event.getId(), text(object, "id"), statusOf(text(object, "status"),
                            text(object, "payment_status"), number(object, "amount_total"), text(object, "payment_intent")));
            case "checkout.session.async_payment_failed" -> ProviderNotice.of(event.getId(), text(object, "id"),
                    new CheckoutStatus(Outcome.FAILED, number(object, "amount_total"), text(object, "payment_intent"),
                            "Stripe: the payment failed (e.g. SEPA direct debit returned)"));
            case "checkout.session.expired" -> ProviderNotice.of(event.getId(), text(object, "id"),
                    CheckoutStatus.failed("Stripe: the checkout expired without payment"));
            case "charge.refunded" -> ProviderNotice.refunded(event.getId(), text(object, "payment_intent"),
                    number(object, "amount_refunded"));
            default -> ProviderNotice.ignored(event.getId(), type);
        };
    }

    private static CheckoutStatus statusOf(String status, String paymentStatus, Long amountCents, String paymentIntent) {
        return switch (status == null ? "" : status) {
            // "complete" but "unpaid" is a SEPA debit on its way: the async events settle it
            case "complete" -> "paid".equals(paymentStatus) || "no_payment_required".equals(paymentStatus)
                    ? new CheckoutStatus(Outcome.PAID, amountCents, paymentIntent, null)
                    : new CheckoutStatus(Outcome.OPEN, amountCents, paymentIntent, null);
            case "expired" -> CheckoutStatus.failed("Stripe: the checkout expired without payment");
            case "open" -> CheckoutStatus.open();
            default -> throw new PaymentProviderException("Stripe sent an unknown session status");
        };
    }

    private Session retrieve(String sessionId) {
        requireConfigured();
        try {
            return client.v1().checkout().sessions().retrieve(sessionId);
        } catch (StripeException e) {
            throw failure("read Checkout Session " + sessionId, e);
        }
    }

    private static PaymentProviderException failure(String what, StripeException e) {
        String cause = e instanceof ApiConnectionException ? "not reachable"
                : "HTTP " + e.getStatusCode() + (e.getCode() == null ? "" : " " + e.getCode());
        return new PaymentProviderException("Stripe could not " + what + ": " + cause, e);
    }

    private static String text(JsonNode object, String field) {
        JsonNode value = object.path(field);
        // expanded objects carry their id inside
        return value.isObject() ? value.path("id").asString(null) : value.asString(null);
    }

    private static Long number(JsonNode object, String field) {
        JsonNode value = object.path(field);
        return value.canConvertToLong() ? value.asLong() : null;
    }

    private void requireConfigured() {
        if (!configured()) {
            throw new PaymentProviderException("Stripe is not configured: " + String.join(", ", missingSettings()));
        }
    }
}
