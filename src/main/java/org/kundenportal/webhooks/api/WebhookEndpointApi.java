package org.kundenportal.webhooks.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.kundenportal.integration.api.IntegrationApi;
import org.kundenportal.integration.api.NotFoundException;
import org.kundenportal.webhooks.domain.CreatedEndpoint;
import org.kundenportal.webhooks.domain.WebhookEndpoint;
import org.kundenportal.webhooks.domain.WebhookEndpointService;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

/** Webhook endpoints registered by the receiving system itself (scope webhooks:manage for every method). */
@IntegrationApi
@Tag(name = "Webhook endpoints", description = "Where the portal sends its events (scope webhooks:manage)")
class WebhookEndpointApi {

    @Schema(name = "WebhookEndpointRequest")
    record Request(@Schema(description = "https; private and loopback addresses only where the installation allows them",
                           example = "https://erp.example.com/hooks/portal") @NotBlank @Size(max = 500) String url,
                   @Schema(description = "event types, see the list in GET /api/v1/webhook-endpoints/event-types",
                           example = "[\"quote.accepted\", \"invoice.paid\"]") @NotEmpty Set<@NotBlank String> events,
                   @Size(max = 500) String description) {
    }

    @Schema(name = "WebhookEndpoint", description = "secret: only in the answer to POST, shown this once")
    record Resource(long id, String url, List<String> events, String description, boolean enabled,
                    Instant failingSince, Instant disabledAt, Instant createdAt, String secret) {
    }

    @Schema(name = "WebhookEventTypes")
    record EventTypes(List<String> events) {
    }

    private static final String REQUEST = """
            {"url": "https://erp.example.com/hooks/portal", "events": ["quote.accepted", "invoice.paid"],
             "description": "ERP order intake"}""";
    private static final String CREATED = """
            {"id": 7, "url": "https://erp.example.com/hooks/portal", "events": ["invoice.paid", "quote.accepted"],
             "description": "ERP order intake", "enabled": true, "createdAt": "2026-12-06T09:00:00Z",
             "secret": "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"}""";
    private static final String LIST = """
            [{"id": 7, "url": "https://erp.example.com/hooks/portal", "events": ["invoice.paid", "quote.accepted"],
              "description": "ERP order intake", "enabled": true, "createdAt": "2026-12-06T09:00:00Z"}]""";
    private static final String TYPES = """
            {"events": ["quote.accepted", "quote.declined", "invoice.payment_announced", "invoice.paid"]}""";

    private final WebhookEndpointService endpoints;

    WebhookEndpointApi(WebhookEndpointService endpoints) {
        this.endpoints = endpoints;
    }

    @PostMapping("/api/v1/webhook-endpoints")
    @Operation(summary = "Register an endpoint", description = "Answers with the endpoint's id and its signing secret "
            + "(whsec_…), shown only here. Deliveries follow the Standard Webhooks specification: headers webhook-id, "
            + "webhook-timestamp and webhook-signature (v1,<base64 HMAC-SHA256 of \"id.timestamp.body\">).",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(name = "endpoint", value = REQUEST))),
            responses = @ApiResponse(responseCode = "201", description = "Registered", content = @Content(
                    examples = @ExampleObject(name = "endpoint", value = CREATED))))
    ResponseEntity<Resource> create(@Valid @RequestBody Request request) {
        CreatedEndpoint created = endpoints.create(request.url(), request.events(), request.description());
        return ResponseEntity.status(201).body(resource(created.endpoint(), created.secret()));
    }

    @GetMapping("/api/v1/webhook-endpoints")
    @Operation(summary = "List the endpoints", responses = @ApiResponse(responseCode = "200", description = "Endpoints",
            content = @Content(examples = @ExampleObject(name = "endpoints", value = LIST))))
    List<Resource> list() {
        return endpoints.list().stream().map(endpoint -> resource(endpoint, null)).toList();
    }

    @GetMapping("/api/v1/webhook-endpoints/event-types")
    @Operation(summary = "The event types an endpoint can subscribe to", responses = @ApiResponse(responseCode = "200",
            description = "Event types", content = @Content(examples = @ExampleObject(name = "types", value = TYPES))))
    EventTypes eventTypes() {
        return new EventTypes(WebhookEndpointService.eventTypes());
    }

    @GetMapping("/api/v1/webhook-endpoints/{id}")
    @Operation(summary = "Read an endpoint", responses = @ApiResponse(responseCode = "200", description = "The endpoint",
            content = @Content(examples = @ExampleObject(name = "endpoint", value = CREATED))))
    Resource get(@PathVariable long id) {
        return endpoints.find(id).map(endpoint -> resource(endpoint, null))
                .orElseThrow(() -> new NotFoundException("webhook endpoint", Long.toString(id)));
    }

    @DeleteMapping("/api/v1/webhook-endpoints/{id}")
    @Operation(summary = "Delete an endpoint with its pending deliveries",
            responses = @ApiResponse(responseCode = "204", description = "Deleted"))
    ResponseEntity<Void> delete(@PathVariable long id) {
        if (!endpoints.delete(id)) {
            throw new NotFoundException("webhook endpoint", Long.toString(id));
        }
        return ResponseEntity.noContent().build();
    }

    private static Resource resource(WebhookEndpoint endpoint, String secret) {
        return new Resource(endpoint.id(), endpoint.url(), List.copyOf(new TreeSet<>(endpoint.eventTypes())),
                endpoint.description(), endpoint.enabled(), endpoint.failingSince(), endpoint.disabledAt(),
                endpoint.createdAt(), secret);
    }
}
