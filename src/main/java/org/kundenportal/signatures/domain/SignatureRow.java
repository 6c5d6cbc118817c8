package org.kundenportal.signatures.domain;

import java.time.Instant;

/** A signature request as the lists show it. */
public record SignatureRow(long id, String number, String title, long companyId, String companyName,
                           String signerName, SignatureState state, Instant createdAt, Instant sentAt,
                           Instant signedAt) {
}
