package org.kundenportal.integration;

import java.time.LocalDate;
import java.util.UUID;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.kundenportal.KaribuTest;
import org.kundenportal.base.i18n.Formats;
import org.kundenportal.base.security.PortalScope;
import org.kundenportal.base.security.PortalScopeService;
import org.kundenportal.users.domain.UserRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A resource of the integration API over real HTTP with the token of a test client of every scope, and what the portal then shows: the app on
 * its random port, the database, the users' scopes and Karibu for the views.
 */
public abstract class ApiTestBase extends KaribuTest {

    @LocalServerPort
    protected int port;
    @Autowired
    protected DSLContext db;
    @Autowired
    private PortalScopeService scopes;
    @Autowired
    private UserRepository users;

    protected ApiHttp api;
    protected final LocalDate today = LocalDate.now(Formats.ZONE);

    @BeforeEach
    void apiClient() {
        api = new ApiHttp(port, ApiClients.allScopes(context));
    }

    /** An id no other test run has used. */
    protected static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    protected PortalScope scope(String email) {
        return scopes.scopeOf(users.findPrincipal(email).orElseThrow());
    }

    protected long userId(String email) {
        return users.findPrincipal(email).orElseThrow().id();
    }
}
