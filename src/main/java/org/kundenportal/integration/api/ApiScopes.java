package org.kundenportal.integration.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import org.kundenportal.integration.domain.ApiScope;

/**
 * Which scope each part of the API needs: every read needs {@code read}; writes need the scope of their resource;
 * webhook endpoints need {@code webhooks:manage} for every method. One table, read by the security chain and by
 * the 403 answer that names the missing scope.
 */
final class ApiScopes {

    record Rule(String pathPrefix, boolean writesOnly, ApiScope scope) {
    }

    static final List<Rule> RULES = List.of(
            new Rule("/api/v1/webhook-endpoints", false, ApiScope.WEBHOOKS_MANAGE),
            new Rule("/api/v1/companies", true, ApiScope.CONTACTS_WRITE),
            new Rule("/api/v1/employees", true, ApiScope.CONTACTS_WRITE),
            new Rule("/api/v1/quotes", true, ApiScope.DOCUMENTS_WRITE),
            new Rule("/api/v1/orders", true, ApiScope.DOCUMENTS_WRITE),
            new Rule("/api/v1/invoices", true, ApiScope.DOCUMENTS_WRITE),
            new Rule("/api/v1/purchase-orders", true, ApiScope.DOCUMENTS_WRITE),
            new Rule("/api/v1/messages", true, ApiScope.DOCUMENTS_WRITE),
            new Rule("/api/v1/receipts", true, ApiScope.RECEIPTS_WRITE),
            new Rule("/api/v1/wallet-cards", true, ApiScope.WALLETS_WRITE),
            new Rule("/api/v1/subscriptions", true, ApiScope.SUBSCRIPTIONS_WRITE));

    private ApiScopes() {
    }

    static Optional<ApiScope> required(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean write = !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod());
        for (Rule rule : RULES) {
            if (matches(path, rule.pathPrefix()) && (write || !rule.writesOnly())) {
                return Optional.of(rule.scope());
            }
        }
        return write ? Optional.empty() : Optional.of(ApiScope.READ);
    }

    /** The prefix itself, a sub-path, or a custom method such as {@code /api/v1/receipts:batch}. */
    static boolean matches(String path, String prefix) {
        return path.equals(prefix) || path.startsWith(prefix + "/") || path.startsWith(prefix + ":");
    }
}
