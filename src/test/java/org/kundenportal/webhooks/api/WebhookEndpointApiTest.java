package org.kundenportal.webhooks.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kundenportal.SpringTest;
import org.kundenportal.TestWorld;
import org.kundenportal.integration.ApiHttp.Answer;
import org.kundenportal.integration.ApiHttp;
import org.kundenportal.integration.domain.ApiClientService;
import org.kundenportal.integration.domain.ApiScope;
import org.kundenportal.users.domain.UserRepository;
import org.kundenportal.webhooks.WebhookReceiver.Received;
import org.kundenportal.webhooks.WebhookReceiver;
import org.kundenportal.webhooks.domain.WebhookEndpointService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The receiving system registers its endpoint through the API, then hears, signed, what its own API call caused:
 * a company written with an invitation gives a portal_access.granted event.
 */
class WebhookEndpointApiTest extends SpringTest {

    @LocalServerPort
    int port;
    @Autowired
    WebhookEndpointService endpoints;
    @Autowired
    ApiClientService clients;
    @Autowired
    UserRepository users;
    @Autowired
    org.kundenportal.base.audit.AuditLog audit;

    ApiHttp api;
    WebhookReceiver receiver;
    Long endpointId;
    String clientName;

    @BeforeEach
    void start() {
        clientName = "Test-ERP " + System.nanoTime();
        api = new ApiHttp(port, clients.create(users.findPrincipal(TestWorld.ADMIN).orElseThrow(), clientName,
                EnumSet.allOf(ApiScope.class)).token());
        receiver = WebhookReceiver.start();
    }

    @AfterEach
    void stop() {
        if (endpointId != null) {
            endpoints.delete(endpointId);
        }
        receiver.close();
    }

    @Test
    void anEndpointRegisteredThroughTheApiReceivesSignedEventsOfApiWrites() {
        Answer created = api.post("/api/v1/webhook-endpoints", """
                {"url": "%s", "events": ["portal_access.granted"], "description": "ERP"}""".formatted(receiver.url()));
        assertThat(created.status()).isEqualTo(201);
        endpointId = created.json().path("id").asLong();
        String secret = created.field("secret");
        assertThat(secret).startsWith("whsec_");
        assertThat(api.get("/api/v1/webhook-endpoints/" + endpointId).json().has("secret")).isFalse();
        // the audit log names the API client that did it
        assertThat(audit.page("WEBHOOK_CREATED", 0, 50, java.util.List.of()))
                .anySatisfy(entry -> {
                    assertThat(entry.targetId()).isEqualTo(endpointId);
                    assertThat(entry.actorEmail()).isEqualTo("api:" + clientName);
                });

        String id = UUID.randomUUID().toString().substring(0, 8);
        String email = "hook." + id + "@testwelt.example";
        assertThat(api.put("/api/v1/companies/CUST-H-" + id, """
                {"name": "Hook GmbH %s", "persons": [{"externalId": "P-H-%s", "name": "Hanna Hook", "email": "%s",
                  "portalAccess": "invite"}]}""".formatted(id, id, email)).status()).isEqualTo(201);

        Received event = receiver.awaitOne(request -> request.body().contains(email));
        assertThat(event.type()).isEqualTo("portal_access.granted");
        assertThat(WebhookReceiver.signatureValid(event, secret)).isTrue();
        assertThat(WebhookReceiver.signatureValid(event, "whsec_" + java.util.Base64.getEncoder()
                .encodeToString("not the secret, not at all....".getBytes()))).isFalse();
    }

    @Test
    void listDeleteAndTheEventTypes() {
        Answer created = api.post("/api/v1/webhook-endpoints", """
                {"url": "%s", "events": ["ticket.created"]}""".formatted(receiver.url()));
        long id = created.json().path("id").asLong();

        assertThat(api.get("/api/v1/webhook-endpoints").body()).contains(receiver.url());
        assertThat(api.get("/api/v1/webhook-endpoints/event-types").json().path("events").toString())
                .contains("quote.accepted", "message.posted", "subscription.updated");
        assertThat(api.delete("/api/v1/webhook-endpoints/" + id).status()).isEqualTo(204);
        assertThat(api.get("/api/v1/webhook-endpoints/" + id).status()).isEqualTo(404);
        assertThat(api.delete("/api/v1/webhook-endpoints/" + id).status()).isEqualTo(404);
    }

    @Test
    void badInputIsNamedFieldByField() {
        Answer answer = api.post("/api/v1/webhook-endpoints", """
                {"url": "ftp://example.com/x", "events": ["no.such.event"]}""");

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.errorFields()).contains("url", "events");
    }

    @Test
    void managingEndpointsNeedsItsOwnScope() {
        String token = clients.create(users.findPrincipal(TestWorld.ADMIN).orElseThrow(), "Reader " + System.nanoTime(),
                EnumSet.of(ApiScope.READ)).token();

        Answer answer = new ApiHttp(port, token).get("/api/v1/webhook-endpoints");

        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.field("detail")).contains("webhooks:manage");
    }
}
