package org.kundenportal.tickets.domain;

import java.time.Instant;

/** A request from the public form as its confirmation link finds it. */
record PublicRequestToConfirm(long id, String number, String subject, String description, String requesterEmail,
                              Instant createdAt, Instant confirmedAt) {
}
