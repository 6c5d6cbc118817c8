package org.kundenportal.integration.api;

import java.io.Serial;
import org.kundenportal.base.security.PortalUser;
import org.kundenportal.integration.domain.ApiClient;
import org.kundenportal.integration.domain.ApiClientService;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A request authenticated by an API client's bearer token; its authorities are the client's scopes. The principal
 * is the technical user the client acts as, so whatever asks "who did this" (the audit log) names the client.
 */
final class ApiClientAuthentication extends AbstractAuthenticationToken {

    @Serial
    private static final long serialVersionUID = 1L;

    private final transient ApiClient client;
    private final PortalUser actor;

    ApiClientAuthentication(ApiClient client) {
        super(client.scopes().stream().map(scope -> new SimpleGrantedAuthority(scope.authority())).toList());
        this.client = client;
        this.actor = ApiClientService.actor(client);
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public PortalUser getPrincipal() {
        return actor;
    }

    ApiClient client() {
        return client;
    }
}
