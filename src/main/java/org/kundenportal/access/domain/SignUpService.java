package org.kundenportal.access.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.kundenportal.base.audit.AuditAction;
import org.kundenportal.base.audit.AuditLog;
import org.kundenportal.base.security.AuthTokens;
import org.kundenportal.base.security.PasswordPolicy;
import org.kundenportal.base.security.PortalUser;
import org.kundenportal.base.security.TokenPurpose;
import org.kundenportal.users.domain.UserAccount;
import org.kundenportal.users.domain.UserRepository;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The invitation link's page: who was invited, and setting the first password exactly once. */
@Service
public class SignUpService {

    /** A valid invitation: the invited user and until when the link works. */
    public record Invitation(long userId, String email, String displayName, String language, Instant expiresAt) {
    }

    /** The link is expired, used, revoked or unknown; nothing was changed. */
    public static class InvalidLinkException extends RuntimeException {
        public InvalidLinkException() {
            super("Invitation link is no longer valid");
        }
    }

    /** The password breaks the policy; nothing was changed and the link still works. */
    public static class PasswordRejectedException extends RuntimeException {
        private final List<PasswordPolicy.Problem> problems;

        public PasswordRejectedException(List<PasswordPolicy.Problem> problems) {
            super("Password rejected: " + problems);
            this.problems = List.copyOf(problems);
        }

        public List<PasswordPolicy.Problem> problems() {
            return problems;
        }
    }

    private final AuthTokens tokens;
    private final UserRepository users;
    private final PasswordPolicy policy;
    private final PasswordEncoder encoder;
    private final AuditLog audit;

    public SignUpService(AuthTokens tokens, UserRepository users, PasswordPolicy policy, PasswordEncoder encoder,
                         AuditLog audit) {
        this.tokens = tokens;
        this.users = users;
        this.policy = policy;
        this.encoder = encoder;
        this.audit = audit;
    }

    /** The invitation behind a link, if the link still works and its user may still sign up. */
    public Optional<Invitation> invitation(String token) {
        return tokens.peek(token, TokenPurpose.INVITATION).flatMap(use -> users.account(use.userId())
                .filter(SignUpService::maySignUp)
                .map(user -> new Invitation(user.id(), user.email(), user.displayName(), user.language(),
                        use.expiresAt())));
    }

    public List<PasswordPolicy.Problem> check(Invitation invitation, String password) {
        return policy.check(password, invitation.email());
    }

    /**
     * Sets the first password and uses the link up; returns the principal to log in. When two requests race
     * with the same link, only one gets through.
     */
    @Transactional
    public PortalUser signUp(String token, String password) {
        Invitation invitation = invitation(token).orElseThrow(InvalidLinkException::new);
        List<PasswordPolicy.Problem> problems = check(invitation, password);
        if (!problems.isEmpty()) {
            throw new PasswordRejectedException(problems);
        }
        if (tokens.consume(token, TokenPurpose.INVITATION).isEmpty()) {
            throw new InvalidLinkException();
        }
        users.setPasswordHash(invitation.userId(), encoder.encode(password));
        audit.record(invitation.userId(), invitation.email(), AuditAction.SIGNED_UP, "user", invitation.userId(), null);
        PortalUser principal = users.findPrincipal(invitation.email()).orElseThrow(InvalidLinkException::new);
        principal.eraseCredentials();
        return principal;
    }

    private static boolean maySignUp(UserAccount user) {
        return user.enabled() && user.accessRevokedAt() == null && user.deletedAt() == null;
    }

    /**
     * A user re-invited after a revocation may still have two-factor authentication on: it then logs in
     * through the login form and its code step, never straight from the sign-up page.
     */
    public boolean needsSecondFactor(PortalUser user) {
        return users.account(user.id()).map(UserAccount::twoFactorEnabled).orElse(false);
    }
}
