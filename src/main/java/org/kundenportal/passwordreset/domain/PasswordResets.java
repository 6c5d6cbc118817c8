package org.kundenportal.passwordreset.domain;

import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.kundenportal.base.audit.AuditAction;
import org.kundenportal.base.audit.AuditLog;
import org.kundenportal.base.i18n.Formats;
import org.kundenportal.base.mail.MailDeliveryException;
import org.kundenportal.base.mail.MailService;
import org.kundenportal.base.mail.MailTemplate;
import org.kundenportal.base.mail.PortalLinks;
import org.kundenportal.base.security.AuthTokens;
import org.kundenportal.base.security.LoginThrottling;
import org.kundenportal.base.security.PasswordPolicy;
import org.kundenportal.base.security.TokenPurpose;
import org.kundenportal.base.security.UserSessions;
import org.kundenportal.base.settings.SettingKey;
import org.kundenportal.base.settings.Settings;
import org.kundenportal.users.domain.UserAccount;
import org.kundenportal.users.domain.UserRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Forgot password": a one-time link by mail, then a new password. Whether an address has an account never
 * shows: every request gets the same answer, limits count known and unknown addresses alike, and everything that
 * depends on the address (looking up the account, the link, the mail) happens in the background, so that the
 * answer takes as long either way.
 */
@Service
public class PasswordResets {

    /** Accepted requests per email address and per client address within {@link #LIMIT_WINDOW}. */
    public static final int REQUESTS_PER_EMAIL = 3;
    public static final int REQUESTS_PER_ADDRESS = 10;
    static final Duration LIMIT_WINDOW = Duration.ofHours(1);
    private static final int EMAIL_COLUMN_LENGTH = 254;
    private static final Logger log = LoggerFactory.getLogger(PasswordResets.class);

    public enum RequestStatus { ACCEPTED, RATE_LIMITED, DISABLED }

    /** @param minutesToWait for {@link RequestStatus#RATE_LIMITED}: until another request is accepted */
    public record RequestOutcome(RequestStatus status, long minutesToWait) {
    }

    /** The account a valid link resets. */
    public record ResetLink(long userId, String email, String displayName) {
    }

    public enum ResetStatus { DONE, WEAK_PASSWORD, INVALID_LINK, DISABLED }

    public record ResetOutcome(ResetStatus status, List<PasswordPolicy.Problem> problems) {

        static ResetOutcome of(ResetStatus status) {
            return new ResetOutcome(status, List.of());
        }
    }

    private final ResetRequestRepository requests;
    private final Settings settings;
    private final UserRepository users;
    private final AuthTokens tokens;
    private final PasswordPolicy policy;
    private final PasswordEncoder passwordEncoder;
    private final UserSessions sessions;
    private final LoginThrottling throttling;
    private final MailService mail;
    private final AuditLog audit;
    private final PortalLinks links;
    /** One thread: links and mails leave in the order they were asked for. */
    private final Executor background;

    @Autowired
    public PasswordResets(ResetRequestRepository requests, Settings settings, UserRepository users, AuthTokens tokens,
                          PasswordPolicy policy, PasswordEncoder passwordEncoder, UserSessions sessions,
                          LoginThrottling throttling, MailService mail, AuditLog audit, PortalLinks links) {
        this(requests, settings, users, tokens, policy, passwordEncoder, sessions, throttling, mail, audit, links,
                Executors.newSingleThreadExecutor(Thread.ofPlatform().name("password-reset-mail").daemon().factory()));
    }

    /** @param background where the work for the address's account runs, after the request has been answered */
    PasswordResets(ResetRequestRepository requests, Settings settings, UserRepository users, AuthTokens tokens, PasswordPolicy policy,
                   PasswordEncoder passwordEncoder, UserSessions sessions, LoginThrottling throttling, MailService mail,
                   AuditLog audit, PortalLinks links, Executor background) {
        this.background = background;
        this.requests = requests;
        this.settings = settings;
        this.users = users;
        this.tokens = tokens;
        this.policy = policy;
        this.passwordEncoder = passwordEncoder;
        this.sessions = sessions;
        this.throttling = throttling;
        this.mail = mail;
        this.audit = audit;
        this.links = links;
    }

    public boolean isEnabled() {
        return settings.getBoolean(SettingKey.PASSWORD_RESET_ENABLED);
    }

    /**
     * Sends a reset link if the address belongs to an account that may log in, and answers the same either way.
     *
     * @param language the language of the page, for the mail when the account has none saved
     */
    public RequestOutcome request(String email, String clientAddress, String language) {
        if (!isEnabled()) {
            return new RequestOutcome(RequestStatus.DISABLED, 0);
        }
        String normalized = UserRepository.normalizeEmail(email);
        if (normalized == null || normalized.isBlank() || normalized.length() > EMAIL_COLUMN_LENGTH) {
            throw new IllegalArgumentException("Not an email address");
        }
        Instant now = Instant.now();
        Optional<Instant> limitedUntil = requests.limitedUntil(normalized, clientAddress, now);
        if (limitedUntil.isPresent()) {
            long seconds = Duration.between(now, limitedUntil.get()).toSeconds();
            return new RequestOutcome(RequestStatus.RATE_LIMITED, Math.max(1, (seconds + 59) / 60));
        }
        requests.record(normalized, clientAddress, now);
        // whatever depends on the address having an account happens after the answer, which so takes as long for
        // every address
        background.execute(() -> sendLinkIfAllowed(normalized, language));
        return new RequestOutcome(RequestStatus.ACCEPTED, 0);
    }

    private void sendLinkIfAllowed(String email, String pageLanguage) {
        try {
            Optional<UserAccount> account = users.accountByEmail(email).filter(PasswordResets::mayReset);
            audit.record(account.map(UserAccount::id).orElse(null), email, AuditAction.PASSWORD_RESET_REQUESTED, "user",
                    account.map(UserAccount::id).orElse(null), account.isPresent() ? null : "no account may log in with this address");
            account.ifPresent(user -> sendLink(user, pageLanguage));
        } catch (MailDeliveryException e) {
            // the page cannot say so without telling whether the address has an account; the user may ask again
            log.warn("Password reset mail to {} could not be sent", email, e);
        } catch (RuntimeException e) {
            log.error("Password reset request of {} failed", email, e);
        }
    }

    /** The account behind a link that can still be used, for the page that asks for the new password. */
    public Optional<ResetLink> link(String token) {
        if (!isEnabled()) {
            return Optional.empty();
        }
        return tokens.peek(token, TokenPurpose.PASSWORD_RESET)
                .flatMap(use -> users.account(use.userId()))
                .filter(PasswordResets::mayReset)
                .map(account -> new ResetLink(account.id(), account.email(), account.displayName()));
    }

    /**
     * Sets the new password, uses the link up, ends every session of the user and lifts a temporary login lock.
     * A password the policy refuses leaves the link usable.
     */
    @Transactional
    public ResetOutcome reset(String token, String newPassword) {
        if (!isEnabled()) {
            return ResetOutcome.of(ResetStatus.DISABLED);
        }
        Optional<ResetLink> link = link(token);
        if (link.isEmpty()) {
            return ResetOutcome.of(ResetStatus.INVALID_LINK);
        }
        List<PasswordPolicy.Problem> problems = policy.check(newPassword, link.get().email());
        if (!problems.isEmpty()) {
            return new ResetOutcome(ResetStatus.WEAK_PASSWORD, problems);
        }
        if (tokens.consume(token, TokenPurpose.PASSWORD_RESET).isEmpty()) {
            return ResetOutcome.of(ResetStatus.INVALID_LINK);
        }
        long userId = link.get().userId();
        users.setPasswordHash(userId, passwordEncoder.encode(newPassword));
        throttling.clearLock(userId);
        sessions.endSessions(userId, null);
        audit.record(userId, link.get().email(), AuditAction.PASSWORD_RESET, "user", userId, null);
        return ResetOutcome.of(ResetStatus.DONE);
    }

    /** Only accounts that could log in with a password: registered, enabled, not revoked, not deleted. */
    private static boolean mayReset(UserAccount account) {
        return account.registered() && account.enabled() && account.accessRevokedAt() == null && account.deletedAt() == null;
    }

    private void sendLink(UserAccount user, String pageLanguage) {
        Duration lifetime = Duration.ofHours(settings.getInt(SettingKey.RESET_LINK_HOURS));
        String token = tokens.issue(user.id(), TokenPurpose.PASSWORD_RESET, lifetime, null);
        String language = user.language() != null ? user.language() : pageLanguage;
        Map<String, String> values = Map.of(
                "user.name", user.displayName(),
                "link", links.to("reset-password/" + token),
                "expires", Formats.dateTime(Instant.now().plus(lifetime), Locale.forLanguageTag(language)));
        mail.send(MailTemplate.PASSWORD_RESET, user.email(), language, values);
    }


    @PreDestroy
    void stopMailQueue() {
        if (background instanceof ExecutorService queue) {
            queue.shutdown();
        }
    }
}
