package org.kundenportal.integration.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.kundenportal.base.audit.AuditAction;
import org.kundenportal.base.audit.AuditLog;
import org.kundenportal.base.security.Hashes;
import org.kundenportal.base.security.PortalUser;
import org.kundenportal.base.security.UserKind;
import org.kundenportal.base.validation.InvalidInputException;
import org.kundenportal.base.validation.InvalidInputException.Problem;
import org.kundenportal.users.domain.NewUser;
import org.kundenportal.users.domain.UserRepository;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Admins create, rotate and revoke API clients; the API's filter finds the client of a bearer token. Tokens carry
 * 256 random bits, so a plain SHA-256 (not a slow password hash) is enough to keep a stolen table useless.
 */
@Service
public class ApiClientService {

    public static final int NAME_MAX = 100;
    private static final String TOKEN_PREFIX = "kp_";
    private static final int HINT_LENGTH = 8;
    /** last-used is written at most this often per client, not on every request */
    private static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

    private final ApiClientRepository clients;
    private final UserRepository users;
    private final AuditLog audit;
    private final Map<Long, Instant> lastUsedWritten = new ConcurrentHashMap<>();

    public ApiClientService(ApiClientRepository clients, UserRepository users, AuditLog audit) {
        this.clients = clients;
        this.users = users;
        this.audit = audit;
    }

    public List<ApiClient> all() {
        return clients.all();
    }

    /** Creates the client with a new random token, shown to the admin once. */
    @Transactional
    public IssuedToken create(PortalUser admin, String name, Set<ApiScope> scopes) {
        return create(admin, name, scopes, TOKEN_PREFIX + Hashes.randomToken());
    }

    /** Creates the client with a token chosen by the caller: the demo data's documented one. */
    @Transactional
    public IssuedToken create(PortalUser admin, String name, Set<ApiScope> scopes, String token) {
        requireAdmin(admin);
        String cleanName = name == null ? "" : name.strip();
        List<Problem> problems = new ArrayList<>();
        if (cleanName.isEmpty()) {
            problems.add(Problem.of("name", "api-clients.error.name-required"));
        } else if (cleanName.length() > NAME_MAX) {
            problems.add(Problem.of("name", "api-clients.error.name-too-long", NAME_MAX));
        }
        if (scopes == null || scopes.isEmpty()) {
            problems.add(Problem.of("scopes", "api-clients.error.scope-required"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        long userId = users.create(new NewUser("api-client-" + UUID.randomUUID() + "@api.invalid", "API: " + cleanName,
                UserKind.INTERNAL, null, null, "en", Set.of(), Set.of()));
        users.disable(userId);
        long id = clients.create(cleanName, userId, Hashes.sha256Hex(token), hint(token), scopes);
        audit.record(admin.id(), admin.email(), AuditAction.API_CLIENT_CREATED, "api_client", id,
                cleanName + " " + scopes.stream().map(ApiScope::wire).sorted().toList());
        return new IssuedToken(clients.find(id).orElseThrow(), token);
    }

    /** A new token for the client; the old one stops working at once. */
    @Transactional
    public IssuedToken rotate(PortalUser admin, long clientId) {
        requireAdmin(admin);
        String token = TOKEN_PREFIX + Hashes.randomToken();
        if (!clients.replaceToken(clientId, Hashes.sha256Hex(token), hint(token), Instant.now())) {
            throw InvalidInputException.of("id", "api-clients.error.revoked");
        }
        audit.record(admin.id(), admin.email(), AuditAction.API_CLIENT_ROTATED, "api_client", clientId, null);
        return new IssuedToken(clients.find(clientId).orElseThrow(), token);
    }

    @Transactional
    public void revoke(PortalUser admin, long clientId) {
        requireAdmin(admin);
        if (!clients.revoke(clientId, Instant.now())) {
            throw InvalidInputException.of("id", "api-clients.error.revoked");
        }
        audit.record(admin.id(), admin.email(), AuditAction.API_CLIENT_REVOKED, "api_client", clientId, null);
    }

    /** The active client holding this token; empty for an unknown or revoked one. */
    public Optional<ApiClient> authenticate(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        Optional<ApiClient> client = clients.findByTokenHash(Hashes.sha256Hex(token)).filter(found -> !found.revoked());
        client.ifPresent(this::markUsed);
        return client;
    }

    /** The principal the client acts as in the domain services: an internal user without roles or password. */
    public static PortalUser actor(ApiClient client) {
        return new PortalUser(client.userId(), "api:" + client.name(), "API: " + client.name(), UserKind.INTERNAL,
                null, Set.of(), null, false, null);
    }

    private void markUsed(ApiClient client) {
        Instant now = Instant.now();
        Instant written = lastUsedWritten.get(client.id());
        if (written == null || written.plus(LAST_USED_PRECISION).isBefore(now)) {
            lastUsedWritten.put(client.id(), now);
            clients.markUsed(client.id(), now);
        }
    }

    private static String hint(String token) {
        return token.substring(0, Math.min(HINT_LENGTH, token.length()));
    }

    private static void requireAdmin(PortalUser admin) {
        if (admin == null || !admin.has(org.kundenportal.base.security.Role.ADMIN)) {
            throw new AccessDeniedException("Only admins manage API clients");
        }
    }
}
