package org.kundenportal.base.security;

import java.util.Optional;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Puts {@link LoginThrottling} in front of the password check, so that it holds for the login form and for
 * every other use of the authentication manager.
 */
final class ThrottlingAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider passwordCheck;
    private final LoginThrottling throttling;

    ThrottlingAuthenticationProvider(AuthenticationProvider passwordCheck, LoginThrottling throttling) {
        this.passwordCheck = passwordCheck;
        this.throttling = throttling;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String email = attempt.getName();
        String address = clientAddress(attempt);
        Optional<LoginThrottling.Refusal> refusal = throttling.refusal(email, address);
        if (refusal.isPresent()) {
            throttling.recordRefused(email, address, refusal.get());
            throw new LoginThrottledException(refusal.get());
        }
        Authentication result;
        try {
            result = passwordCheck.authenticate(attempt);
        } catch (InternalAuthenticationServiceException e) {
            throw e;
        } catch (AuthenticationException e) {
            throttling.recordFailure(email, address);
            throw e;
        }
        if (result != null) {
            throttling.recordSuccess(email, address);
        }
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwordCheck.supports(authentication);
    }

    /** The form login passes the request's address; other callers (tests, views) are throttled per account only. */
    private static String clientAddress(Authentication attempt) {
        return attempt.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
    }
}
