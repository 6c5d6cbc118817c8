package org.kundenportal.mandates.domain;

import java.time.LocalDate;

/** What staff enter to register a mandate: the signed request it comes from, its reference and the debtor's account. */
public record NewMandate(long signatureRequestId, String reference, String debtorName, String iban, String bic,
                         LocalDate signedOn) {
}
