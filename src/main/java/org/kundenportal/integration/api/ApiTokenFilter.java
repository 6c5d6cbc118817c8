package org.kundenportal.integration.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Optional;
import org.kundenportal.integration.domain.ApiClient;
import org.kundenportal.integration.domain.ApiClientService;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates API requests by their bearer token, applies the client's rate limit, and makes the API speak
 * English whatever the caller's Accept-Language (validation messages included). A request without a token goes on
 * unauthenticated and is answered 401 by the chain; an unknown or revoked token is answered 401 here.
 */
final class ApiTokenFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final ApiClientService clients;
    private final ApiRateLimiter rateLimiter;
    private final ProblemWriter problems;

    ApiTokenFilter(ApiClientService clients, ApiRateLimiter rateLimiter, ProblemWriter problems) {
        this.clients = clients;
        this.rateLimiter = rateLimiter;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpServletRequest english = new EnglishRequest(request);
        String header = request.getHeader("Authorization");
        if (header == null) {
            chain.doFilter(english, response);
            return;
        }
        Optional<ApiClient> client;
        try {
            client = header.regionMatches(true, 0, BEARER, 0, BEARER.length())
                    ? clients.authenticate(header.substring(BEARER.length()).strip())
                    : Optional.empty();
        } catch (TransientDataAccessException | DataAccessResourceFailureException databaseFailingOver) {
            // outside the controllers, so the exception handler would not answer it: the same answer here
            response.setHeader("Retry-After", "1");
            problems.write(response, ApiProblem.of(ProblemType.UNAVAILABLE, ApiExceptionHandler.UNAVAILABLE_DETAIL,
                    request.getRequestURI()));
            return;
        }
        if (client.isEmpty()) {
            problems.unauthorized(request, response, null);
            return;
        }
        long wait = rateLimiter.acquire(client.get().id());
        if (wait > 0) {
            response.setHeader("Retry-After", Long.toString(wait));
            problems.write(response, ApiProblem.of(ProblemType.RATE_LIMITED,
                    "This client sends more requests per second than allowed; retry after " + wait + " s.",
                    request.getRequestURI()));
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new ApiClientAuthentication(client.get()));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(english, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static final class EnglishRequest extends HttpServletRequestWrapper {

        EnglishRequest(HttpServletRequest request) {
            super(request);
        }

        @Override
        public Locale getLocale() {
            return Locale.ENGLISH;
        }

        @Override
        public Enumeration<Locale> getLocales() {
            return Collections.enumeration(java.util.List.of(Locale.ENGLISH));
        }
    }
}
