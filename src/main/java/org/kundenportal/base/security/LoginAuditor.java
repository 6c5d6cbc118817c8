package org.kundenportal.base.security;

import java.time.Instant;
import org.kundenportal.base.audit.AuditAction;
import org.kundenportal.base.audit.AuditLog;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.stereotype.Component;

/** Remembers the last login and writes every login attempt to the audit log. */
@Component
class LoginAuditor {

    private final UserDirectory users;
    private final AuditLog audit;

    LoginAuditor(UserDirectory users, AuditLog audit) {
        this.users = users;
        this.audit = audit;
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof PortalUser user
                && !awaitsSecondFactor(event.getAuthentication(), user)) {
            users.recordLogin(user.id(), Instant.now());
            audit.record(user.id(), user.email(), AuditAction.LOGIN_SUCCEEDED, "user", user.id(), null);
        }
    }

    /** A correct password of a user with two-factor authentication is no login yet: the code step logs in. */
    private boolean awaitsSecondFactor(Authentication authentication, PortalUser user) {
        boolean byPassword = authentication.getAuthorities().stream()
                .anyMatch(authority -> FactorGrantedAuthority.PASSWORD_AUTHORITY.equals(authority.getAuthority()));
        return byPassword && users.twoFactorEnabled(user.id());
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        String attempted = String.valueOf(event.getAuthentication().getPrincipal());
        audit.record(null, UserDirectory.normalizeEmail(attempted), AuditAction.LOGIN_FAILED, "user", null,
                event.getException().getClass().getSimpleName());
    }
}
