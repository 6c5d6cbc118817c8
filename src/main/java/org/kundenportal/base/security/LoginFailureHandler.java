package org.kundenportal.base.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/**
 * Back to the login page after a failed form login: with the minutes to wait when the attempt was throttled,
 * otherwise with the one message for every other failure (wrong password, unknown email, disabled account).
 */
final class LoginFailureHandler extends SimpleUrlAuthenticationFailureHandler {

    LoginFailureHandler() {
        super("/login?error");
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException, ServletException {
        if (exception instanceof LoginThrottledException throttled) {
            getRedirectStrategy().sendRedirect(request, response,
                    "/login?" + LoginThrottledException.LOGIN_PAGE_PARAMETER + "=" + throttled.minutesLeft());
        } else {
            super.onAuthenticationFailure(request, response, exception);
        }
    }
}
