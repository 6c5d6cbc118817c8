package org.kundenportal.base.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;

/**
 * For filter chains of machine callers (the integration API, payment providers' webhooks): no session, no CSRF token,
 * no login form or redirect, nothing remembered between requests.
 */
public final class StatelessRequests {

    private StatelessRequests() {
    }

    public static void apply(HttpSecurity http) throws Exception {
        http.csrf(csrf -> csrf.disable());
        http.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        http.requestCache(cache -> cache.disable());
        http.formLogin(form -> form.disable());
        http.httpBasic(basic -> basic.disable());
        http.logout(logout -> logout.disable());
    }
}
