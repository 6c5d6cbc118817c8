package org.kundenportal.subscriptions.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.Locale;
import org.kundenportal.base.db.Upserted;
import org.kundenportal.base.mail.PortalLinks;
import org.kundenportal.contacts.api.ContactReferences;
import org.kundenportal.contacts.domain.ContactRepository;
import org.kundenportal.documents.api.DocumentJson;
import org.kundenportal.integration.api.ApiCaller;
import org.kundenportal.integration.api.ExternalIds;
import org.kundenportal.integration.api.IntegrationApi;
import org.kundenportal.integration.api.PutAnswer;
import org.kundenportal.integration.api.NotFoundException;
import org.kundenportal.integration.api.RequestHash;
import org.kundenportal.subscriptions.domain.BillingPeriod;
import org.kundenportal.subscriptions.domain.Subscription;
import org.kundenportal.subscriptions.domain.SubscriptionDraft;
import org.kundenportal.subscriptions.domain.SubscriptionLine;
import org.kundenportal.subscriptions.domain.SubscriptionRepository;
import org.kundenportal.subscriptions.domain.SubscriptionService;
import org.kundenportal.subscriptions.domain.SubscriptionState;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;

/** Customers' subscriptions written by the ERP under its own ids. */
@IntegrationApi
@Tag(name = "Subscriptions", description = "Subscriptions of customer companies (scope subscriptions:write to write)")
class SubscriptionApi {

    private final SubscriptionService service;
    private final SubscriptionRepository subscriptions;
    private final ContactRepository contacts;
    private final ContactReferences references;
    private final RequestHash hash;
    private final PortalLinks links;

    SubscriptionApi(SubscriptionService service, SubscriptionRepository subscriptions, ContactRepository contacts, ContactReferences references,
                    RequestHash hash, PortalLinks links) {
        this.service = service;
        this.subscriptions = subscriptions;
        this.contacts = contacts;
        this.references = references;
        this.hash = hash;
        this.links = links;
    }

    @PutMapping("/api/v1/subscriptions/{externalId}")
    @Operation(summary = "Create or replace a subscription",
            description = "Idempotent: the same request again changes nothing and answers the same body (200). The "
                    + "state moves as in the back office: active ↔ paused, either to cancelled (with the end date). "
                    + "A cancelled or expired subscription answers a changed request with 409.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(name = "subscription", value = SubscriptionExamples.REQUEST))),
            responses = {
                    @ApiResponse(responseCode = "201", description = "Created", content = @Content(
                            examples = @ExampleObject(name = "subscription", value = SubscriptionExamples.RESOURCE))),
                    @ApiResponse(responseCode = "200", description = "Replaced, or unchanged", content = @Content(
                            examples = @ExampleObject(name = "subscription", value = SubscriptionExamples.RESOURCE)))})
    ResponseEntity<SubscriptionJson.Resource> put(@PathVariable String externalId,
                                                  @Valid @RequestBody SubscriptionJson.Request request) {
        ExternalIds.require(externalId);
        long companyId = references.company("company", request.company());
        SubscriptionDraft content = new SubscriptionDraft(null, 0, companyId, request.plan(),
                BillingPeriod.valueOf(request.billingPeriod().toUpperCase(Locale.ROOT)), request.startDate(),
                request.nextInvoiceDate(), request.endDate(), request.currency() == null ? "EUR" : request.currency(),
                null, request.lines().stream().map(line -> new SubscriptionLine(line.code(), line.name(),
                        line.description(), line.quantity(), line.unitPrice())).toList());
        Upserted written = service.put(ApiCaller.actor(), externalId, hash.of(request), content,
                SubscriptionState.valueOf(request.state().toUpperCase(Locale.ROOT)));
        return PutAnswer.of(written, resource(written.id()));
    }

    @GetMapping("/api/v1/subscriptions/{externalId}")
    @Operation(summary = "Read a subscription",
            responses = @ApiResponse(responseCode = "200", description = "The subscription", content = @Content(
                    examples = @ExampleObject(name = "subscription", value = SubscriptionExamples.RESOURCE))))
    SubscriptionJson.Resource get(@PathVariable String externalId) {
        return subscriptions.findExternal(externalId).map(row -> resource(row.id()))
                .orElseThrow(() -> new NotFoundException("subscription", externalId));
    }

    private SubscriptionJson.Resource resource(long id) {
        Subscription subscription = subscriptions.find(id).orElseThrow();
        return new SubscriptionJson.Resource(subscriptions.externalId(id), subscription.number(),
                contacts.externalId(subscription.companyId()), subscription.companyName(), subscription.planName(),
                subscription.state().name().toLowerCase(Locale.ROOT),
                subscription.period().name().toLowerCase(Locale.ROOT), subscription.startDate(),
                subscription.nextInvoiceDate(), subscription.endDate(), subscription.currency().getCurrencyCode(),
                subscription.lines().stream().map(line -> new SubscriptionJson.LineOut(line.code(), line.name(),
                        line.description(), DocumentJson.plain(line.quantity()), line.unitPrice(), line.amount()))
                        .toList(),
                subscription.recurringTotal(), links.to("subscriptions/" + subscription.number()));
    }
}
