package org.kundenportal.base.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.kundenportal.base.ui.LoginPages;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;

/**
 * Wraps the login form's success handler: a user with two-factor authentication is not logged in by the
 * password. The security context the form saved is taken back, the session only remembers a
 * {@link PendingLogin}, and the browser goes to the code step. Everyone else passes straight through.
 */
final class SecondFactorRedirect implements AuthenticationSuccessHandler {

    private final AuthenticationSuccessHandler delegate;
    private final UserDirectory users;
    private final RequestCache requestCache = new HttpSessionRequestCache();

    SecondFactorRedirect(AuthenticationSuccessHandler delegate, UserDirectory users) {
        this.delegate = delegate;
        this.users = users;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws IOException, ServletException {
        LoginPages.closeAll(request.getSession(false));
        if (!(authentication.getPrincipal() instanceof PortalUser user)
                || !users.twoFactorEnabled(user.id())) {
            delegate.onAuthenticationSuccess(request, response, authentication);
            return;
        }
        SecurityContextHolder.clearContext();
        HttpSession session = request.getSession();
        session.removeAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        session.setAttribute(PendingLogin.SESSION_ATTRIBUTE, PendingLogin.start(user.id(), Instant.now(), target(request, response)));
        response.sendRedirect(response.encodeRedirectURL(request.getContextPath() + "/" + PendingLogin.CODE_STEP));
    }

    /** The page the user asked for before the login form, as a path of this app (never another host). */
    private String target(HttpServletRequest request, HttpServletResponse response) {
        String home = request.getContextPath() + "/";
        SavedRequest saved = requestCache.getRequest(request, response);
        if (saved == null) {
            return home;
        }
        requestCache.removeRequest(request, response);
        try {
            URI uri = URI.create(saved.getRedirectUrl());
            String path = uri.getRawPath();
            if (path == null || !path.startsWith(home)) {
                return home;
            }
            // "continue" is Spring Security's marker for the request cache, not part of the page
            String query = uri.getRawQuery() == null ? "" : Arrays.stream(uri.getRawQuery().split("&"))
                    .filter(part -> !part.equals("continue") && !part.startsWith("continue="))
                    .collect(Collectors.joining("&"));
            return query.isEmpty() ? path : path + "?" + query;
        } catch (IllegalArgumentException unreadable) {
            return home;
        }
    }
}
