package org.kundenportal.base.security;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSavedRequestAwareAuthenticationSuccessHandler;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.util.Objects;
import org.kundenportal.base.ui.LoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer.AuthorizedUrl;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

    /** Browser features the portal never uses, switched off for it and for anything it might frame. */
    private static final String PERMISSIONS_POLICY = "accelerometer=(), camera=(), display-capture=(), geolocation=(), "
            + "gyroscope=(), hid=(), magnetometer=(), microphone=(), midi=(), payment=(), serial=(), usb=()";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, AuthenticationManager authenticationManager,
                                           UserDirectory users, RequestUtil vaadinRequests) throws Exception {
        // the form login checks passwords with the manager below, not with one Spring would build on its own
        http.authenticationManager(authenticationManager);
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                // csp/: the functions Vaadin's client needs under the Content-Security-Policy, the login page too
                .requestMatchers("/themes/**", "/icons/**", "/images/**", "/csp/**").permitAll()
                // document PDFs (a Spring MVC controller, not a Vaadin route): Vaadin's configurer would refuse
                // every request that is no view; the controller checks each document against the user's scope
                .requestMatchers("/documents/**").authenticated());
        http.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()));
        // Vaadin's configurer exempts the login form from CSRF protection, so any site could log a visitor's browser
        // into an account of its choosing (login CSRF). Its own requests carry Vaadin's CSRF token and stay exempt;
        // the login form sends Spring's token, which the login page puts in its meta tags for vaadin-login-form.
        // Any other address of a logged-in user reaches Vaadin, which answers it with its not-found page (404);
        // Vaadin's default would refuse it with a bare 403 before any page could say what happened.
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                .enableCsrfConfiguration(false)
                .anyRequest(AuthorizedUrl::authenticated));
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        // a login form without a valid token (an old tab whose session ended, or another site) goes back to the form
        http.exceptionHandling(exceptions -> exceptions.defaultAccessDeniedHandlerFor(new LoginFormExpired(),
                PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/login")));
        http.headers(SecurityConfiguration::pageHeaders);
        // after the Vaadin configurer, which sets the login page but leaves the failure handling to Spring
        http.formLogin(form -> form.failureHandler(new LoginFailureHandler()));
        secondFactorAfterPassword(http, users);
        return http.build();
    }

    /**
     * Users with two-factor authentication go from the password form to the code step instead of into the
     * app: the success handler Vaadin's login view installs is wrapped once the form's filter exists. Called
     * after Vaadin's configurer, so that it names the login page before the form login initialises (else
     * Spring Security would serve its own default login page).
     */
    private static void secondFactorAfterPassword(HttpSecurity http, UserDirectory users) throws Exception {
        http.formLogin(form -> form.withObjectPostProcessor(new ObjectPostProcessor<UsernamePasswordAuthenticationFilter>() {
            @Override
            public <O extends UsernamePasswordAuthenticationFilter> O postProcess(O filter) {
                AuthenticationSuccessHandler vaadin = Objects.requireNonNull(
                        http.getSharedObject(VaadinSavedRequestAwareAuthenticationSuccessHandler.class),
                        "Vaadin's login view installs the form's success handler");
                filter.setAuthenticationSuccessHandler(new SecondFactorRedirect(vaadin, users));
                return filter;
            }
        }));
    }

    /**
     * Headers of every answer of the UI's chain (the API's chain sets its own); the Content-Security-Policy, which
     * needs a nonce per page, is {@link ContentSecurityPolicy}'s. Frames from the same origin only: the print
     * button loads a document's PDF into a hidden frame.
     */
    private static void pageHeaders(HeadersConfigurer<HttpSecurity> headers) {
        headers.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN));
        headers.permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY));
        headers.frameOptions(HeadersConfigurer.FrameOptionsConfig::sameOrigin);
    }

    /** Bcrypt by default; the delegating encoder keeps hashes readable when the default changes. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    AuthenticationManager authenticationManager(PortalUserDetailsService users, PasswordEncoder passwordEncoder,
                                                AuthenticationEventPublisher events, LoginThrottling throttling) {
        ProviderManager manager = new ProviderManager(new ThrottlingAuthenticationProvider(
                new PasswordCheck(users, passwordEncoder), throttling));
        manager.setAuthenticationEventPublisher(events);
        return manager;
    }
}
