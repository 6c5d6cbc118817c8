package org.kundenportal.integration.api;

import org.kundenportal.base.security.PortalUser;
import org.kundenportal.integration.domain.ApiClient;
import org.springframework.security.core.context.SecurityContextHolder;

/** The API client of the current request, and the user it acts as in the domain services. */
public final class ApiCaller {

    private ApiCaller() {
    }

    public static ApiClient client() {
        if (SecurityContextHolder.getContext().getAuthentication() instanceof ApiClientAuthentication authentication) {
            return authentication.client();
        }
        throw new IllegalStateException("Not an API request");
    }

    public static PortalUser actor() {
        if (SecurityContextHolder.getContext().getAuthentication() instanceof ApiClientAuthentication authentication) {
            return authentication.getPrincipal();
        }
        throw new IllegalStateException("Not an API request");
    }
}
