package org.kundenportal.invoices.webhook;

import org.kundenportal.base.security.StatelessRequests;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The payment providers' webhooks carry no login and no CSRF token: each is trusted by its own signature, which the
 * controller checks before anything changes. Stateless, and nothing else lives under /webhooks/.
 */
@Configuration(proxyBeanMethods = false)
class ProviderWebhookSecurity {

    @Bean
    @Order(0)
    SecurityFilterChain providerWebhookChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/webhooks/**");
        StatelessRequests.apply(http);
        http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll());
        return http.build();
    }
}
