package org.kundenportal.quotes.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.util.List;
import org.kundenportal.base.db.Upserted;
import org.kundenportal.base.mail.PortalLinks;
import org.kundenportal.contacts.api.ContactReferences;
import org.kundenportal.contacts.domain.ContactRepository;
import org.kundenportal.documents.api.DocumentJson;
import org.kundenportal.documents.domain.DocumentLine;
import org.kundenportal.integration.api.ApiCaller;
import org.kundenportal.integration.api.ExternalIds;
import org.kundenportal.integration.api.IntegrationApi;
import org.kundenportal.integration.api.NotFoundException;
import org.kundenportal.integration.api.PutAnswer;
import org.kundenportal.integration.api.RequestHash;
import org.kundenportal.integration.api.UnknownReference;
import org.kundenportal.quotes.domain.Quote;
import org.kundenportal.quotes.domain.QuoteDraft;
import org.kundenportal.quotes.domain.QuoteEditing;
import org.kundenportal.quotes.domain.QuoteRepository;
import org.kundenportal.settings.domain.PaymentTerm;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;

/** Quotes written by the ERP under its own ids, and the customer's answer read back. */
@IntegrationApi
@Tag(name = "Quotes", description = "Quotes to customers and their answers (scope documents:write to write)")
class QuoteApi {

    private final QuoteEditing editing;
    private final QuoteRepository quotes;
    private final ContactRepository contacts;
    private final ContactReferences references;
    private final RequestHash hash;
    private final PortalLinks links;

    QuoteApi(QuoteEditing editing, QuoteRepository quotes, ContactRepository contacts, ContactReferences references, RequestHash hash,
             PortalLinks links) {
        this.editing = editing;
        this.quotes = quotes;
        this.contacts = contacts;
        this.references = references;
        this.hash = hash;
        this.links = links;
    }

    @PutMapping("/api/v1/quotes/{externalId}")
    @Operation(summary = "Create or replace a quote",
            description = "Idempotent: the same request again changes nothing and answers the same body (200). "
                    + "\"state\": \"sent\" makes the quote visible in the portal and mails it to the customer; "
                    + "replacing a sent quote nobody has answered yet sends it again. Once the customer has "
                    + "accepted or declined it (or it was cancelled or became an order) a changed request is "
                    + "answered 409.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(name = "quote", value = QuoteExamples.REQUEST))),
            responses = {
                    @ApiResponse(responseCode = "201", description = "Created", content = @Content(
                            examples = @ExampleObject(name = "quote", value = QuoteExamples.RESOURCE))),
                    @ApiResponse(responseCode = "200", description = "Replaced, or unchanged", content = @Content(
                            examples = @ExampleObject(name = "quote", value = QuoteExamples.RESOURCE)))})
    ResponseEntity<QuoteJson.Resource> put(@PathVariable String externalId, @Valid @RequestBody QuoteJson.Request request) {
        ExternalIds.require(externalId);
        long companyId = references.company("company", request.company());
        Long contactId = references.person("contact", request.contact());
        Long paymentTermId = request.paymentTerm() == null ? editing.newDraft().paymentTermId()
                : editing.paymentTerms().stream().filter(term -> term.code().equals(request.paymentTerm()))
                .map(PaymentTerm::id).findFirst()
                .orElseThrow(() -> UnknownReference.of("paymentTerm", "payment term", request.paymentTerm()));
        List<DocumentLine> lines = DocumentJson.lines(request.lines(), false);
        boolean prepayment = request.prepaymentPercent() != null;
        QuoteDraft content = new QuoteDraft(null, 0, companyId, contactId, request.reference(), request.date(),
                request.validUntil(), paymentTermId, Boolean.TRUE.equals(request.requiresSignature()), prepayment,
                prepayment ? request.prepaymentPercent() : BigDecimal.valueOf(100), request.note(), lines);
        Upserted written = editing.put(externalId, hash.of(request), content, "sent".equals(request.state()),
                ApiCaller.actor().id());
        return PutAnswer.of(written, resource(written.id()));
    }

    @GetMapping("/api/v1/quotes/{externalId}")
    @Operation(summary = "Read a quote with the customer's answer",
            responses = @ApiResponse(responseCode = "200", description = "The quote", content = @Content(
                    examples = @ExampleObject(name = "quote", value = QuoteExamples.RESOURCE))))
    QuoteJson.Resource get(@PathVariable String externalId) {
        return quotes.findExternal(externalId).map(row -> resource(row.id()))
                .orElseThrow(() -> new NotFoundException("quote", externalId));
    }

    private QuoteJson.Resource resource(long id) {
        Quote quote = quotes.byId(id).orElseThrow();
        List<DocumentLine> lines = editing.draftOf(quote).lines();
        String paymentTerm = editing.paymentTerms().stream()
                .filter(term -> quote.paymentTermId() != null && term.id() == quote.paymentTermId())
                .map(PaymentTerm::code).findFirst().orElse(null);
        return new QuoteJson.Resource(quotes.externalId(id), quote.number(), contacts.externalId(quote.customerId()),
                quote.customerName(), quote.contactId() == null ? null : contacts.externalId(quote.contactId()),
                quote.contactName(), quote.reference(), quote.quoteDate(), quote.validUntil(), paymentTerm,
                quote.note(), quote.requiresSignature(),
                quote.requiresPayment() ? DocumentJson.plain(quote.prepaymentPercent()) : null,
                quote.currency().getCurrencyCode(), DocumentJson.linesOut(lines), DocumentJson.totals(lines),
                state(quote), quote.sentAt(),
                quote.signedAt() == null ? null
                        : new QuoteJson.Signature(quote.signedName(), quote.signedAt(), quote.hasSignatureImage()),
                quote.declinedAt() == null ? null : new QuoteJson.Declined(quote.declinedAt(), quote.declineReason()),
                quote.declinedAt() == null ? quote.cancelledAt() : null,
                quotes.prepaymentInvoiceNumber(id).orElse(null),
                quote.feedbackGiven()
                        ? new QuoteJson.Feedback(quote.feedbackRating(), quote.feedbackText(), quote.feedbackAt()) : null,
                links.to("quotes/" + quote.number()));
    }

    /** What the quote is to the sending system: its stored state with the customer's answer. */
    static String state(Quote quote) {
        return switch (quote.status()) {
            case DRAFT -> "draft";
            case OPEN -> "sent";
            case EXPIRED -> "expired";
            case AWAITING_PAYMENT -> "accepted";
            case CONFIRMED -> "confirmed";
            case CANCELLED -> quote.declinedAt() != null ? "declined" : "cancelled";
        };
    }
}
