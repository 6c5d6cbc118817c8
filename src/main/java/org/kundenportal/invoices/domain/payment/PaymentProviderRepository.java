package org.kundenportal.invoices.domain.payment;

import static org.kundenportal.db.Tables.PAYMENT_PROVIDER;

import java.time.Instant;
import java.util.Map;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** What admins chose per payment provider (enabled, display name), by the provider's code. */
@Repository
public class PaymentProviderRepository {

    private final DSLContext db;

    PaymentProviderRepository(DSLContext db) {
        this.db = db;
    }

    /** Stored choices by provider code; a provider nobody has saved yet is missing. */
    Map<String, StoredChoice> choices() {
        return db.selectFrom(PAYMENT_PROVIDER).fetchMap(PAYMENT_PROVIDER.CODE,
                row -> new StoredChoice(row.getEnabled(), row.getDisplayName()));
    }

    void save(String code, boolean enabled, String displayName, Long userId, Instant at) {
        db.insertInto(PAYMENT_PROVIDER)
                .set(PAYMENT_PROVIDER.CODE, code)
                .set(PAYMENT_PROVIDER.ENABLED, enabled)
                .set(PAYMENT_PROVIDER.DISPLAY_NAME, displayName)
                .set(PAYMENT_PROVIDER.UPDATED_AT, at)
                .set(PAYMENT_PROVIDER.UPDATED_BY, userId)
                .onDuplicateKeyUpdate()
                .set(PAYMENT_PROVIDER.ENABLED, enabled)
                .set(PAYMENT_PROVIDER.DISPLAY_NAME, displayName)
                .set(PAYMENT_PROVIDER.UPDATED_AT, at)
                .set(PAYMENT_PROVIDER.UPDATED_BY, userId)
                .execute();
    }

    record StoredChoice(boolean enabled, String displayName) {
    }
}
