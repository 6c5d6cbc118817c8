package org.kundenportal.history.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kundenportal.base.validation.InvalidInputException;
import org.kundenportal.documents.domain.DocumentRef;
import org.kundenportal.documents.domain.DocumentType;
import org.kundenportal.history.domain.DocumentDirectory;
import org.kundenportal.history.domain.DocumentInfo;
import org.kundenportal.history.domain.DocumentMessage;
import org.kundenportal.history.domain.HistoryRepository;
import org.kundenportal.history.domain.HistoryService;
import org.kundenportal.integration.api.ApiCaller;
import org.kundenportal.integration.api.UnknownReference;
import org.kundenportal.integration.api.Cursor;
import org.kundenportal.integration.api.IntegrationApi;
import org.kundenportal.integration.api.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

/** The messages and internal notes of every document's history, for systems that follow the conversations. */
@IntegrationApi
@Tag(name = "Messages", description = "History messages of all documents (scope read)")
public class MessageApi {

    @Schema(name = "Message", description = "internalNote: staff-only; byStaff: written by staff or an API client")
    public record Message(long id, String documentType, String documentNumber, boolean internalNote, String author,
                          boolean byStaff, String text, Instant createdAt, List<String> attachments, String portalUrl) {
    }

    @Schema(name = "MessagePage", description = "next: pass as 'after' for the following page; absent on the last")
    record Page(List<Message> items, String next) {
    }

    private static final String PAGE = """
            {"items": [{"id": 812, "documentType": "INVOICE", "documentNumber": "RE-2026-00031", "internalNote": false,
                        "author": "Anna Becker", "byStaff": false, "text": "Wir haben heute überwiesen.",
                        "createdAt": "2026-12-05T10:12:00Z", "attachments": ["Zahlungsbeleg.pdf"],
                        "portalUrl": "http://localhost:8080/invoices/RE-2026-00031"}],
             "next": "MTc2NDkyOTUyMDAwMDo4MTI"}""";

    private final HistoryRepository history;
    private final HistoryService historyService;
    private final DocumentDirectory documents;
    private final String baseUrl;

    MessageApi(HistoryRepository history, HistoryService historyService, DocumentDirectory documents,
               @Value("${kundenportal.base-url}") String baseUrl) {
        this.history = history;
        this.historyService = historyService;
        this.documents = documents;
        this.baseUrl = baseUrl;
    }

    @GetMapping("/api/v1/messages")
    @Operation(summary = "Messages written since a time, oldest first, paged by cursor",
            description = "Filter by document type, or by one document (type and number). Events are left out.",
            responses = @ApiResponse(responseCode = "200", description = "A page of messages",
                    content = @Content(examples = @ExampleObject(name = "page", value = PAGE))))
    Page messages(@Parameter(description = "SALE_ORDER (quotes and orders), INVOICE, PURCHASE_ORDER, TICKET, "
                          + "SUBSCRIPTION or SIGNATURE") @RequestParam(required = false) DocumentType documentType,
                  @RequestParam(required = false) String documentNumber,
                  @Parameter(description = "ISO-8601, e.g. 2026-12-01T00:00:00Z") @RequestParam(required = false) Instant updatedSince,
                  @Parameter(description = "the 'next' of the previous page") @RequestParam(required = false) String after,
                  @Parameter(description = "1 to 500, 100 when absent") @RequestParam(required = false) Integer limit) {
        Long documentId = null;
        if (documentNumber != null) {
            if (documentType == null) {
                throw InvalidInputException.of("documentType", "api.error.document-type-required");
            }
            documentId = documents.byNumber(documentType, documentNumber).map(DocumentRef::id)
                    .orElseThrow(() -> new NotFoundException(documentType.name().toLowerCase(), documentNumber));
        }
        Cursor cursor = Cursor.decode(after);
        int size = Cursor.limit(limit);
        List<DocumentMessage> found = history.messagesSince(documentType, documentId, updatedSince,
                cursor == null ? null : cursor.at(), cursor == null ? null : cursor.id(), size);
        List<Message> items = messages(found);
        String next = found.size() < size ? null : new Cursor(found.getLast().createdAt(), found.getLast().id()).encode();
        return new Page(items, next);
    }

    @Schema(name = "MessageRequest", description = "documentType: SALE_ORDER (quotes and orders), INVOICE, "
            + "PURCHASE_ORDER, TICKET, SUBSCRIPTION or SIGNATURE")
    record NewMessage(@NotNull DocumentType documentType, @NotBlank @Size(max = 30) String documentNumber,
                      @NotBlank @Size(max = 10_000) String text,
                      @Schema(description = "staff-only note; false when absent") Boolean internalNote) {
    }

    private static final String NEW_MESSAGE = """
            {"documentType": "SALE_ORDER", "documentNumber": "AU-2026-00012",
             "text": "Die Ware hat unser Lager heute verlassen."}""";
    private static final String POSTED = """
            {"id": 913, "documentType": "SALE_ORDER", "documentNumber": "AU-2026-00012", "internalNote": false,
             "author": "API: Demo-ERP", "byStaff": true, "text": "Die Ware hat unser Lager heute verlassen.",
             "createdAt": "2026-12-06T09:30:00Z", "attachments": [],
             "portalUrl": "http://localhost:8080/orders/AU-2026-00012"}""";

    @PostMapping("/api/v1/messages")
    @Operation(summary = "Write a message into a document's history",
            description = "As the API client (\"API: <name>\"); the customer's side is told by mail like for a staff "
                    + "member's message, and message.posted goes out to webhooks. Scope documents:write.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(name = "message", value = NEW_MESSAGE))),
            responses = @ApiResponse(responseCode = "201", description = "Written", content = @Content(
                    examples = @ExampleObject(name = "message", value = POSTED))))
    ResponseEntity<Message> post(@Valid @RequestBody NewMessage message) {
        DocumentRef ref = documents.byNumber(message.documentType(), message.documentNumber())
                .orElseThrow(() -> UnknownReference.of("documentNumber", message.documentType().name().toLowerCase(),
                        message.documentNumber()));
        long id = historyService.post(ApiCaller.actor(), ref, message.text(), List.of(),
                Boolean.TRUE.equals(message.internalNote()));
        DocumentMessage written = history.message(id).orElseThrow();
        return ResponseEntity.status(201).body(messages(List.of(written)).getFirst());
    }

    /** The messages with their documents' numbers and pages, each document looked up once. */
    public List<Message> messages(List<DocumentMessage> found) {
        Map<DocumentRef, Optional<DocumentInfo>> infos = new HashMap<>();
        return found.stream().map(message -> {
            Optional<DocumentInfo> info = infos.computeIfAbsent(message.document(), documents::find);
            return new Message(message.id(), message.document().type().name(),
                    info.map(DocumentInfo::number).orElse(null), message.internalNote(), message.authorName(),
                    message.byStaff(), message.text(), message.createdAt(),
                    message.attachments().stream().map(attachment -> attachment.fileName()).toList(),
                    info.map(document -> baseUrl + "/" + document.portalPath()).orElse(null));
        }).toList();
    }
}
