package org.kundenportal.invoices.domain;

/** A payment attempt starts PENDING and is completed exactly once: SUCCEEDED or FAILED (or CANCELLED with its invoice). */
public enum PaymentAttemptState {
    PENDING, SUCCEEDED, FAILED, CANCELLED
}
