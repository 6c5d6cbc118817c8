package org.kundenportal.purchasing.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import org.kundenportal.base.db.Upserted;
import org.kundenportal.base.mail.PortalLinks;
import org.kundenportal.contacts.api.ContactReferences;
import org.kundenportal.contacts.domain.ContactRepository;
import org.kundenportal.documents.api.DocumentJson;
import org.kundenportal.documents.domain.DocumentLine;
import org.kundenportal.documents.domain.DocumentLines;
import org.kundenportal.integration.api.ApiCaller;
import org.kundenportal.integration.api.ExternalIds;
import org.kundenportal.integration.api.IntegrationApi;
import org.kundenportal.integration.api.NotFoundException;
import org.kundenportal.integration.api.PutAnswer;
import org.kundenportal.integration.api.RequestHash;
import org.kundenportal.integration.api.UnknownReference;
import org.kundenportal.purchasing.domain.PurchaseOrder;
import org.kundenportal.purchasing.domain.PurchaseOrderDraft;
import org.kundenportal.purchasing.domain.PurchaseOrderRepository;
import org.kundenportal.purchasing.domain.PurchaseOrderService;
import org.kundenportal.settings.domain.PaymentTermRepository;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;

/** Purchase orders written by the ERP under its own ids, and the supplier's acknowledgement read back. */
@IntegrationApi
@Tag(name = "Purchase orders", description = "Orders to suppliers (scope documents:write to write)")
class PurchaseOrderApi {

    private final PurchaseOrderService service;
    private final PurchaseOrderRepository orders;
    private final DocumentLines lines;
    private final ContactRepository contacts;
    private final ContactReferences references;
    private final RequestHash hash;
    private final PortalLinks links;
    private final PaymentTermRepository paymentTerms;

    PurchaseOrderApi(PurchaseOrderService service, PurchaseOrderRepository orders, DocumentLines lines,
                     ContactRepository contacts, ContactReferences references, RequestHash hash, PortalLinks links, PaymentTermRepository paymentTerms) {
        this.paymentTerms = paymentTerms;
        this.service = service;
        this.orders = orders;
        this.lines = lines;
        this.contacts = contacts;
        this.references = references;
        this.hash = hash;
        this.links = links;
    }

    @PutMapping("/api/v1/purchase-orders/{externalId}")
    @Operation(summary = "Create or replace a purchase order",
            description = "Idempotent: the same request again changes nothing and answers the same body (200). "
                    + "\"state\": \"sent\" sends it to the supplier like the back office's \"save and send\". Only a "
                    + "draft can be replaced; a sent order answers a changed request with 409.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(name = "purchase order", value = PurchaseOrderExamples.REQUEST))),
            responses = {
                    @ApiResponse(responseCode = "201", description = "Created", content = @Content(
                            examples = @ExampleObject(name = "purchase order", value = PurchaseOrderExamples.RESOURCE))),
                    @ApiResponse(responseCode = "200", description = "Replaced, or unchanged", content = @Content(
                            examples = @ExampleObject(name = "purchase order", value = PurchaseOrderExamples.RESOURCE)))})
    ResponseEntity<PurchaseOrderJson.Resource> put(@PathVariable String externalId,
                                                   @Valid @RequestBody PurchaseOrderJson.Request request) {
        ExternalIds.require(externalId);
        long supplierId = references.company("supplier", request.supplier());
        Long contactId = references.person("contact", request.contact());
        Long paymentTermId = request.paymentTerm() == null ? null : paymentTerms.idOf(request.paymentTerm())
                .orElseThrow(() -> UnknownReference.of("paymentTerm", "payment term", request.paymentTerm()));
        PurchaseOrderDraft content = new PurchaseOrderDraft(null, 0, supplierId, contactId, request.reference(),
                request.date(), request.expectedDate(), paymentTermId, request.note(),
                DocumentJson.lines(request.lines(), true));
        Upserted written = service.put(externalId, hash.of(request), content, "sent".equals(request.state()),
                ApiCaller.actor().id());
        return PutAnswer.of(written, resource(written.id()));
    }

    @GetMapping("/api/v1/purchase-orders/{externalId}")
    @Operation(summary = "Read a purchase order with the supplier's acknowledgement",
            responses = @ApiResponse(responseCode = "200", description = "The purchase order", content = @Content(
                    examples = @ExampleObject(name = "purchase order", value = PurchaseOrderExamples.RESOURCE))))
    PurchaseOrderJson.Resource get(@PathVariable String externalId) {
        return orders.findExternal(externalId).map(row -> resource(row.id()))
                .orElseThrow(() -> new NotFoundException("purchase order", externalId));
    }

    private PurchaseOrderJson.Resource resource(long id) {
        PurchaseOrder order = orders.findForStaff(id).orElseThrow();
        List<DocumentLine> orderLines = lines.of(order.ref());
        return new PurchaseOrderJson.Resource(orders.externalId(id), order.number(),
                contacts.externalId(order.supplierCompanyId()), order.supplierName(),
                order.supplierContactId() == null ? null : contacts.externalId(order.supplierContactId()),
                order.reference(), order.orderDate(), order.expectedDate(), order.currency().getCurrencyCode(),
                DocumentJson.linesOut(orderLines), DocumentJson.totals(orderLines),
                order.state().name().toLowerCase(Locale.ROOT), order.sentAt(),
                order.acknowledgedAt() == null ? null : new PurchaseOrderJson.Acknowledgement(order.acknowledgedAt(),
                        order.acknowledgedBy(), order.confirmedDate()),
                order.receivedAt(), order.cancelledAt(), links.to("purchase-orders/" + order.number()));
    }
}
