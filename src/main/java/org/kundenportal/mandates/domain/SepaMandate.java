package org.kundenportal.mandates.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A customer company's SEPA direct debit mandate, registered by staff from the signature request the customer
 * signed. While it is not revoked, the company's invoices are collected by direct debit.
 *
 * @param iban     compact (upper case, no spaces)
 * @param bic      null when the mandate names none
 * @param signedOn the date of signature the mandate carries
 */
public record SepaMandate(long id, long companyId, String reference, String debtorName, String iban, String bic,
                          LocalDate signedOn, long signatureRequestId, String signatureRequestNumber,
                          Instant createdAt, Instant revokedAt) {

    public boolean active() {
        return revokedAt == null;
    }
}
