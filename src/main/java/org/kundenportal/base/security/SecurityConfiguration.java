package org.kundenportal.base.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.kundenportal.base.ui.LoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, AuthenticationManager authenticationManager) throws Exception {
        // the form login checks passwords with the manager below, not with one Spring would build on its own
        http.authenticationManager(authenticationManager);
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                .requestMatchers("/themes/**", "/icons/**", "/images/**").permitAll());
        http.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()));
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        // after the Vaadin configurer, which sets the login page but leaves the failure handling to Spring
        http.formLogin(form -> form.failureHandler(new LoginFailureHandler()));
        return http.build();
    }

    /** Bcrypt by default; the delegating encoder keeps hashes readable when the default changes. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    AuthenticationManager authenticationManager(PortalUserDetailsService users, PasswordEncoder passwordEncoder,
                                                AuthenticationEventPublisher events, LoginThrottling throttling) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
        provider.setPasswordEncoder(passwordEncoder);
        ProviderManager manager = new ProviderManager(new ThrottlingAuthenticationProvider(provider, throttling));
        manager.setAuthenticationEventPublisher(events);
        return manager;
    }
}
