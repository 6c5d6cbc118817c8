package org.kundenportal.invoices.domain.payment;

import java.math.BigDecimal;
import org.kundenportal.invoices.domain.Invoice;
import org.kundenportal.invoices.domain.PaymentMethod;

/**
 * A way for customers to pay an invoice online. Admins enable providers at {@code /staff/settings/payments};
 * a provider that lacks its configuration cannot be enabled.
 */
public interface PaymentProvider {

    /** The key of its {@code payment_provider} row: BANK_TRANSFER, CARD. */
    String code();

    PaymentMethod method();

    /** Whether it has everything it needs (bank account, API address and key) to take payments. */
    boolean configured();

    /** Translation key saying what is missing while it is not configured. */
    String notConfiguredKey();

    /**
     * Opens a payment attempt with the provider. The idempotency key is unique per attempt, so a retried call
     * finds the provider's first session instead of charging twice.
     *
     * @param returnUrl where the provider sends the payer back
     * @return the provider's reference and, for a hosted checkout, where to send the browser (else null)
     * @throws PaymentProviderException when the provider cannot be reached or refuses
     */
    Checkout start(Invoice invoice, BigDecimal amount, String idempotencyKey, String returnUrl);

    /**
     * What the provider itself says about an attempt now. Only this answer counts, never what the browser
     * brings back.
     *
     * @throws PaymentProviderException when the provider cannot be reached or answers nonsense
     */
    CheckoutStatus status(String providerReference);

    /** A started attempt. */
    record Checkout(String providerReference, String redirectUrl) {
    }

    /** The provider's view of an attempt. */
    record CheckoutStatus(Outcome outcome, Long amountCents, String reason) {
    }

    enum Outcome { PAID, FAILED, OPEN }
}
