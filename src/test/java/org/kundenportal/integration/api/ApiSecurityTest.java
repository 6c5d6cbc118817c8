package org.kundenportal.integration.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kundenportal.SpringTest;
import org.kundenportal.TestWorld;
import org.kundenportal.base.security.PortalUser;
import org.kundenportal.integration.ApiClients;
import org.kundenportal.integration.ApiHttp;
import org.kundenportal.integration.ApiHttp.Answer;
import org.kundenportal.integration.domain.ApiClientService;
import org.kundenportal.integration.domain.ApiScope;
import org.kundenportal.integration.domain.IssuedToken;
import org.kundenportal.users.domain.UserRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/** The API's own chain over real HTTP: tokens, scopes, no session, rate limit, problem details. */
class ApiSecurityTest extends SpringTest {

    @LocalServerPort
    int port;
    @Autowired
    ApiClientService clients;
    @Autowired
    ApplicationContext context;

    /** An employee the API reads, as some resource to ask for. */
    private String employee;

    @BeforeEach
    void anEmployee() {
        employee = ApiClients.employee(context);
    }
    @Autowired
    UserRepository users;

    private IssuedToken client(Set<ApiScope> scopes) {
        PortalUser admin = users.findPrincipal(TestWorld.ADMIN).orElseThrow();
        return clients.create(admin, "Test " + System.nanoTime(), scopes);
    }

    @Test
    void withoutTokenTheAnswerIs401AsProblemDetails() {
        Answer answer = new ApiHttp(port, null).get("/api/v1/receipts/anything");

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.field("type")).isEqualTo("/api/v1/problems/unauthorized");
        assertThat(answer.raw().headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
    }

    @Test
    void anUnknownTokenIs401() {
        assertThat(new ApiHttp(port, "kp_not-a-token").get("/api/v1/receipts/anything").status()).isEqualTo(401);
    }

    @Test
    void aRevokedOrRotatedTokenStopsWorkingAtOnce() {
        IssuedToken issued = client(EnumSet.of(ApiScope.READ));
        PortalUser admin = users.findPrincipal(TestWorld.ADMIN).orElseThrow();
        assertThat(new ApiHttp(port, issued.token()).get("/api/v1/employees/" + employee).status()).isEqualTo(200);

        IssuedToken rotated = clients.rotate(admin, issued.client().id());
        assertThat(new ApiHttp(port, issued.token()).get("/api/v1/employees/" + employee).status()).isEqualTo(401);
        assertThat(new ApiHttp(port, rotated.token()).get("/api/v1/employees/" + employee).status()).isEqualTo(200);

        clients.revoke(admin, issued.client().id());
        assertThat(new ApiHttp(port, rotated.token()).get("/api/v1/employees/" + employee).status()).isEqualTo(401);
        assertThat(clients.all()).filteredOn(client -> client.id() == issued.client().id())
                .singleElement().satisfies(client -> {
                    assertThat(client.revoked()).isTrue();
                    assertThat(client.lastUsedAt()).isNotNull();
                });
    }

    @Test
    void aClientWithoutTheWriteScopeGets403NamingIt() {
        ApiHttp readOnly = new ApiHttp(port, client(EnumSet.of(ApiScope.READ)).token());

        Answer answer = readOnly.put("/api/v1/employees/EMP-X", "{}");

        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.field("type")).isEqualTo("/api/v1/problems/forbidden");
        assertThat(answer.field("detail")).contains("contacts:write");
        assertThat(readOnly.post("/api/v1/receipts:batch", "{}").status()).isEqualTo(403);
    }

    @Test
    void aClientWithoutReadCannotRead() {
        ApiHttp writer = new ApiHttp(port, client(EnumSet.of(ApiScope.RECEIPTS_WRITE)).token());

        Answer answer = writer.get("/api/v1/employees/" + employee);

        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.field("detail")).contains("'read'");
    }

    @Test
    void theApiKeepsNoSessionAndNeedsNoCsrfToken() {
        ApiHttp api = new ApiHttp(port, ApiClients.allScopes(context));

        Answer read = api.get("/api/v1/employees/" + employee);
        Answer write = api.put("/api/v1/employees/" + "EMP-T" + System.nanoTime(),
                "{\"name\": \"Test Kasse\", \"reference\": \"T-" + System.nanoTime() + "\", \"receiptType\": \"REFERENCE\"}");

        assertThat(read.status()).isEqualTo(200);
        assertThat(write.status()).isEqualTo(201);
        assertThat(read.raw().headers().allValues("Set-Cookie")).isEmpty();
        assertThat(write.raw().headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void theUiKeepsItsOwnChain() {
        // a bearer token opens nothing outside /api
        Answer page = new ApiHttp(port, ApiClients.allScopes(context)).get("/staff/settings/api-clients");
        assertThat(page.status()).isNotEqualTo(200);
    }

    @Test
    void aClientSendingMoreThanItsRateGets429WithRetryAfter() {
        ApiHttp api = new ApiHttp(port, client(EnumSet.of(ApiScope.READ)).token());
        List<CompletableFuture<HttpResponse<String>>> sent = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            sent.add(api.client().sendAsync(api.request("/api/v1/employees/" + employee).build(),
                    HttpResponse.BodyHandlers.ofString()));
        }
        List<HttpResponse<String>> answers = sent.stream().map(CompletableFuture::join).toList();

        assertThat(answers).anySatisfy(response -> {
            assertThat(response.statusCode()).isEqualTo(429);
            assertThat(response.headers().firstValue("Retry-After")).isPresent();
            assertThat(response.body()).contains("/api/v1/problems/rate-limited");
        });
        assertThat(answers).anySatisfy(response -> assertThat(response.statusCode()).isEqualTo(200));
    }

    @Test
    void anUnknownPathOrMethodIsAProblemNotAPage() {
        ApiHttp api = new ApiHttp(port, ApiClients.allScopes(context));

        assertThat(api.get("/api/v1/nothing-here").status()).isEqualTo(404);
        assertThat(api.delete("/api/v1/employees/" + employee).status()).isIn(404, 405);
        assertThat(api.get("/api/v1/nothing-here").contentType()).startsWith("application/problem+json");
    }
}
