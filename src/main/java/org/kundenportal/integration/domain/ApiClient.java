package org.kundenportal.integration.domain;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * A system that talks to the integration API.
 *
 * @param userId    the technical internal user the client acts as in the domain services (it can never log in)
 * @param tokenHint the token's first characters, to recognise it; the token itself is stored only as a hash
 */
public record ApiClient(long id, String name, long userId, String tokenHint, Set<ApiScope> scopes, Instant createdAt,
                        Instant rotatedAt, Instant revokedAt, Instant lastUsedAt) {

    public ApiClient {
        scopes = scopes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(scopes));
    }

    public boolean revoked() {
        return revokedAt != null;
    }

    public boolean has(ApiScope scope) {
        return scopes.contains(scope);
    }
}
