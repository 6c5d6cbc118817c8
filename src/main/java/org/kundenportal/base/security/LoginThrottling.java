package org.kundenportal.base.security;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.kundenportal.base.audit.AuditAction;
import org.kundenportal.base.audit.AuditLog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Brute-force protection of the login; every attempt is recorded in {@code login_attempt}.
 * <ul>
 * <li>Per account: every {@value #FAILURES_PER_LOCK}th failed attempt in a row locks the account for longer (1, 5,
 * 15, then 60 minutes); a successful login resets the count.</li>
 * <li>Per client address: {@value #ADDRESS_FAILURES} failed attempts within 15 minutes refuse every further attempt
 * from there, right or wrong, until the window has room again.</li>
 * <li>An email without an account is locked exactly as an account would be, computed from the attempts on it, so
 * that the lock never tells whether an account exists.</li>
 * </ul>
 * Refused attempts do not check the password and do not count as failures, so a lock ends on time however often
 * someone keeps trying.
 */
@Service
public class LoginThrottling {

    public static final int FAILURES_PER_LOCK = 5;
    public static final int ADDRESS_FAILURES = 20;
    static final Duration ADDRESS_WINDOW = Duration.ofMinutes(15);
    static final List<Duration> LOCKS = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(15),
            Duration.ofMinutes(60));
    /** How long failures on an unknown email are remembered. */
    static final Duration UNKNOWN_EMAIL_MEMORY = Duration.ofHours(24);
    private static final int EMAIL_COLUMN_LENGTH = 254;
    private static final int ADDRESS_COLUMN_LENGTH = 64;

    /** Why an attempt is refused and until when. */
    public record Refusal(Reason reason, Instant until) {

        public enum Reason { ACCOUNT_LOCKED, ADDRESS_BLOCKED }

        /** Whole minutes left, at least one, as the login page says it. */
        public long minutesLeft(Instant now) {
            long seconds = Math.max(0, Duration.between(now, until).toSeconds());
            return Math.max(1, (seconds + 59) / 60);
        }
    }

    private final LoginAttemptRepository attempts;
    private final AuditLog audit;

    public LoginThrottling(LoginAttemptRepository attempts, AuditLog audit) {
        this.attempts = attempts;
        this.audit = audit;
    }

    /** Whether an attempt for the email from the address must be refused without checking the password. */
    public Optional<Refusal> refusal(String email, String address) {
        Instant now = Instant.now();
        Optional<Refusal> blocked = addressBlockedUntil(address, now)
                .map(until -> new Refusal(Refusal.Reason.ADDRESS_BLOCKED, until));
        if (blocked.isPresent()) {
            return blocked;
        }
        String normalized = normalize(email);
        Optional<LoginAttemptRepository.Account> account = attempts.account(normalized);
        Optional<Instant> locked = account.isPresent() ? throttleLockOf(account.get(), now)
                : unknownEmailLockedUntil(normalized, now);
        return locked.filter(now::isBefore).map(until -> new Refusal(Refusal.Reason.ACCOUNT_LOCKED, until));
    }

    /** Records and audits a refused attempt. */
    public void recordRefused(String email, String address, Refusal refusal) {
        String normalized = normalize(email);
        insertAttempt(normalized, address, false, true);
        Long userId = attempts.account(normalized).map(LoginAttemptRepository.Account::id).orElse(null);
        audit.record(null, normalized, AuditAction.LOGIN_THROTTLED, "user", userId,
                refusal.reason().name() + " until " + refusal.until());
    }

    @Transactional
    public void recordSuccess(String email, String address) {
        String normalized = normalize(email);
        insertAttempt(normalized, address, true, false);
        attempts.resetFailures(normalized);
    }

    /** Records a failed password check; every {@value #FAILURES_PER_LOCK}th in a row locks the account. */
    @Transactional
    public void recordFailure(String email, String address) {
        String normalized = normalize(email);
        Instant now = Instant.now();
        insertAttempt(normalized, address, false, false);
        Optional<LoginAttemptRepository.Account> account = attempts.account(normalized);
        int failures;
        if (account.isPresent()) {
            long id = account.get().id();
            failures = attempts.addFailure(id);
            if (failures % FAILURES_PER_LOCK == 0) {
                attempts.lockUntilAtLeast(id, now.plus(lockAfter(failures)));
            }
        } else {
            failures = unknownEmailFailures(normalized, now).size();
        }
        if (failures % FAILURES_PER_LOCK == 0) {
            audit.record(null, normalized, AuditAction.LOGIN_THROTTLED, "user", account.map(LoginAttemptRepository.Account::id).orElse(null),
                    "ACCOUNT_LOCKED for " + lockAfter(failures).toMinutes() + " min after " + failures + " failed attempts");
        }
    }

    /** Ends a temporary lock and the count of failures, e.g. after a password reset; a lock staff set stays. */
    public void clearLock(long userId) {
        attempts.clearLock(userId, Instant.now().plus(LOCKS.getLast()));
    }

    static Duration lockAfter(int failures) {
        int level = Math.max(1, failures / FAILURES_PER_LOCK);
        return LOCKS.get(Math.min(level, LOCKS.size()) - 1);
    }

    /** A lock longer than the longest this class sets is staff's, and left to the account check. */
    private static Optional<Instant> throttleLockOf(LoginAttemptRepository.Account account, Instant now) {
        Instant until = account.lockedUntil();
        return until != null && !until.isAfter(now.plus(LOCKS.getLast())) ? Optional.of(until) : Optional.empty();
    }

    private Optional<Instant> unknownEmailLockedUntil(String email, Instant now) {
        List<Instant> failures = unknownEmailFailures(email, now);
        if (failures.isEmpty() || failures.size() % FAILURES_PER_LOCK != 0) {
            return Optional.empty();
        }
        return Optional.of(failures.getFirst().plus(lockAfter(failures.size())));
    }

    /** Newest first. */
    private List<Instant> unknownEmailFailures(String email, Instant now) {
        return attempts.failuresOf(email, now.minus(UNKNOWN_EMAIL_MEMORY));
    }

    /** Until the oldest of the last {@value #ADDRESS_FAILURES} failures in the window leaves it. */
    private Optional<Instant> addressBlockedUntil(String address, Instant now) {
        if (address == null) {
            return Optional.empty();
        }
        return attempts.addressBlockedUntil(truncate(address, ADDRESS_COLUMN_LENGTH), ADDRESS_FAILURES, now);
    }



    private void insertAttempt(String email, String address, boolean succeeded, boolean throttled) {
        attempts.insert(email, truncate(address, ADDRESS_COLUMN_LENGTH), succeeded, throttled, Instant.now());
    }

    private static String normalize(String email) {
        return truncate(UserDirectory.normalizeEmail(email), EMAIL_COLUMN_LENGTH);
    }

    private static String truncate(String value, int length) {
        return value == null || value.length() <= length ? value : value.substring(0, length);
    }
}
