package org.kundenportal.invoices.domain.payment;

import org.kundenportal.invoices.domain.payment.PaymentProvider.CheckoutStatus;

/**
 * What a provider's verified webhook says about one payment: the attempt's new status (found by the provider's
 * reference of the attempt), or how much of a payment the provider has refunded in all (found by its payment
 * reference), or nothing that concerns us. A STATUS notice without a status says "ask the provider", for events
 * (PayPal's approved order) whose outcome the provider decides only when one of our attempts asks it to.
 */
public record ProviderNotice(String eventId, Kind kind, String providerReference, CheckoutStatus status,
                             String providerPaymentReference, Long refundedCents, String ignoredType) {

    public enum Kind { STATUS, REFUNDED, IGNORED }

    public static ProviderNotice of(String eventId, String providerReference, CheckoutStatus status) {
        return new ProviderNotice(eventId, Kind.STATUS, providerReference, status, status.providerPaymentReference(),
                null, null);
    }

    public static ProviderNotice ask(String eventId, String providerReference) {
        return new ProviderNotice(eventId, Kind.STATUS, providerReference, null, null, null, null);
    }

    public static ProviderNotice refunded(String eventId, String providerPaymentReference, Long refundedCents) {
        return new ProviderNotice(eventId, Kind.REFUNDED, null, null, providerPaymentReference, refundedCents, null);
    }

    public static ProviderNotice ignored(String eventId, String type) {
        return new ProviderNotice(eventId, Kind.IGNORED, null, null, null, null, type);
    }
}
