package org.kundenportal.integration.api;

import org.kundenportal.base.security.StatelessRequests;
import org.kundenportal.integration.domain.ApiClientService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The integration API's own chain for /api/**: stateless (no session, no CSRF, no Vaadin), bearer tokens of API
 * clients, one scope per resource (see {@link ApiScopes}). Ordered before the UI's chain, which stays unchanged.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain apiFilterChain(HttpSecurity http, ApiClientService clients, ApiRateLimiter rateLimiter,
                                       ProblemWriter problems) throws Exception {
        http.securityMatcher("/api/**");
        StatelessRequests.apply(http);
        http.anonymous(anonymous -> anonymous.disable());
        http.addFilterBefore(new ApiTokenFilter(clients, rateLimiter, problems), AuthorizationFilter.class);
        http.authorizeHttpRequests(requests -> {
            // the OpenAPI document and its reference page are public: they describe, they do not disclose data
            requests.requestMatchers(HttpMethod.GET, "/api/v1/openapi.json", "/api/v1/openapi.json/**",
                    "/api/v1/docs", "/api/v1/docs/**", "/api/v1/swagger-ui/**").permitAll();
            for (ApiScopes.Rule rule : ApiScopes.RULES) {
                RequestMatcher matcher = request -> ApiScopes.required(request).orElse(null) == rule.scope()
                        && ApiScopes.matches(request.getRequestURI(), rule.pathPrefix());
                requests.requestMatchers(matcher).hasAuthority(rule.scope().authority());
            }
            requests.requestMatchers(HttpMethod.GET, "/api/**").hasAuthority(
                    org.kundenportal.integration.domain.ApiScope.READ.authority());
            requests.anyRequest().authenticated();
        });
        http.exceptionHandling(handling -> handling
                .authenticationEntryPoint(problems::unauthorized)
                .accessDeniedHandler(problems::forbidden));
        return http.build();
    }
}
