package org.kundenportal.invoices.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kundenportal.base.db.Upserted;
import org.kundenportal.base.mail.PortalLinks;
import org.kundenportal.contacts.api.ContactReferences;
import org.kundenportal.contacts.domain.ContactRepository;
import org.kundenportal.documents.api.DocumentJson;
import org.kundenportal.documents.domain.DocumentLine;
import org.kundenportal.documents.domain.DocumentLines;
import org.kundenportal.documents.domain.DocumentRef;
import org.kundenportal.integration.api.ApiCaller;
import org.kundenportal.integration.api.ExternalIds;
import org.kundenportal.integration.api.IntegrationApi;
import org.kundenportal.integration.api.PutAnswer;
import org.kundenportal.integration.api.NotFoundException;
import org.kundenportal.integration.api.RequestHash;
import org.kundenportal.integration.api.UnknownReference;
import org.kundenportal.invoices.domain.Direction;
import org.kundenportal.invoices.domain.Invoice;
import org.kundenportal.invoices.domain.InvoiceImport;
import org.kundenportal.invoices.domain.InvoiceRepository;
import org.kundenportal.invoices.domain.InvoiceService;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;

/** Customer invoices and vendor bills written by the ERP under its own ids, and the payments read back. */
@IntegrationApi
@Tag(name = "Invoices", description = "Customer invoices and vendor bills (scope documents:write to write)")
class InvoiceApi {

    private final InvoiceService service;
    private final InvoiceRepository invoices;
    private final DocumentLines lines;
    private final ContactRepository contacts;
    private final ContactReferences references;
    private final RequestHash hash;
    private final PortalLinks links;

    InvoiceApi(InvoiceService service, InvoiceRepository invoices, DocumentLines lines, ContactRepository contacts, ContactReferences references,
               RequestHash hash, PortalLinks links) {
        this.service = service;
        this.invoices = invoices;
        this.lines = lines;
        this.contacts = contacts;
        this.references = references;
        this.hash = hash;
        this.links = links;
    }

    @PutMapping("/api/v1/invoices/{externalId}")
    @Operation(summary = "Create or replace an invoice or vendor bill, or add payments to it",
            description = "Idempotent: the same request again changes nothing and answers the same body (200). "
                    + "A draft can be replaced; a posted or cancelled invoice cannot (409), except that payments not "
                    + "registered before (by their id) are added to it.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(name = "invoice", value = InvoiceExamples.REQUEST))),
            responses = {
                    @ApiResponse(responseCode = "201", description = "Created", content = @Content(
                            examples = @ExampleObject(name = "invoice", value = InvoiceExamples.RESOURCE))),
                    @ApiResponse(responseCode = "200", description = "Replaced, payments added, or unchanged",
                            content = @Content(examples = @ExampleObject(name = "invoice",
                                    value = InvoiceExamples.RESOURCE)))})
    ResponseEntity<InvoiceJson.Resource> put(@PathVariable String externalId,
                                             @Valid @RequestBody InvoiceJson.Request request) {
        ExternalIds.require(externalId);
        long companyId = references.company("company", request.company());
        Long contactId = references.person("contact", request.contact());
        Long paymentTermId = request.paymentTerm() == null ? null : invoices.paymentTerm(null, request.paymentTerm())
                .map(InvoiceRepository.Term::id)
                .orElseThrow(() -> UnknownReference.of("paymentTerm", "payment term", request.paymentTerm()));
        List<DocumentLine> documentLines = DocumentJson.lines(request.lines(), false);
        List<InvoiceImport.PaymentImport> payments = request.payments() == null ? List.of() : request.payments().stream()
                .map(payment -> new InvoiceImport.PaymentImport(payment.id(), payment.amount(), payment.date(),
                        payment.note()))
                .toList();
        Upserted written = service.put(new InvoiceImport(externalId, hash.of(request.content()),
                "in".equals(request.direction()) ? Direction.IN : Direction.OUT, companyId, contactId, null,
                request.reference(), request.date(), request.dueDate(), paymentTermId,
                DocumentJson.currency(request.currency()), documentLines,
                "posted".equals(request.state()), payments), ApiCaller.actor().id());
        // the ids the request named are the ones stored: spares looking them up again for the answer
        return PutAnswer.of(written, resource(invoices.find(written.id()).orElseThrow(), externalId, request.company(),
                request.contact()));
    }

    @GetMapping("/api/v1/invoices/{externalId}")
    @Operation(summary = "Read an invoice with its payments",
            responses = @ApiResponse(responseCode = "200", description = "The invoice", content = @Content(
                    examples = @ExampleObject(name = "invoice", value = InvoiceExamples.RESOURCE))))
    InvoiceJson.Resource get(@PathVariable String externalId) {
        return invoices.findExternal(externalId).map(row -> resource(row.id()))
                .orElseThrow(() -> new NotFoundException("invoice", externalId));
    }

    private InvoiceJson.Resource resource(long id) {
        Invoice invoice = invoices.find(id).orElseThrow();
        return resource(invoice, invoices.externalId(id), contacts.externalId(invoice.companyId()),
                invoice.contactId() == null ? null : contacts.externalId(invoice.contactId()));
    }

    private InvoiceJson.Resource resource(Invoice invoice, String externalId, String companyExternalId,
                                          String contactExternalId) {
        long id = invoice.id();
        List<DocumentLine> invoiceLines = lines.of(DocumentRef.invoice(id));
        Map<Long, String> keys = invoices.paymentKeys(id);
        List<InvoiceJson.PaymentOut> payments = invoices.payments(id).stream()
                .map(payment -> new InvoiceJson.PaymentOut(InvoiceService.apiPaymentId(id, keys.get(payment.id())),
                        payment.method().name(), payment.state().name(), payment.amount(), payment.paymentDate()))
                .toList();
        return new InvoiceJson.Resource(externalId, invoice.number(),
                invoice.direction().name().toLowerCase(Locale.ROOT), companyExternalId,
                invoice.companyName(), contactExternalId,
                invoice.reference(), invoice.invoiceDate(), invoice.dueDate(), invoice.currency().getCurrencyCode(),
                DocumentJson.linesOut(invoiceLines), DocumentJson.totals(invoiceLines),
                invoice.state().name().toLowerCase(Locale.ROOT), invoice.sentAt(),
                invoice.status().name().toLowerCase(Locale.ROOT), invoice.paid(), invoice.amountDue(), payments,
                invoice.saleOrderNumber(), links.to("invoices/" + invoice.number()));
    }
}
