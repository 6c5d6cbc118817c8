package org.kundenportal.base.security;

import static org.kundenportal.db.Tables.APP_USER;
import static org.kundenportal.db.Tables.LOGIN_ATTEMPT;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Records;
import org.jooq.impl.DSL;
import org.kundenportal.base.db.RequestLog;
import org.springframework.stereotype.Repository;

/** The login attempts and the accounts' failure counts and locks that {@link LoginThrottling} decides on. */
@Repository
class LoginAttemptRepository {

    private static final RequestLog ATTEMPTS = new RequestLog(LOGIN_ATTEMPT, LOGIN_ATTEMPT.EMAIL,
            LOGIN_ATTEMPT.CLIENT_ADDRESS, LOGIN_ATTEMPT.ATTEMPTED_AT, LoginThrottling.ADDRESS_WINDOW);

    private final DSLContext db;

    LoginAttemptRepository(DSLContext db) {
        this.db = db;
    }

    /** The account of the email, if there is one, with its lock. */
    Optional<Account> account(String email) {
        return email == null ? Optional.empty()
                : db.select(APP_USER.ID, APP_USER.LOCKED_UNTIL).from(APP_USER).where(APP_USER.EMAIL.eq(email))
                        .fetchOptional(Records.mapping(Account::new));
    }

    record Account(long id, Instant lockedUntil) {
    }

    void insert(String email, String address, boolean succeeded, boolean throttled, Instant at) {
        db.insertInto(LOGIN_ATTEMPT)
                .set(LOGIN_ATTEMPT.EMAIL, email)
                .set(LOGIN_ATTEMPT.CLIENT_ADDRESS, address)
                .set(LOGIN_ATTEMPT.SUCCEEDED, succeeded)
                .set(LOGIN_ATTEMPT.THROTTLED, throttled)
                .set(LOGIN_ATTEMPT.ATTEMPTED_AT, at)
                .execute();
    }

    /** Failed attempts on the email since then, newest first. */
    List<Instant> failuresOf(String email, Instant since) {
        return db.select(LOGIN_ATTEMPT.ATTEMPTED_AT).from(LOGIN_ATTEMPT)
                .where(LOGIN_ATTEMPT.EMAIL.eq(email).and(countedFailure()).and(LOGIN_ATTEMPT.ATTEMPTED_AT.gt(since)))
                .orderBy(LOGIN_ATTEMPT.ATTEMPTED_AT.desc())
                .fetch(LOGIN_ATTEMPT.ATTEMPTED_AT);
    }

    /** Until the oldest of the address's last {@code limit} failures in the window leaves it. */
    Optional<Instant> addressBlockedUntil(String address, int limit, Instant now) {
        return ATTEMPTS.limitedUntil(db, LOGIN_ATTEMPT.CLIENT_ADDRESS.eq(address).and(countedFailure()), limit, now);
    }

    private static Condition countedFailure() {
        return LOGIN_ATTEMPT.SUCCEEDED.isFalse().and(LOGIN_ATTEMPT.THROTTLED.isFalse());
    }

    void resetFailures(String email) {
        db.update(APP_USER).set(APP_USER.FAILED_LOGINS, 0).where(APP_USER.EMAIL.eq(email)).execute();
    }

    /** One more failure in a row; returns how many there are now. */
    int addFailure(long userId) {
        db.update(APP_USER).set(APP_USER.FAILED_LOGINS, APP_USER.FAILED_LOGINS.plus(1)).where(APP_USER.ID.eq(userId)).execute();
        return db.select(APP_USER.FAILED_LOGINS).from(APP_USER).where(APP_USER.ID.eq(userId)).fetchSingle(APP_USER.FAILED_LOGINS);
    }

    /** Locks until then at least: GREATEST never shortens a longer lock staff have set. */
    void lockUntilAtLeast(long userId, Instant until) {
        Field<Instant> value = DSL.val(until, APP_USER.LOCKED_UNTIL);
        db.update(APP_USER)
                .set(APP_USER.LOCKED_UNTIL, DSL.greatest(DSL.coalesce(APP_USER.LOCKED_UNTIL, value), value))
                .where(APP_USER.ID.eq(userId))
                .execute();
    }

    /** Ends the count of failures and a lock that ends by then (a longer one is staff's and stays). */
    void clearLock(long userId, Instant temporaryLocksEndBy) {
        db.update(APP_USER)
                .set(APP_USER.FAILED_LOGINS, 0)
                .set(APP_USER.LOCKED_UNTIL, DSL.when(APP_USER.LOCKED_UNTIL.le(temporaryLocksEndBy),
                        DSL.val((Instant) null, APP_USER.LOCKED_UNTIL)).otherwise(APP_USER.LOCKED_UNTIL))
                .where(APP_USER.ID.eq(userId))
                .execute();
    }
}
