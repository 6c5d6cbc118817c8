package org.kundenportal.receipts.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.kundenportal.base.db.Upserted;
import org.kundenportal.contacts.domain.ContactRepository;
import org.kundenportal.documents.api.DocumentJson;
import org.kundenportal.documents.domain.DocumentLine;
import org.kundenportal.integration.api.ApiProblem;
import org.kundenportal.integration.api.ApiProblems;
import org.kundenportal.integration.api.ExternalIds;
import org.kundenportal.integration.api.IntegrationApi;
import org.kundenportal.integration.api.PutAnswer;
import org.kundenportal.integration.api.NotFoundException;
import org.kundenportal.integration.api.RequestHash;
import org.kundenportal.integration.api.UnknownReference;
import org.kundenportal.receipts.domain.Cashiers;
import org.kundenportal.receipts.domain.EmployeeRepository;
import org.kundenportal.receipts.domain.Receipt;
import org.kundenportal.receipts.domain.ReceiptImport;
import org.kundenportal.receipts.domain.ReceiptPayment;
import org.kundenportal.receipts.domain.ReceiptRepository;
import org.kundenportal.receipts.domain.ReceiptService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;

/** POS receipts written by the POS under its own ids, one by one or up to 1,000 at a time. */
@IntegrationApi
@Tag(name = "Receipts", description = "POS receipts (scope receipts:write to write)")
class ReceiptApi {

    private final ReceiptService service;
    private final ReceiptRepository receipts;
    private final EmployeeRepository employees;
    private final ContactRepository contacts;
    private final RequestHash hash;
    private final ApiProblems problems;
    private final String baseUrl;

    ReceiptApi(ReceiptService service, ReceiptRepository receipts, EmployeeRepository employees,
               ContactRepository contacts, RequestHash hash, ApiProblems problems,
               @Value("${kundenportal.base-url}") String baseUrl) {
        this.service = service;
        this.receipts = receipts;
        this.employees = employees;
        this.contacts = contacts;
        this.hash = hash;
        this.problems = problems;
        this.baseUrl = baseUrl;
    }

    @PutMapping("/api/v1/receipts/{externalId}")
    @Operation(summary = "Create or replace a receipt",
            description = "Idempotent: the same request again changes nothing and answers the same body (200).",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(name = "receipt", value = ReceiptExamples.REQUEST))),
            responses = {
                    @ApiResponse(responseCode = "201", description = "Created", content = @Content(
                            examples = @ExampleObject(name = "receipt", value = ReceiptExamples.RESOURCE))),
                    @ApiResponse(responseCode = "200", description = "Replaced, or unchanged", content = @Content(
                            examples = @ExampleObject(name = "receipt", value = ReceiptExamples.RESOURCE)))})
    ResponseEntity<ReceiptJson.Resource> put(@PathVariable String externalId,
                                             @Valid @RequestBody ReceiptJson.Request request) {
        Upserted written = service.put(prepare(ExternalIds.require(externalId), request));
        return PutAnswer.of(written, resource(written.id()));
    }

    @GetMapping("/api/v1/receipts/{externalId}")
    @Operation(summary = "Read a receipt", responses = @ApiResponse(responseCode = "200", description = "The receipt",
            content = @Content(examples = @ExampleObject(name = "receipt", value = ReceiptExamples.RESOURCE))))
    ReceiptJson.Resource get(@PathVariable String externalId) {
        return receipts.findExternal(externalId).map(row -> resource(row.id()))
                .orElseThrow(() -> new NotFoundException("receipt", externalId));
    }

    @PostMapping("/api/v1/receipts:batch")
    @Operation(summary = "Create or replace up to 1,000 receipts",
            description = "Each item is written whole or not at all; a refused item does not stop the others. The "
                    + "answer names each item's outcome in the order sent.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(name = "batch", value = ReceiptExamples.BATCH))),
            responses = @ApiResponse(responseCode = "200", description = "Per-item results", content = @Content(
                    examples = @ExampleObject(name = "results", value = ReceiptExamples.BATCH_RESULT))))
    ReceiptJson.BatchResult batch(@Valid @RequestBody ReceiptJson.Batch batch) {
        String instance = "/api/v1/receipts:batch";
        List<ApiProblem> refusedByShape = new ArrayList<>();
        List<ReceiptJson.BatchItem> valid = new ArrayList<>();
        for (int i = 0; i < batch.items().size(); i++) {
            ReceiptJson.BatchItem item = batch.items().get(i);
            ApiProblem problem = problems.violations(item, instance + "#items[" + i + "]");
            if (problem == null && !ExternalIds.valid(item.externalId())) {
                problem = problems.of(org.kundenportal.base.validation.InvalidInputException.of("externalId",
                        "api.error.external-id"), instance + "#items[" + i + "]");
            }
            refusedByShape.add(problem);
            if (problem == null) {
                valid.add(item);
            }
        }
        // the batch's companies and cashiers are looked up once each
        java.util.Map<String, Long> companies = new java.util.HashMap<>();
        java.util.Map<String, Long> cashiers = new java.util.HashMap<>();
        List<ReceiptService.BatchItem> written = service.putAll(valid,
                item -> prepare(item.externalId(), item.request(), companies, cashiers));
        List<ReceiptJson.ItemResult> results = new ArrayList<>();
        int next = 0;
        int failed = 0;
        for (int i = 0; i < batch.items().size(); i++) {
            String externalId = batch.items().get(i).externalId();
            ApiProblem problem = refusedByShape.get(i);
            if (problem == null) {
                ReceiptService.BatchItem outcome = written.get(next++);
                if (outcome.refused() != null) {
                    problem = problems.of(outcome.refused(), instance + "#items[" + i + "]");
                } else {
                    results.add(new ReceiptJson.ItemResult(externalId,
                            outcome.written().outcome().name().toLowerCase(java.util.Locale.ROOT), null));
                    continue;
                }
            }
            failed++;
            results.add(new ReceiptJson.ItemResult(externalId, "failed", problem));
        }
        return new ReceiptJson.BatchResult(results.size() - failed, failed, results);
    }

    private ReceiptImport prepare(String externalId, ReceiptJson.Request request) {
        return prepare(externalId, request, new java.util.HashMap<>(), new java.util.HashMap<>());
    }

    private ReceiptImport prepare(String externalId, ReceiptJson.Request request, java.util.Map<String, Long> companies,
                                  java.util.Map<String, Long> cashiers) {
        Long companyId = companies.computeIfAbsent(request.company(),
                company -> contacts.companyOfExternal(company).orElse(null));
        if (companyId == null) {
            throw UnknownReference.of("company", "company", request.company());
        }
        Long employeeId = cashiers.computeIfAbsent(request.cashier(),
                cashier -> employees.idOfExternal(cashier).orElse(null));
        if (employeeId == null) {
            throw UnknownReference.of("cashier", "employee", request.cashier());
        }
        List<DocumentLine> lines = request.lines().stream()
                .map(line -> DocumentLine.product(line.productCode(), line.description(), line.quantity(), null,
                        line.unitPrice(), line.discountPercent(), line.taxRate()))
                .toList();
        List<ReceiptPayment> payments = request.payments().stream()
                .map(payment -> new ReceiptPayment(payment.method(), payment.amount()))
                .toList();
        Currency currency = DocumentJson.currency(request.currency());
        return new ReceiptImport(externalId, hash.of(request), request.number().strip(), companyId,
                request.register().code().strip(), request.register().name().strip(), request.register().location(),
                employeeId, request.date(), request.orderReference(), currency, lines, payments);
    }

    private ReceiptJson.Resource resource(long id) {
        Receipt receipt = receipts.find(id).orElseThrow();
        var totals = receipt.totals();
        return new ReceiptJson.Resource(receipts.externalId(id), receipt.number(),
                contacts.externalId(receipt.companyId()), receipt.companyName(), receipt.date(),
                new ReceiptJson.Register(receipt.register().code(), receipt.register().name(), receipt.register().location()),
                new ReceiptJson.Cashier(employees.externalId(receipt.cashier().id()), receipt.cashier().name(),
                        receipt.cashier().reference(), Cashiers.cashierLabel(receipt.cashier())),
                receipt.orderReference(), receipt.currency().getCurrencyCode(),
                receipt.lines().stream().map(line -> new ReceiptJson.LineOut(line.productCode(), line.description(),
                        DocumentJson.plain(line.quantity()), line.unitPrice(), DocumentJson.plain(line.discountPercent()), DocumentJson.plain(line.taxRate()),
                        line.amountNet())).toList(),
                receipt.payments().stream().map(payment -> new ReceiptJson.Payment(payment.method(), payment.amount())).toList(),
                new ReceiptJson.Totals(totals.untaxed(), totals.tax(), totals.total()),
                baseUrl + "/receipts/" + URLEncoder.encode(receipt.number(), StandardCharsets.UTF_8));
    }
}
