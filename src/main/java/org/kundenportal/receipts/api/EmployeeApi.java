package org.kundenportal.receipts.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.kundenportal.base.db.Upserted;
import org.kundenportal.integration.api.ExternalIds;
import org.kundenportal.integration.api.IntegrationApi;
import org.kundenportal.integration.api.PutAnswer;
import org.kundenportal.integration.api.NotFoundException;
import org.kundenportal.integration.api.RequestHash;
import org.kundenportal.receipts.domain.Cashiers;
import org.kundenportal.receipts.domain.Employee;
import org.kundenportal.receipts.domain.EmployeeRepository;
import org.kundenportal.receipts.domain.EmployeeService;
import org.kundenportal.receipts.domain.ReceiptType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;

/** Employees who work the registers, with the HR setting how receipts name them, written by the HR or POS system. */
@IntegrationApi
@Tag(name = "Employees", description = "Cashiers and their receipt type (scope contacts:write to write)")
class EmployeeApi {

    @Schema(name = "EmployeeRequest")
    record Request(@Schema(example = "Julia Hartmann") @NotBlank @Size(max = 200) String name,
                   @Schema(description = "personnel number, unique", example = "MA-1001") @NotBlank @Size(max = 30) String reference,
                   @Schema(description = "NAME: receipts print the name; REFERENCE: only the personnel number")
                   @NotNull ReceiptType receiptType,
                   @Schema(description = "true when absent") Boolean active) {
    }

    @Schema(name = "Employee")
    record Resource(String externalId, String name, String reference, ReceiptType receiptType, boolean active,
                    @Schema(description = "what receipts print for this cashier") String shownOnReceipts) {
    }

    private static final String REQUEST = """
            {"name": "Julia Hartmann", "reference": "MA-1001", "receiptType": "NAME", "active": true}""";
    private static final String RESOURCE = """
            {"externalId": "EMP-1001", "name": "Julia Hartmann", "reference": "MA-1001", "receiptType": "NAME",
             "active": true, "shownOnReceipts": "Julia Hartmann"}""";

    private final EmployeeService service;
    private final EmployeeRepository employees;
    private final RequestHash hash;

    EmployeeApi(EmployeeService service, EmployeeRepository employees, RequestHash hash) {
        this.service = service;
        this.employees = employees;
        this.hash = hash;
    }

    @PutMapping("/api/v1/employees/{externalId}")
    @Operation(summary = "Create or replace an employee", description = "Idempotent.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(name = "employee", value = REQUEST))),
            responses = {
                    @ApiResponse(responseCode = "201", description = "Created", content = @Content(
                            examples = @ExampleObject(name = "employee", value = RESOURCE))),
                    @ApiResponse(responseCode = "200", description = "Replaced, or unchanged", content = @Content(
                            examples = @ExampleObject(name = "employee", value = RESOURCE)))})
    ResponseEntity<Resource> put(@PathVariable String externalId, @Valid @RequestBody Request request) {
        Upserted written = service.put(ExternalIds.require(externalId), hash.of(request), request.name(),
                request.reference(), request.receiptType(), request.active() == null || request.active());
        return PutAnswer.of(written, resource(externalId, written.id()));
    }

    @GetMapping("/api/v1/employees/{externalId}")
    @Operation(summary = "Read an employee", responses = @ApiResponse(responseCode = "200", description = "The employee",
            content = @Content(examples = @ExampleObject(name = "employee", value = RESOURCE))))
    Resource get(@PathVariable String externalId) {
        return employees.idOfExternal(externalId).map(id -> resource(externalId, id))
                .orElseThrow(() -> new NotFoundException("employee", externalId));
    }

    private Resource resource(String externalId, long id) {
        Employee employee = employees.find(id).orElseThrow();
        return new Resource(externalId, employee.name(), employee.reference(), employee.receiptType(), employee.active(),
                Cashiers.cashierLabel(employee));
    }
}
