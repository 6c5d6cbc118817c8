package org.kundenportal.integration.domain;

import java.util.Arrays;
import java.util.Optional;

/** What an API client may do; admins grant scopes per client. */
public enum ApiScope {
    READ("read"),
    CONTACTS_WRITE("contacts:write"),
    DOCUMENTS_WRITE("documents:write"),
    RECEIPTS_WRITE("receipts:write"),
    WALLETS_WRITE("wallets:write"),
    SUBSCRIPTIONS_WRITE("subscriptions:write"),
    WEBHOOKS_MANAGE("webhooks:manage");

    private final String wire;

    ApiScope(String wire) {
        this.wire = wire;
    }

    /** The scope's name in tokens, the OpenAPI document and the back office. */
    public String wire() {
        return wire;
    }

    /** The Spring Security authority a request of a client with this scope carries. */
    public String authority() {
        return "SCOPE_" + wire;
    }

    public static Optional<ApiScope> ofWire(String wire) {
        return Arrays.stream(values()).filter(scope -> scope.wire.equals(wire)).findFirst();
    }
}
