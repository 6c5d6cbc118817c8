package org.kundenportal.account.domain;

import static org.kundenportal.db.Tables.APP_USER;
import static org.kundenportal.db.Tables.RECOVERY_CODE;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** A user's TOTP secret, the last time step used, wrong codes, and the recovery codes. */
@Repository
public class TwoFactorRepository {

    /** The stored state; {@code secret} is null while two-factor authentication is off. */
    public record State(String secret, Instant enabledAt, Long lastStep, int failedCodes, Instant failedAt) {

        public boolean enabled() {
            return enabledAt != null && secret != null;
        }
    }

    private final DSLContext db;

    public TwoFactorRepository(DSLContext db) {
        this.db = db;
    }

    public Optional<State> state(long userId) {
        return db.select(APP_USER.TOTP_SECRET, APP_USER.TOTP_ENABLED_AT, APP_USER.TOTP_LAST_STEP,
                        APP_USER.TOTP_FAILED_CODES, APP_USER.TOTP_FAILED_AT)
                .from(APP_USER).where(APP_USER.ID.eq(userId))
                .fetchOptional(Records.mapping(State::new));
    }

    /** Turns it on with the confirmed secret; false when it was on already (another tab was quicker). */
    public boolean enable(long userId, String secret, long confirmedStep) {
        Instant now = Instant.now();
        return db.update(APP_USER)
                .set(APP_USER.TOTP_SECRET, secret)
                .set(APP_USER.TOTP_ENABLED_AT, now)
                .set(APP_USER.TOTP_LAST_STEP, confirmedStep)
                .set(APP_USER.TOTP_FAILED_CODES, 0)
                .setNull(APP_USER.TOTP_FAILED_AT)
                .set(APP_USER.UPDATED_AT, now)
                .where(APP_USER.ID.eq(userId).and(APP_USER.TOTP_ENABLED_AT.isNull()))
                .execute() == 1;
    }

    /** Turns it off and forgets the secret and the recovery codes; false when it was off. */
    public boolean disable(long userId) {
        db.deleteFrom(RECOVERY_CODE).where(RECOVERY_CODE.USER_ID.eq(userId)).execute();
        return db.update(APP_USER)
                .setNull(APP_USER.TOTP_SECRET)
                .setNull(APP_USER.TOTP_ENABLED_AT)
                .setNull(APP_USER.TOTP_LAST_STEP)
                .set(APP_USER.TOTP_FAILED_CODES, 0)
                .setNull(APP_USER.TOTP_FAILED_AT)
                .set(APP_USER.UPDATED_AT, Instant.now())
                .where(APP_USER.ID.eq(userId).and(APP_USER.TOTP_ENABLED_AT.isNotNull()))
                .execute() == 1;
    }

    /**
     * Uses up a time step: only a step later than the last used one passes, so a code works once even when
     * two requests race with it.
     */
    public boolean useStep(long userId, long step) {
        return db.update(APP_USER)
                .set(APP_USER.TOTP_LAST_STEP, step)
                .where(APP_USER.ID.eq(userId).and(APP_USER.TOTP_ENABLED_AT.isNotNull())
                        .and(APP_USER.TOTP_LAST_STEP.isNull().or(APP_USER.TOTP_LAST_STEP.lt(step))))
                .execute() == 1;
    }

    public void replaceRecoveryCodes(long userId, List<String> codeHashes) {
        db.deleteFrom(RECOVERY_CODE).where(RECOVERY_CODE.USER_ID.eq(userId)).execute();
        var insert = db.insertInto(RECOVERY_CODE, RECOVERY_CODE.USER_ID, RECOVERY_CODE.CODE_HASH);
        for (String hash : codeHashes) {
            insert = insert.values(userId, hash);
        }
        insert.execute();
    }

    /** Uses up a recovery code, exactly once. */
    public boolean useRecoveryCode(long userId, String codeHash) {
        return db.update(RECOVERY_CODE)
                .set(RECOVERY_CODE.USED_AT, Instant.now())
                .where(RECOVERY_CODE.USER_ID.eq(userId).and(RECOVERY_CODE.CODE_HASH.eq(codeHash))
                        .and(RECOVERY_CODE.USED_AT.isNull()))
                .limit(1)
                .execute() == 1;
    }

    /** Whether the code is one of the user's current recovery codes that was used already. */
    public boolean usedRecoveryCode(long userId, String codeHash) {
        return db.fetchExists(RECOVERY_CODE, RECOVERY_CODE.USER_ID.eq(userId).and(RECOVERY_CODE.CODE_HASH.eq(codeHash))
                .and(RECOVERY_CODE.USED_AT.isNotNull()));
    }

    public int unusedRecoveryCodes(long userId) {
        return db.fetchCount(RECOVERY_CODE, RECOVERY_CODE.USER_ID.eq(userId).and(RECOVERY_CODE.USED_AT.isNull()));
    }

    public void recordWrongCode(long userId, Instant at) {
        db.update(APP_USER)
                .set(APP_USER.TOTP_FAILED_CODES, APP_USER.TOTP_FAILED_CODES.plus(1))
                .set(APP_USER.TOTP_FAILED_AT, at)
                .where(APP_USER.ID.eq(userId))
                .execute();
    }

    public void clearWrongCodes(long userId) {
        db.update(APP_USER)
                .set(APP_USER.TOTP_FAILED_CODES, 0)
                .setNull(APP_USER.TOTP_FAILED_AT)
                .where(APP_USER.ID.eq(userId).and(APP_USER.TOTP_FAILED_CODES.gt(DSL.inline(0))))
                .execute();
    }
}
