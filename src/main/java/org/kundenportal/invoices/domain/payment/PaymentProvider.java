package org.kundenportal.invoices.domain.payment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.kundenportal.invoices.domain.Invoice;
import org.kundenportal.invoices.domain.PaymentMethod;

/**
 * A way for customers to pay an invoice online. Admins enable providers at {@code /staff/settings/payments};
 * a provider that lacks its configuration cannot be enabled.
 */
public interface PaymentProvider {

    /** The key of its {@code payment_provider} row: BANK_TRANSFER, STRIPE, PAYPAL. */
    String code();

    PaymentMethod method();

    /** Whether it has everything it needs (bank account, API keys) to take payments. */
    default boolean configured() {
        return missingSettings().isEmpty();
    }

    /** What is missing before it can take payments (environment variables, or a setting's name); empty when none. */
    List<String> missingSettings();

    /** The names of the environment variables among {@code name, value, name, value ...} whose value is empty. */
    static List<String> unsetVariables(String... namesAndValues) {
        List<String> unset = new ArrayList<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] == null || namesAndValues[i + 1].isBlank()) {
                unset.add(namesAndValues[i]);
            }
        }
        return unset;
    }

    /** Translation key saying what is missing while it is not configured; its {0} lists {@link #missingSettings()}. */
    String notConfiguredKey();

    /**
     * Opens a payment attempt with the provider. The idempotency key is unique per attempt, so a retried call
     * finds the provider's first session instead of charging twice.
     *
     * @return the provider's reference and, for a hosted checkout, where to send the browser (else null)
     * @throws PaymentProviderException when the provider cannot be reached or refuses
     */
    Checkout start(CheckoutRequest request);

    /**
     * Where to send a payer back to an attempt that is still open at the provider, so that a second tab or a second
     * click pays through the same checkout instead of opening another one; empty when it can no longer be paid.
     */
    default Optional<String> resume(String providerReference) {
        return Optional.empty();
    }

    /**
     * What the provider itself says about an attempt now. Only this answer counts, never what the browser
     * brings back. A provider whose payer approves first and is charged afterwards (PayPal) charges here.
     *
     * @throws PaymentProviderException when the provider cannot be reached or answers nonsense
     */
    CheckoutStatus status(String providerReference);

    /**
     * Gives back money that arrived when nothing was due any more (a second tab paid the same invoice).
     *
     * @throws PaymentProviderException when the provider cannot be reached or refuses
     */
    default void refund(String providerPaymentReference, long amountCents, String currency, String idempotencyKey) {
        throw new PaymentProviderException(code() + " cannot refund");
    }

    /**
     * Checks a webhook the provider sent (its signature, by the request's headers) and says what it means for a
     * payment.
     *
     * @throws InvalidNoticeException when it cannot be verified; nothing may change then
     */
    default ProviderNotice notice(String payload, UnaryOperator<String> header) {
        throw new InvalidNoticeException(code() + " sends no webhooks");
    }

    /** The provider's page of a payment for staff, or empty when it has none. */
    default Optional<String> dashboardUrl(String providerReference, String providerPaymentReference) {
        return Optional.empty();
    }

    /**
     * One attempt to open: the amount the payer chose (at most what is due), where the provider sends the payer
     * after paying ({@code returnUrl}) or giving up ({@code cancelUrl}), and whom it is from.
     */
    record CheckoutRequest(Invoice invoice, BigDecimal amount, String idempotencyKey, String returnUrl,
                           String cancelUrl, String payerEmail, Locale locale) {
    }

    /** A started attempt. */
    record Checkout(String providerReference, String redirectUrl) {
    }

    /**
     * The provider's view of an attempt: its outcome, the amount it took in cents, and the provider's reference of
     * the money itself (Stripe's PaymentIntent, PayPal's capture), which refunds name.
     */
    record CheckoutStatus(Outcome outcome, Long amountCents, String providerPaymentReference, String reason) {

        public static CheckoutStatus open() {
            return new CheckoutStatus(Outcome.OPEN, null, null, null);
        }

        public static CheckoutStatus failed(String reason) {
            return new CheckoutStatus(Outcome.FAILED, null, null, reason);
        }
    }

    enum Outcome { PAID, FAILED, OPEN }
}
