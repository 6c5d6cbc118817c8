package org.kundenportal.invoices.domain.payment;

/** A provider could not be reached, timed out or refused; the message is recorded as the failure reason. */
public class PaymentProviderException extends RuntimeException {

    public PaymentProviderException(String message) {
        super(message);
    }

    public PaymentProviderException(String message, Throwable cause) {
        super(message, cause);
    }
}
