package org.kundenportal.base.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;

/**
 * A login form posted without a valid CSRF token logs nobody in. The browser goes back to the login page, which
 * asks to sign in again: the usual cause is a login page left open until its session ended, or another site that
 * posted the form.
 */
public final class LoginFormExpired implements AccessDeniedHandler {

    /** The login page's query parameter that shows the notice. */
    public static final String LOGIN_PAGE_PARAMETER = "expired";

    private final AccessDeniedHandler otherwise = new AccessDeniedHandlerImpl();

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException, ServletException {
        if (denied instanceof CsrfException) {
            response.sendRedirect(request.getContextPath() + "/login?" + LOGIN_PAGE_PARAMETER);
        } else {
            otherwise.handle(request, response, denied);
        }
    }
}
