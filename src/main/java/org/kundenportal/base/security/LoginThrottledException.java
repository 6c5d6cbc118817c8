package org.kundenportal.base.security;

import java.io.Serial;
import java.time.Instant;
import org.springframework.security.authentication.LockedException;

/**
 * A login attempt refused by {@link LoginThrottling} without checking the password: the account (or every
 * account, from that client address) is locked for a while.
 */
public class LoginThrottledException extends LockedException {

    @Serial
    private static final long serialVersionUID = 1L;

    /** The login page's query parameter that carries the minutes to wait. */
    public static final String LOGIN_PAGE_PARAMETER = "throttled";

    private final LoginThrottling.Refusal refusal;

    public LoginThrottledException(LoginThrottling.Refusal refusal) {
        super("Too many failed login attempts; refused until " + refusal.until());
        this.refusal = refusal;
    }

    public long minutesLeft() {
        return refusal.minutesLeft(Instant.now());
    }
}
