package org.kundenportal.demo;

import java.util.EnumSet;
import org.kundenportal.integration.domain.ApiClientService;
import org.kundenportal.integration.domain.ApiScope;
import org.kundenportal.users.domain.UserRepository;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** An API client with every scope and the token the README documents, to try the integration API with curl. */
@Component
@Order(90)
class ApiClientDemoData implements DemoDataPart {

    /** Documented in the README next to the demo logins. */
    static final String TOKEN = "demo-api-token";

    private final ApiClientService clients;
    private final UserRepository users;

    ApiClientDemoData(ApiClientService clients, UserRepository users) {
        this.clients = clients;
        this.users = users;
    }

    @Override
    public void load(DemoCompanies demo) {
        clients.create(users.findPrincipal(DemoData.ADMIN).orElseThrow(), "Demo-ERP", EnumSet.allOf(ApiScope.class), TOKEN);
    }
}
