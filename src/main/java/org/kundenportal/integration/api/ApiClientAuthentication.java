package org.kundenportal.integration.api;

import java.io.Serial;
import org.kundenportal.integration.domain.ApiClient;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** A request authenticated by an API client's bearer token; its authorities are the client's scopes. */
final class ApiClientAuthentication extends AbstractAuthenticationToken {

    @Serial
    private static final long serialVersionUID = 1L;

    private final transient ApiClient client;

    ApiClientAuthentication(ApiClient client) {
        super(client.scopes().stream().map(scope -> new SimpleGrantedAuthority(scope.authority())).toList());
        this.client = client;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public ApiClient getPrincipal() {
        return client;
    }
}
