package org.kundenportal.account.ui;

import com.vaadin.flow.server.VaadinSession;
import org.kundenportal.base.security.PortalUser;
import org.kundenportal.users.domain.UserAccount;
import org.kundenportal.users.domain.UserRepository;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * The session keeps the principal from the login; after users change their own name or login email, it is
 * replaced so that the shell and the audit log show the new one.
 */
final class SessionPrincipal {

    private SessionPrincipal() {
    }

    static void refresh(UserRepository users, long userId) {
        users.account(userId).map(UserAccount::email).flatMap(users::findPrincipal).ifPresent(SessionPrincipal::replace);
    }

    private static void replace(PortalUser user) {
        user.eraseCredentials();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        VaadinSession.getCurrent().getSession()
                .setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
    }
}
