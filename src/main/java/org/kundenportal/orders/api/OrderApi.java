package org.kundenportal.orders.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.kundenportal.base.db.Upserted;
import org.kundenportal.base.i18n.Formats;
import org.kundenportal.base.mail.PortalLinks;
import org.kundenportal.base.security.PortalScope;
import org.kundenportal.contacts.api.ContactReferences;
import org.kundenportal.contacts.domain.ContactRepository;
import org.kundenportal.documents.api.DocumentJson;
import org.kundenportal.documents.domain.DocumentLine;
import org.kundenportal.documents.domain.DocumentLines;
import org.kundenportal.documents.domain.DocumentRef;
import org.kundenportal.integration.api.ApiCaller;
import org.kundenportal.integration.api.ExternalIds;
import org.kundenportal.integration.api.IntegrationApi;
import org.kundenportal.integration.api.NotFoundException;
import org.kundenportal.integration.api.PutAnswer;
import org.kundenportal.integration.api.RequestHash;
import org.kundenportal.integration.api.UnknownReference;
import org.kundenportal.orders.domain.Carrier;
import org.kundenportal.orders.domain.CarrierRepository;
import org.kundenportal.orders.domain.DeliveryRepository;
import org.kundenportal.orders.domain.DeliveryState;
import org.kundenportal.orders.domain.NewDeliveryLine;
import org.kundenportal.orders.domain.OrderDetail;
import org.kundenportal.orders.domain.OrderImport;
import org.kundenportal.orders.domain.OrderRepository;
import org.kundenportal.orders.domain.OrderService;
import org.kundenportal.quotes.domain.QuoteDraft;
import org.kundenportal.quotes.domain.QuoteEditing;
import org.kundenportal.settings.domain.PaymentTerm;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;

/** Web shop and ERP orders written under their own ids, with their deliveries and tracking numbers. */
@IntegrationApi
@Tag(name = "Orders", description = "Sales orders and their deliveries (scope documents:write to write)")
class OrderApi {

    private final OrderService service;
    private final OrderRepository orders;
    private final DeliveryRepository deliveries;
    private final CarrierRepository carriers;
    private final QuoteEditing quotes;
    private final DocumentLines lines;
    private final ContactRepository contacts;
    private final ContactReferences references;
    private final RequestHash hash;
    private final PortalLinks links;

    OrderApi(OrderService service, OrderRepository orders, DeliveryRepository deliveries, CarrierRepository carriers,
             QuoteEditing quotes, DocumentLines lines, ContactRepository contacts, ContactReferences references, RequestHash hash, PortalLinks links) {
        this.service = service;
        this.orders = orders;
        this.deliveries = deliveries;
        this.carriers = carriers;
        this.quotes = quotes;
        this.lines = lines;
        this.contacts = contacts;
        this.references = references;
        this.hash = hash;
        this.links = links;
    }

    @PutMapping("/api/v1/orders/{externalId}")
    @Operation(summary = "Place an order, or add and move on its deliveries",
            description = "Idempotent: the same request again changes nothing and answers the same body (200). The "
                    + "order is confirmed at once; its content cannot change afterwards (409). Deliveries are "
                    + "created, made ready, shipped (the customer is mailed the tracking links), delivered or "
                    + "cancelled like staff do it in the back office.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(name = "order", value = OrderExamples.REQUEST))),
            responses = {
                    @ApiResponse(responseCode = "201", description = "Placed", content = @Content(
                            examples = @ExampleObject(name = "order", value = OrderExamples.RESOURCE))),
                    @ApiResponse(responseCode = "200", description = "Deliveries changed, or unchanged",
                            content = @Content(examples = @ExampleObject(name = "order",
                                    value = OrderExamples.RESOURCE)))})
    ResponseEntity<OrderJson.Resource> put(@PathVariable String externalId, @Valid @RequestBody OrderJson.Request request) {
        ExternalIds.require(externalId);
        long companyId = references.company("company", request.company());
        Long contactId = references.person("contact", request.contact());
        Long paymentTermId = request.paymentTerm() == null ? quotes.newDraft().paymentTermId()
                : quotes.paymentTerms().stream().filter(term -> term.code().equals(request.paymentTerm()))
                .map(PaymentTerm::id).findFirst()
                .orElseThrow(() -> UnknownReference.of("paymentTerm", "payment term", request.paymentTerm()));
        QuoteDraft content = new QuoteDraft(null, 0, companyId, contactId, request.reference(), request.date(), null,
                paymentTermId, false, false, BigDecimal.valueOf(100), request.note(),
                DocumentJson.lines(request.lines(), false));
        List<OrderImport.DeliveryImport> wanted = new ArrayList<>();
        List<OrderJson.Delivery> sent = request.deliveries() == null ? List.of() : request.deliveries();
        for (int i = 0; i < sent.size(); i++) {
            OrderJson.Delivery delivery = sent.get(i);
            String field = "deliveries[" + i + "].carrier";
            Long carrierId = delivery.carrier() == null ? null : carriers.byCode(delivery.carrier()).map(Carrier::id)
                    .orElseThrow(() -> UnknownReference.of(field, "carrier", delivery.carrier()));
            wanted.add(new OrderImport.DeliveryImport(delivery.scheduledDate(),
                    DeliveryState.valueOf(delivery.state().toUpperCase(Locale.ROOT)),
                    delivery.lines() == null ? List.of() : delivery.lines().stream()
                            .map(line -> new NewDeliveryLine(line.description(), line.quantity(), line.unit())).toList(),
                    carrierId, delivery.trackingNumbers(), delivery.shippedDate(), delivery.deliveredDate()));
        }
        Upserted written = service.put(new OrderImport(externalId, hash.of(request.content()),
                !"back_office".equals(request.source()), content, wanted), ApiCaller.actor().id());
        return PutAnswer.of(written, resource(written.id()));
    }

    @GetMapping("/api/v1/orders/{externalId}")
    @Operation(summary = "Read an order with its deliveries and invoices",
            responses = @ApiResponse(responseCode = "200", description = "The order", content = @Content(
                    examples = @ExampleObject(name = "order", value = OrderExamples.RESOURCE))))
    OrderJson.Resource get(@PathVariable String externalId) {
        return orders.findExternal(externalId).map(row -> resource(row.id()))
                .orElseThrow(() -> new NotFoundException("order", externalId));
    }

    private OrderJson.Resource resource(long id) {
        OrderDetail order = orders.byId(id).orElseThrow();
        List<DocumentLine> orderLines = lines.of(DocumentRef.saleOrder(id));
        List<OrderJson.DeliveryOut> shipments = deliveries.of(id).stream()
                .map(delivery -> new OrderJson.DeliveryOut(delivery.number(), lower(delivery.state().name()),
                        delivery.scheduledDate(), delivery.shippedDate(), delivery.deliveredDate(),
                        delivery.lines().stream().map(line -> new OrderJson.DeliveryLine(line.description(),
                                DocumentJson.plain(line.quantity()), line.unit())).toList(),
                        delivery.trackings().stream().map(tracking -> new OrderJson.Tracking(tracking.carrierName(),
                                tracking.trackingNumber(), tracking.url())).toList()))
                .toList();
        List<OrderJson.InvoiceOut> invoices = orders.invoices(PortalScope.staff(), id, LocalDate.now(Formats.ZONE))
                .stream().map(invoice -> new OrderJson.InvoiceOut(invoice.number(), invoice.invoiceDate(),
                        lower(invoice.status().name()), invoice.amount())).toList();
        return new OrderJson.Resource(orders.externalId(id), order.number(), lower(order.source().name()),
                contacts.externalId(order.customerId()), order.customerName(), order.reference(), order.orderDate(),
                order.currency().getCurrencyCode(), DocumentJson.linesOut(orderLines), DocumentJson.totals(orderLines),
                lower(orders.state(id).name()), lower(orders.deliveryStatus(id).name()), shipments, invoices,
                links.to("orders/" + order.number()));
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
