package org.kundenportal.integration;

import java.util.EnumSet;
import org.kundenportal.TestWorld;
import org.kundenportal.base.security.PortalUser;
import org.kundenportal.integration.domain.ApiClientService;
import org.kundenportal.integration.domain.ApiScope;
import org.kundenportal.receipts.domain.EmployeeService;
import org.kundenportal.receipts.domain.ReceiptType;
import org.kundenportal.users.domain.UserRepository;
import org.springframework.context.ApplicationContext;

/**
 * The API clients of the tests, created as an admin creates them in the back office: through {@link ApiClientService},
 * by the test world's admin. The API tests call the API with {@link #allScopes}' token as the company's ERP would.
 */
public final class ApiClients {

    /** The name of {@link #allScopes}' client, as the API's writes name their author ("API: Test-ERP"). */
    public static final String ALL_SCOPES_NAME = "Test-ERP";

    private static ApplicationContext createdIn;
    private static String allScopes;

    private ApiClients() {
    }

    /** The token of one client with every scope, created once per application context (and so per database). */
    public static synchronized String allScopes(ApplicationContext context) {
        if (createdIn != context) {
            allScopes = create(context, ALL_SCOPES_NAME, EnumSet.allOf(ApiScope.class));
            createdIn = context;
        }
        return allScopes;
    }

    /**
     * An employee for tests that need some resource of the API to read, put through the feature's service as the POS
     * would (the same put twice writes once); returns its external id.
     */
    public static String employee(ApplicationContext context) {
        String externalId = "TW-EMP-1";
        context.getBean(EmployeeService.class).put(externalId, "test-world-employee", "Tilda Testkasse", "TW-MA-1",
                ReceiptType.NAME, true);
        return externalId;
    }

    /** A new client of the name (unique, as the list tells clients apart by it) with the scopes; returns its token. */
    public static String create(ApplicationContext context, String name, EnumSet<ApiScope> scopes) {
        PortalUser admin = context.getBean(UserRepository.class).findPrincipal(TestWorld.ADMIN).orElseThrow();
        return context.getBean(ApiClientService.class).create(admin, name, scopes).token();
    }
}
