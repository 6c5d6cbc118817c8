package org.kundenportal.subscriptions;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.kundenportal.base.security.PortalScope;
import org.kundenportal.base.security.PortalScopeService;
import org.kundenportal.subscriptions.domain.BillingPeriod;
import org.kundenportal.subscriptions.domain.NewSubscription;
import org.kundenportal.subscriptions.domain.SubscriptionLine;
import org.kundenportal.subscriptions.domain.SubscriptionRepository;
import org.kundenportal.subscriptions.domain.SubscriptionService;
import org.kundenportal.subscriptions.domain.SubscriptionState;
import org.kundenportal.users.domain.UserRepository;
import org.springframework.context.ApplicationContext;

/** Subscriptions of the tests' own, with a module name no demo row has, so searches find exactly them. */
public class SubscriptionFixtures {

    public final SubscriptionRepository subscriptions;
    private final SubscriptionService service;
    private final UserRepository users;
    private final PortalScopeService scopes;

    public SubscriptionFixtures(ApplicationContext context) {
        subscriptions = context.getBean(SubscriptionRepository.class);
        service = context.getBean(SubscriptionService.class);
        users = context.getBean(UserRepository.class);
        scopes = context.getBean(PortalScopeService.class);
    }

    public static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    public PortalScope scopeOf(String email) {
        return scopes.scopeOf(users.findPrincipal(email).orElseThrow());
    }

    public long companyOf(String email) {
        return scopeOf(email).ownCompanyId();
    }

    /** A subscription with the given module (code = module name without blanks) and a second, common line. */
    public String subscription(long companyId, SubscriptionState state, String module) {
        LocalDate today = LocalDate.now();
        return service.create(new NewSubscription(companyId, "Testtarif", state, BillingPeriod.QUARTERLY,
                today.minusMonths(1), today.plusMonths(2), null, null,
                List.of(new SubscriptionLine("BASE-T", "Kasse Basis", "Testkasse", BigDecimal.ONE, new BigDecimal("39.00")),
                        new SubscriptionLine(module.replace(" ", ""), module, null, new BigDecimal("2"),
                                new BigDecimal("12.50")))),
                null);
    }
}
