package org.kundenportal.account.domain;

import java.time.Instant;
import java.util.Optional;
import org.kundenportal.base.audit.AuditAction;
import org.kundenportal.base.audit.AuditLog;
import org.kundenportal.base.security.PendingLogin;
import org.kundenportal.base.security.PortalUser;
import org.kundenportal.users.domain.UserAccount;
import org.kundenportal.users.domain.UserRepository;
import org.springframework.stereotype.Service;

/**
 * The code step of a login: the user passed the password ({@link PendingLogin}) and now types the code from
 * the authenticator app or a recovery code. Decides what happens next; the caller keeps the pending state in
 * the session and logs the user in.
 */
@Service
public class SecondFactorLogin {

    public enum Result {
        /** Log {@link Outcome#user()} in. */
        LOGGED_IN,
        /** Try again; {@link Outcome#next()} counts the wrong code. */
        WRONG_CODE,
        /** The code was right but used before; counts like a wrong one. */
        CODE_ALREADY_USED,
        /**
         * A recovery code that was used before. Counts like a wrong one too: it cannot log anyone in, and not counting
         * it would let someone holding the password probe the code list without limit.
         */
        RECOVERY_CODE_ALREADY_USED,
        /** Too many wrong codes: the pending login is over, start with the password again. */
        TOO_MANY_WRONG_CODES,
        /** The password was given too long ago: start over. */
        EXPIRED,
        /** Too many wrong codes over several logins: the code step is closed for a while. */
        LOCKED,
        /** The account was disabled, locked or changed meanwhile: start over. */
        NOT_POSSIBLE
    }

    /**
     * @param next the pending login to keep in the session, or null when it is over
     * @param user whom to log in, for {@link Result#LOGGED_IN}
     */
    public record Outcome(Result result, PendingLogin next, PortalUser user) {
    }

    private final TwoFactorService twoFactor;
    private final UserRepository users;
    private final AuditLog audit;

    public SecondFactorLogin(TwoFactorService twoFactor, UserRepository users, AuditLog audit) {
        this.twoFactor = twoFactor;
        this.users = users;
        this.audit = audit;
    }

    public Outcome submit(PendingLogin pending, String code, Instant now) {
        if (pending.expired(now)) {
            return new Outcome(Result.EXPIRED, null, null);
        }
        Optional<UserAccount> account = users.account(pending.userId());
        TwoFactorService.CodeCheck check = twoFactor.checkLoginCode(pending.userId(), code, now);
        switch (check) {
            case ACCEPTED, RECOVERY_CODE_ACCEPTED -> {
                return account.flatMap(a -> users.findPrincipal(a.email()))
                        .filter(user -> user.isEnabled() && user.isAccountNonLocked())
                        .map(user -> new Outcome(Result.LOGGED_IN, null, user))
                        .orElse(new Outcome(Result.NOT_POSSIBLE, null, null));
            }
            case LOCKED -> {
                return new Outcome(Result.LOCKED, null, null);
            }
            case NOT_ENABLED -> {
                return new Outcome(Result.NOT_POSSIBLE, null, null);
            }
            default -> {
                audit.record(pending.userId(), account.map(UserAccount::email).orElse(null), AuditAction.LOGIN_FAILED,
                        "user", pending.userId(), "wrong second-factor code");
                PendingLogin next = pending.withWrongCode();
                if (next.exhausted()) {
                    return new Outcome(Result.TOO_MANY_WRONG_CODES, null, null);
                }
                Result result = switch (check) {
                    case ALREADY_USED -> Result.CODE_ALREADY_USED;
                    case RECOVERY_CODE_ALREADY_USED -> Result.RECOVERY_CODE_ALREADY_USED;
                    default -> Result.WRONG_CODE;
                };
                return new Outcome(result, next, null);
            }
        }
    }
}
