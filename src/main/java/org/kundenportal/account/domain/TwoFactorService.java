package org.kundenportal.account.domain;

import static org.kundenportal.account.domain.AccountException.Reason;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import org.kundenportal.base.audit.AuditAction;
import org.kundenportal.base.audit.AuditLog;
import org.kundenportal.base.settings.Settings;
import org.kundenportal.users.domain.UserAccount;
import org.kundenportal.users.domain.UserRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Two-factor authentication with an authenticator app (TOTP) and one-time recovery codes: setting it up,
 * turning it off, and checking the code at login. Every code works once: a time step that was used is dead.
 */
@Service
public class TwoFactorService {

    /** Wrong codes in a row (over any number of login attempts) after which the code step closes for a while. */
    static final int LOCK_AFTER_WRONG_CODES = 10;
    static final Duration LOCK_DURATION = Duration.ofMinutes(15);

    /** A secret offered for setup, not stored until a code from the app confirms it. */
    public record Enrollment(String secret, String otpauthUri) {

        /** The secret in groups of four, easier to type than one long word. */
        public String groupedSecret() {
            return secret.replaceAll("(.{4})(?!$)", "$1 ");
        }
    }

    public record Status(boolean enabled, Instant enabledAt, int unusedRecoveryCodes) {
    }

    /** How a code typed at login went. */
    public enum CodeCheck {
        ACCEPTED, RECOVERY_CODE_ACCEPTED, WRONG, ALREADY_USED, RECOVERY_CODE_ALREADY_USED, LOCKED, NOT_ENABLED;

        public boolean accepted() {
            return this == ACCEPTED || this == RECOVERY_CODE_ACCEPTED;
        }
    }

    private final TwoFactorRepository twoFactor;
    private final UserRepository users;
    private final CurrentPassword currentPassword;
    private final Settings settings;
    private final AuditLog audit;

    public TwoFactorService(TwoFactorRepository twoFactor, UserRepository users, CurrentPassword currentPassword,
                            Settings settings, AuditLog audit) {
        this.twoFactor = twoFactor;
        this.users = users;
        this.currentPassword = currentPassword;
        this.settings = settings;
        this.audit = audit;
    }

    public Status status(long userId) {
        return twoFactor.state(userId)
                .filter(TwoFactorRepository.State::enabled)
                .map(state -> new Status(true, state.enabledAt(), twoFactor.unusedRecoveryCodes(userId)))
                .orElse(new Status(false, null, 0));
    }

    /** A new secret and the otpauth URI for the QR code, named after the selling company and the user's email. */
    public Enrollment enrollment(long userId) {
        UserAccount account = users.account(userId).orElseThrow(() -> new AccountException(Reason.ACCOUNT_GONE));
        String secret = Base32.encode(Totp.newSecret());
        String issuer = settings.companyProfile().name();
        String uri = "otpauth://totp/" + encode(issuer) + ":" + encode(account.email())
                + "?secret=" + secret + "&issuer=" + encode(issuer)
                + "&algorithm=SHA1&digits=" + Totp.DIGITS + "&period=" + Totp.STEP_SECONDS;
        return new Enrollment(secret, uri);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /**
     * Turns two-factor authentication on once a code from the app proves it was set up with this secret.
     * The confirming code counts as used.
     *
     * @return ten recovery codes, to be shown once: only their hashes are kept
     */
    @Transactional
    public List<String> enable(long userId, String secret, String code) {
        if (twoFactor.state(userId).map(TwoFactorRepository.State::enabled).orElse(false)) {
            throw new AccountException(Reason.TWO_FACTOR_ALREADY_ON);
        }
        OptionalLong step = Totp.matchingStep(Base32.decode(secret), code, Instant.now());
        if (step.isEmpty()) {
            throw new AccountException(Reason.WRONG_CODE);
        }
        if (!twoFactor.enable(userId, secret, step.getAsLong())) {
            throw new AccountException(Reason.TWO_FACTOR_ALREADY_ON);
        }
        List<String> codes = newRecoveryCodes(userId);
        audit.record(AuditAction.TWO_FACTOR_ENABLED, "user", userId, null);
        return codes;
    }

    /** Turns it off after the password and a current code (or an unused recovery code) confirm it. */
    @Transactional
    public void disable(long userId, String password, String code) {
        currentPassword.require(userId, password);
        requireCode(userId, code);
        twoFactor.disable(userId);
        audit.record(AuditAction.TWO_FACTOR_DISABLED, "user", userId, null);
    }

    /** Replaces all recovery codes (the old ones die), after the password confirms it. */
    @Transactional
    public List<String> renewRecoveryCodes(long userId, String password) {
        currentPassword.require(userId, password);
        if (!status(userId).enabled()) {
            throw new AccountException(Reason.TWO_FACTOR_OFF);
        }
        return newRecoveryCodes(userId);
    }

    /** Staff turn it off for a user who lost both the phone and the recovery codes. */
    @Transactional
    private List<String> newRecoveryCodes(long userId) {
        List<String> codes = RecoveryCodes.generate();
        twoFactor.replaceRecoveryCodes(userId, codes.stream().map(RecoveryCodes::hash).toList());
        return codes;
    }

    private void requireCode(long userId, String code) {
        switch (check(userId, code, Instant.now())) {
            case ACCEPTED, RECOVERY_CODE_ACCEPTED -> {
            }
            case ALREADY_USED -> throw new AccountException(Reason.CODE_ALREADY_USED);
            case RECOVERY_CODE_ALREADY_USED -> throw new AccountException(Reason.RECOVERY_CODE_ALREADY_USED);
            case NOT_ENABLED -> throw new AccountException(Reason.TWO_FACTOR_OFF);
            default -> throw new AccountException(Reason.WRONG_CODE);
        }
    }

    /**
     * Checks the code typed at login: six digits are a code from the app, anything else a recovery code.
     * Wrong and replayed codes count against the user; after {@value #LOCK_AFTER_WRONG_CODES} in a row the
     * check refuses every code for {@link #LOCK_DURATION} after the last wrong one, which keeps guessing
     * hopeless even for someone who knows the password.
     */
    @Transactional
    public CodeCheck checkLoginCode(long userId, String code, Instant now) {
        TwoFactorRepository.State state = twoFactor.state(userId).orElse(null);
        if (state == null || !state.enabled()) {
            return CodeCheck.NOT_ENABLED;
        }
        if (state.failedCodes() >= LOCK_AFTER_WRONG_CODES && state.failedAt() != null
                && now.isBefore(state.failedAt().plus(LOCK_DURATION))) {
            return CodeCheck.LOCKED;
        }
        CodeCheck result = check(userId, code, now);
        if (result.accepted()) {
            twoFactor.clearWrongCodes(userId);
            if (result == CodeCheck.RECOVERY_CODE_ACCEPTED) {
                audit.record(userId, users.account(userId).map(UserAccount::email).orElse(null),
                        AuditAction.RECOVERY_CODE_USED, "user", userId, twoFactor.unusedRecoveryCodes(userId) + " left");
            }
        } else {
            twoFactor.recordWrongCode(userId, now);
        }
        return result;
    }

    private CodeCheck check(long userId, String code, Instant now) {
        TwoFactorRepository.State state = twoFactor.state(userId).orElse(null);
        if (state == null || !state.enabled()) {
            return CodeCheck.NOT_ENABLED;
        }
        if (code == null || code.isBlank()) {
            return CodeCheck.WRONG;
        }
        if (Totp.looksLikeCode(code)) {
            OptionalLong step = Totp.matchingStep(Base32.decode(state.secret()), code, now);
            if (step.isEmpty()) {
                return CodeCheck.WRONG;
            }
            return twoFactor.useStep(userId, step.getAsLong()) ? CodeCheck.ACCEPTED : CodeCheck.ALREADY_USED;
        }
        String hash = RecoveryCodes.hash(code);
        if (twoFactor.useRecoveryCode(userId, hash)) {
            return CodeCheck.RECOVERY_CODE_ACCEPTED;
        }
        // a code from the printed list that was crossed off is a mistake to name, not a wrong guess to puzzle over
        return twoFactor.usedRecoveryCode(userId, hash) ? CodeCheck.RECOVERY_CODE_ALREADY_USED : CodeCheck.WRONG;
    }
}
