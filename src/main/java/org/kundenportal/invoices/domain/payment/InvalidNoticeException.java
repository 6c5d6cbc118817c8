package org.kundenportal.invoices.domain.payment;

/** A webhook that is not what it claims: wrong or old signature, or no event of the provider. Nothing changes. */
public class InvalidNoticeException extends RuntimeException {

    public InvalidNoticeException(String message) {
        super(message);
    }
}
