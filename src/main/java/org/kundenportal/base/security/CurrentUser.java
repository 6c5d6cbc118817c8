package org.kundenportal.base.security;

import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The logged-in user of the current request, with what staff may change at any time read fresh: once per request
 * ({@link PerRequest}).
 */
@Component
public class CurrentUser {

    private final AuthenticationContext authentication;
    private final UserDirectory users;
    private final PortalScopeService scopes;

    public CurrentUser(AuthenticationContext authentication, UserDirectory users, PortalScopeService scopes) {
        this.authentication = authentication;
        this.users = users;
        this.scopes = scopes;
    }

    public Optional<PortalUser> get() {
        return authentication.getAuthenticatedUser(PortalUser.class);
    }

    public PortalUser require() {
        return get().orElseThrow(() -> new IllegalStateException("No user is logged in"));
    }

    public Set<AreaPermission> areaPermissions() {
        return get().map(user -> PerRequest.once("areaPermissions." + user.id(), () -> users.areaPermissions(user.id())))
                .orElse(Set.of());
    }

    public boolean mayUse(AreaPermission area) {
        return areaPermissions().contains(area);
    }

    public PortalScope scope() {
        return get().map(scopes::scopeOf).orElse(PortalScope.nothing());
    }

    public void logout() {
        authentication.logout();
    }
}
