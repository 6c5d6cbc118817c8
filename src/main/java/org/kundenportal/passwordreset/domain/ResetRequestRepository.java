package org.kundenportal.passwordreset.domain;

import static org.kundenportal.db.Tables.PASSWORD_RESET_REQUEST;

import java.time.Instant;
import java.util.Optional;
import org.jooq.DSLContext;
import org.kundenportal.base.db.RequestLog;
import org.springframework.stereotype.Repository;

/** Every "forgot password" request with its email and client address, kept for the rate limits. */
@Repository
class ResetRequestRepository {

    private static final RequestLog REQUESTS = new RequestLog(PASSWORD_RESET_REQUEST, PASSWORD_RESET_REQUEST.EMAIL,
            PASSWORD_RESET_REQUEST.CLIENT_ADDRESS, PASSWORD_RESET_REQUEST.REQUESTED_AT, PasswordResets.LIMIT_WINDOW);

    private final DSLContext db;

    ResetRequestRepository(DSLContext db) {
        this.db = db;
    }

    Optional<Instant> limitedUntil(String email, String clientAddress, Instant now) {
        return REQUESTS.limitedUntil(db, email, clientAddress, PasswordResets.REQUESTS_PER_EMAIL,
                PasswordResets.REQUESTS_PER_ADDRESS, now);
    }

    void record(String email, String clientAddress, Instant at) {
        REQUESTS.record(db, email, clientAddress, at);
    }
}
