package org.kundenportal.base.security;

import static org.kundenportal.db.Tables.AUTH_TOKEN;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * One-time links (invitation, password reset, email change). The raw token only ever travels in the mail;
 * the database keeps its SHA-256. A new link of a purpose kills the user's earlier open ones, a used link
 * is dead, and so is every link of a revoked user.
 */
@Repository
public class AuthTokens {

    /** A valid link: whose it is and, for an email change, the address to confirm. */
    public record TokenUse(long userId, String newEmail, Instant expiresAt) {
    }

    private final DSLContext db;

    public AuthTokens(DSLContext db) {
        this.db = db;
    }

    /** Issues a new link and kills the user's earlier open links of the same purpose; returns the raw token. */
    @Transactional
    public String issue(long userId, TokenPurpose purpose, Duration lifetime, String newEmail) {
        Instant now = Instant.now();
        db.update(AUTH_TOKEN).set(AUTH_TOKEN.REVOKED_AT, now)
                .where(AUTH_TOKEN.USER_ID.eq(userId).and(AUTH_TOKEN.PURPOSE.eq(purpose.name())).and(open(now)))
                .execute();
        String token = Hashes.randomToken();
        db.insertInto(AUTH_TOKEN)
                .set(AUTH_TOKEN.USER_ID, userId)
                .set(AUTH_TOKEN.PURPOSE, purpose.name())
                .set(AUTH_TOKEN.TOKEN_HASH, Hashes.sha256Hex(token))
                .set(AUTH_TOKEN.NEW_EMAIL, newEmail)
                .set(AUTH_TOKEN.CREATED_AT, now)
                .set(AUTH_TOKEN.EXPIRES_AT, now.plus(lifetime))
                .execute();
        return token;
    }

    /** The link's user if it is still valid, without using it up (to show the page behind the link). */
    public Optional<TokenUse> peek(String token, TokenPurpose purpose) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return db.select(AUTH_TOKEN.USER_ID, AUTH_TOKEN.NEW_EMAIL, AUTH_TOKEN.EXPIRES_AT).from(AUTH_TOKEN)
                .where(AUTH_TOKEN.TOKEN_HASH.eq(Hashes.sha256Hex(token)).and(AUTH_TOKEN.PURPOSE.eq(purpose.name()))
                        .and(open(Instant.now())))
                .fetchOptional(Records.mapping(TokenUse::new));
    }

    /**
     * Uses the link up, exactly once even when two requests race: only the request whose update marks it
     * used gets the user back.
     */
    @Transactional
    public Optional<TokenUse> consume(String token, TokenPurpose purpose) {
        Optional<TokenUse> use = peek(token, purpose);
        if (use.isEmpty()) {
            return Optional.empty();
        }
        Instant now = Instant.now();
        int marked = db.update(AUTH_TOKEN).set(AUTH_TOKEN.USED_AT, now)
                .where(AUTH_TOKEN.TOKEN_HASH.eq(Hashes.sha256Hex(token)).and(open(now)))
                .execute();
        return marked == 1 ? use : Optional.empty();
    }

    /** Kills every open link of the user (revoked access, deleted account). */
    public void revokeAll(long userId) {
        Instant now = Instant.now();
        db.update(AUTH_TOKEN).set(AUTH_TOKEN.REVOKED_AT, now).where(AUTH_TOKEN.USER_ID.eq(userId).and(open(now))).execute();
    }

    private static Condition open(Instant now) {
        return AUTH_TOKEN.USED_AT.isNull().and(AUTH_TOKEN.REVOKED_AT.isNull()).and(AUTH_TOKEN.EXPIRES_AT.gt(now));
    }
}
