package org.kundenportal.base.db;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;

/**
 * Requests of a public form (or failed logins) kept in a table with the sender's email, client address and time, for
 * sliding-window rate limits: once {@code limit} requests of one sender fall within the window, the sender waits
 * until the oldest of them leaves it.
 */
public final class RequestLog {

    private final Table<?> table;
    private final Field<String> email;
    private final Field<String> address;
    private final Field<Instant> at;
    private final Duration window;

    public RequestLog(Table<?> table, Field<String> email, Field<String> address, Field<Instant> at, Duration window) {
        this.table = table;
        this.email = email;
        this.address = address;
        this.at = at;
        this.window = window;
    }

    /** When the email or the address may send again; empty while both may (a null address is not limited). */
    public Optional<Instant> limitedUntil(DSLContext db, String sender, String clientAddress, int perEmail,
                                          int perAddress, Instant now) {
        return limitedUntil(db, email.eq(sender), perEmail, now)
                .or(() -> clientAddress == null ? Optional.empty()
                        : limitedUntil(db, address.eq(clientAddress), perAddress, now));
    }

    /** When the senders the condition picks may send again; empty while they may. */
    public Optional<Instant> limitedUntil(DSLContext db, Condition sender, int limit, Instant now) {
        List<Instant> recent = db.select(at).from(table)
                .where(sender.and(at.gt(now.minus(window))))
                .orderBy(at.desc())
                .limit(limit)
                .fetch(at);
        return recent.size() < limit ? Optional.empty() : Optional.of(recent.getLast().plus(window));
    }

    public void record(DSLContext db, String sender, String clientAddress, Instant time) {
        db.insertInto(table).set(email, sender).set(address, clientAddress).set(at, time).execute();
    }
}
