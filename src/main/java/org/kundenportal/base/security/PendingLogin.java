package org.kundenportal.base.security;

import java.io.Serial;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/**
 * A user who passed the password but still owes the second factor. Kept in the HTTP session instead of an
 * authenticated security context, so nothing in the app is open to them until the code step logs them in.
 *
 * @param target where the user wanted to go before the login (path and query), or the home page
 */
public record PendingLogin(long userId, Instant passwordAt, int wrongCodes, String target) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public static final String SESSION_ATTRIBUTE = PendingLogin.class.getName();
    /** The path of the code step. */
    public static final String CODE_STEP = "login/code";
    public static final Duration LIFETIME = Duration.ofMinutes(5);
    public static final int MAX_WRONG_CODES = 5;

    public static PendingLogin start(long userId, Instant passwordAt, String target) {
        return new PendingLogin(userId, passwordAt, 0, target);
    }

    public boolean expired(Instant now) {
        return !now.isBefore(passwordAt.plus(LIFETIME));
    }

    public PendingLogin withWrongCode() {
        return new PendingLogin(userId, passwordAt, wrongCodes + 1, target);
    }

    /** After this many wrong codes the pending login is dropped and the user starts over. */
    public boolean exhausted() {
        return wrongCodes >= MAX_WRONG_CODES;
    }

    public int codesLeft() {
        return Math.max(0, MAX_WRONG_CODES - wrongCodes);
    }
}
