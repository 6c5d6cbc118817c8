package org.kundenportal.invoices.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;

/**
 * One payment attempt of an invoice. The provider names the attempt ({@code providerReference}: Stripe's Checkout
 * Session, PayPal's order) and the money it took ({@code providerPaymentReference}: Stripe's PaymentIntent, PayPal's
 * capture); {@code refunded} is what the provider has given back of it.
 */
public record Payment(long id, long invoiceId, PaymentMethod method, String providerCode, PaymentAttemptState state,
                      BigDecimal amount, BigDecimal refunded, Currency currency, String providerReference,
                      String providerPaymentReference, String failureReason, LocalDate paymentDate, Instant createdAt,
                      Long createdBy) {
}
