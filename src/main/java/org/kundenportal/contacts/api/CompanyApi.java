package org.kundenportal.contacts.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.kundenportal.base.db.Upserted;
import org.kundenportal.base.validation.InvalidInputException;
import org.kundenportal.contacts.domain.ContactDraft;
import org.kundenportal.contacts.domain.ContactRepository;
import org.kundenportal.contacts.domain.ContactRow;
import org.kundenportal.contacts.domain.ContactService;
import org.kundenportal.integration.api.ApiCaller;
import org.kundenportal.integration.api.ExternalIds;
import org.kundenportal.integration.api.IntegrationApi;
import org.kundenportal.integration.api.PutAnswer;
import org.kundenportal.integration.api.NotFoundException;
import org.kundenportal.integration.api.RequestHash;
import org.kundenportal.integration.api.UnknownReference;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;

/** Customer, supplier and partner companies with their persons, as the ERP knows them. */
@IntegrationApi
@Tag(name = "Companies", description = "Companies and their persons (scope contacts:write to write)")
class CompanyApi {

    @Schema(name = "CompanyRequest")
    record Request(@Schema(example = "Bäckerei Sonnenschein GmbH") @NotBlank @Size(max = 200) String name,
                   @Size(max = 254) String email,
                   @Size(max = 50) String phone,
                   @Size(max = 200) String street,
                   @Size(max = 20) String zip,
                   @Size(max = 100) String city,
                   @Schema(description = "ISO 3166 alpha-2", example = "DE") @Pattern(regexp = "[A-Z]{2}") String country,
                   @Schema(example = "DE811234567") @Size(max = 30) String vatId,
                   @Schema(description = "de or en; de when absent") @Pattern(regexp = "de|en") String language,
                   @Schema(description = "true when absent") Boolean customer,
                   Boolean supplier,
                   Boolean partner,
                   @Schema(description = "externalId of the partner company that sold to this customer", example = "PARTNER-2001")
                   @Size(max = 100) String reseller,
                   @Schema(description = E_INVOICE, allowableValues = {"zugferd", "xrechnung"})
                   @Pattern(regexp = "zugferd|xrechnung") String eInvoice,
                   @Schema(description = "persons the request no longer lists are kept: they may have documents and "
                           + "a login; revoke their access with portalAccess \"revoke\"")
                   @Size(max = 200) List<@NotNull @Valid Person> persons) {
    }

    @Schema(name = "CompanyPerson")
    record Person(@Schema(example = "P-1001-1") @NotBlank @Size(max = 100) String externalId,
                  @Schema(example = "Anna Becker") @NotBlank @Size(max = 200) String name,
                  @Schema(example = "anna.becker@example.com") @Size(max = 254) String email,
                  @Size(max = 50) String phone,
                  @Size(max = 50) String mobile,
                  @Size(max = 100) String jobTitle,
                  @Pattern(regexp = "de|en") String language,
                  @Schema(description = "invite: grant portal access and send the invitation (once); revoke: end it; "
                          + "absent: leave as it is") @Pattern(regexp = "invite|revoke") String portalAccess) {
    }

    @Schema(name = "Company")
    record Resource(String externalId, String name, String email, String phone, String street, String zip,
                    String city, String country, String vatId, String language, boolean customer, boolean supplier,
                    boolean partner, String reseller,
                    @Schema(description = E_INVOICE, allowableValues = {"zugferd", "xrechnung"}) String eInvoice,
                    List<PersonOut> persons) {
    }

    @Schema(name = "CompanyPersonOut", description = "portalStatus: NO_ACCESS, INVITED, ACTIVE or REVOKED")
    record PersonOut(String externalId, String name, String email, String jobTitle, String portalStatus) {
    }

    private static final String E_INVOICE = "What the company's invoice mails carry: zugferd, the ZUGFeRD PDF (every "
            + "customer gets it); xrechnung, also the XRechnung XML (public authorities). Absent in a request: left as "
            + "it is (zugferd for a new company).";
    private static final String ZUGFERD = "zugferd";
    private static final String XRECHNUNG = "xrechnung";

    private static final String REQUEST = """
            {"name": "Bäckerei Morgenstern GmbH", "email": "info@morgenstern.example", "street": "Lindenweg 4",
             "zip": "80331", "city": "München", "country": "DE", "vatId": "DE811999111", "language": "de",
             "customer": true, "eInvoice": "xrechnung",
             "persons": [{"externalId": "P-1010-1", "name": "Mia Morgenstern", "email": "mia@morgenstern.example",
                          "jobTitle": "Inhaberin", "portalAccess": "invite"}]}""";
    private static final String RESOURCE = """
            {"externalId": "CUST-1010", "name": "Bäckerei Morgenstern GmbH", "email": "info@morgenstern.example",
             "street": "Lindenweg 4", "zip": "80331", "city": "München", "country": "DE", "vatId": "DE811999111",
             "language": "de", "customer": true, "supplier": false, "partner": false, "eInvoice": "xrechnung",
             "persons": [{"externalId": "P-1010-1", "name": "Mia Morgenstern", "email": "mia@morgenstern.example",
                          "jobTitle": "Inhaberin", "portalStatus": "INVITED"}]}""";

    private final CompanyImport companies;
    private final ContactRepository contacts;
    private final ContactService contactService;
    private final RequestHash hash;

    CompanyApi(CompanyImport companies, ContactRepository contacts, ContactService contactService, RequestHash hash) {
        this.companies = companies;
        this.contacts = contacts;
        this.contactService = contactService;
        this.hash = hash;
    }

    @PutMapping("/api/v1/companies/{externalId}")
    @Operation(summary = "Create or replace a company with its persons",
            description = "Idempotent. With portalAccess \"invite\" a person gets portal access (the roles follow the "
                    + "company: customer, supplier, partner) and the invitation mail, once.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(name = "company", value = REQUEST))),
            responses = {
                    @ApiResponse(responseCode = "201", description = "Created", content = @Content(
                            examples = @ExampleObject(name = "company", value = RESOURCE))),
                    @ApiResponse(responseCode = "200", description = "Replaced, or unchanged", content = @Content(
                            examples = @ExampleObject(name = "company", value = RESOURCE)))})
    ResponseEntity<Resource> put(@PathVariable String externalId, @Valid @RequestBody Request request) {
        ExternalIds.require(externalId);
        Long resellerId = null;
        if (request.reseller() != null) {
            resellerId = contacts.companyOfExternal(request.reseller())
                    .orElseThrow(() -> UnknownReference.of("reseller", "company", request.reseller()));
        }
        List<Person> persons = request.persons() == null ? List.of() : request.persons();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < persons.size(); i++) {
            if (!ExternalIds.valid(persons.get(i).externalId())) {
                throw InvalidInputException.of("persons[" + i + "].externalId", "api.error.external-id");
            }
            if (!seen.add(persons.get(i).externalId())) {
                throw InvalidInputException.of("persons[" + i + "].externalId", "api.error.external-id-twice");
            }
        }
        Upserted written = companies.put(ApiCaller.actor(), new CompanyImport.Company(externalId, hash.of(request),
                request.name(), request.email(), request.phone(), request.street(), request.zip(), request.city(),
                request.country() == null ? "DE" : request.country(), request.vatId(),
                request.language() == null ? "de" : request.language(), !Boolean.FALSE.equals(request.customer()),
                Boolean.TRUE.equals(request.supplier()), Boolean.TRUE.equals(request.partner()), resellerId,
                request.eInvoice() == null ? null : XRECHNUNG.equals(request.eInvoice()),
                persons.stream().map(person -> new CompanyImport.Person(person.externalId(), person.name(),
                        person.email(), person.phone(), person.mobile(), person.jobTitle(), person.language(),
                        person.portalAccess())).toList()));
        return PutAnswer.of(written, resource(written.id()));
    }

    @GetMapping("/api/v1/companies/{externalId}")
    @Operation(summary = "Read a company with its persons and their portal status", responses = @ApiResponse(
            responseCode = "200", description = "The company", content = @Content(
            examples = @ExampleObject(name = "company", value = RESOURCE))))
    Resource get(@PathVariable String externalId) {
        return resource(contacts.companyOfExternal(externalId).orElseThrow(() -> new NotFoundException("company", externalId)));
    }

    private Resource resource(long companyId) {
        ContactDraft company = contacts.find(companyId).orElseThrow();
        List<PersonOut> persons = contacts.persons(companyId).stream()
                .map((ContactRow person) -> new PersonOut(contacts.externalId(person.id()), person.name(), person.email(),
                        person.jobTitle(), person.portalStatus().name()))
                .toList();
        return new Resource(contacts.externalId(companyId), company.name(), company.email(), company.phone(),
                company.street(), company.zip(), company.city(), company.countryCode(), company.vatId(),
                company.language(), company.customer(), company.supplier(), company.partner(),
                company.partnerId() == null ? null : contacts.externalId(company.partnerId()),
                contactService.eInvoice(companyId).wantsXRechnung() ? XRECHNUNG : ZUGFERD, persons);
    }
}
