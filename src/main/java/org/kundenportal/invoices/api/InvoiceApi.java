package org.kundenportal.invoices.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import org.kundenportal.base.db.Upserted;
import org.kundenportal.base.mail.PortalLinks;
import org.kundenportal.base.validation.ConflictException;
import org.kundenportal.base.validation.InvalidInputException;
import org.kundenportal.contacts.api.ContactReferences;
import org.kundenportal.contacts.domain.ContactDraft;
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
import org.kundenportal.invoices.domain.EInvoiceFiles;
import org.kundenportal.invoices.domain.Invoice;
import org.kundenportal.invoices.domain.InvoiceImport;
import org.kundenportal.invoices.domain.InvoiceRepository;
import org.kundenportal.invoices.domain.InvoiceService;
import org.kundenportal.invoices.domain.InvoiceState;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

/** Customer invoices and vendor bills written by the ERP under its own ids, and the payments read back. */
@IntegrationApi
@Tag(name = "Invoices", description = "Customer invoices and vendor bills (scope documents:write to write)")
class InvoiceApi {

    private static final String LANG = "de or en: the language of the files' texts (labels, payment terms, units on "
            + "the PDF); the company's language when absent";

    private final InvoiceService service;
    private final InvoiceRepository invoices;
    private final DocumentLines lines;
    private final ContactRepository contacts;
    private final ContactReferences references;
    private final RequestHash hash;
    private final PortalLinks links;
    private final EInvoiceFiles eInvoiceFiles;

    InvoiceApi(InvoiceService service, InvoiceRepository invoices, DocumentLines lines, ContactRepository contacts, ContactReferences references,
               RequestHash hash, PortalLinks links, EInvoiceFiles eInvoiceFiles) {
        this.service = service;
        this.invoices = invoices;
        this.lines = lines;
        this.contacts = contacts;
        this.references = references;
        this.hash = hash;
        this.links = links;
        this.eInvoiceFiles = eInvoiceFiles;
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

    @GetMapping("/api/v1/invoices/{externalId}/pdf")
    @Operation(summary = "Download a customer invoice's ZUGFeRD PDF",
            description = "The invoice as the customer's mail carries it: PDF/A-3 with its EN 16931 XML "
                    + "(factur-x.xml) inside, made from the invoice as it is now (amount due included). Only for "
                    + "posted customer invoices, prepayment invoices and credit notes: a draft or cancelled invoice "
                    + "answers 409, a vendor bill 404.",
            responses = @ApiResponse(responseCode = "200", description = "The ZUGFeRD PDF", content = @Content(
                    mediaType = MediaType.APPLICATION_PDF_VALUE, schema = @Schema(type = "string", format = "binary"),
                    examples = @ExampleObject(name = "pdf", value = InvoiceExamples.PDF))))
    ResponseEntity<byte[]> pdf(@PathVariable String externalId, @Parameter(description = LANG) @RequestParam(
            required = false) String lang) {
        return file(externalId, lang, eInvoiceFiles::zugferdPdf, MediaType.APPLICATION_PDF, ".pdf");
    }

    @GetMapping("/api/v1/invoices/{externalId}/xrechnung")
    @Operation(summary = "Download a customer invoice's XRechnung",
            description = "The invoice as XRechnung 3.0 (UN/CEFACT CII XML), as mailed to companies that want it. "
                    + "Only for posted customer invoices, prepayment invoices and credit notes: a draft or cancelled "
                    + "invoice answers 409, a vendor bill 404.",
            responses = @ApiResponse(responseCode = "200", description = "The XRechnung", content = @Content(
                    mediaType = MediaType.APPLICATION_XML_VALUE,
                    examples = @ExampleObject(name = "xrechnung", value = InvoiceExamples.XRECHNUNG))))
    ResponseEntity<byte[]> xrechnung(@PathVariable String externalId, @Parameter(description = LANG) @RequestParam(
            required = false) String lang) {
        return file(externalId, lang, eInvoiceFiles::xrechnung, MediaType.APPLICATION_XML, ".xml");
    }

    /** A customer invoice that has e-invoice files; the reason in the answer otherwise. */
    private Invoice eInvoiceOf(String externalId) {
        Invoice invoice = invoices.findExternal(externalId).flatMap(row -> invoices.find(row.id()))
                .orElseThrow(() -> new NotFoundException("invoice", externalId));
        if (invoice.direction() == Direction.IN) {
            throw NotFoundException.because("Invoice '" + externalId + "' is a vendor bill: e-invoices are made only "
                    + "of customer invoices.");
        }
        if (invoice.state() != InvoiceState.POSTED) {
            throw noEInvoice(invoice.number(), invoice.state());
        }
        return invoice;
    }

    private static ConflictException noEInvoice(String number, InvoiceState state) {
        return new ConflictException(state == InvoiceState.DRAFT ? "invoices.api.einvoice-draft"
                : "invoices.api.einvoice-cancelled", number);
    }

    private static void requireLanguage(String lang) {
        if (lang != null && !"de".equals(lang) && !"en".equals(lang)) {
            throw InvalidInputException.of("lang", "invoices.api.lang-invalid");
        }
    }

    /** The requested language, else the company's. */
    private Locale locale(Invoice invoice, String lang) {
        return Locale.of(lang != null ? lang
                : contacts.find(invoice.companyId()).map(ContactDraft::language).orElse("de"));
    }

    /** One of the invoice's e-invoice files, made now; empty when it was cancelled since it was looked up. */
    private ResponseEntity<byte[]> file(String externalId, String lang,
                                        BiFunction<String, Locale, Optional<byte[]>> make, MediaType type,
                                        String extension) {
        requireLanguage(lang);
        Invoice invoice = eInvoiceOf(externalId);
        byte[] content = make.apply(invoice.number(), locale(invoice, lang))
                .orElseThrow(() -> noEInvoice(invoice.number(), InvoiceState.CANCELLED));
        return ResponseEntity.ok()
                .contentType(type)
                .cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(invoice.number() + extension).build().toString())
                .body(content);
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
