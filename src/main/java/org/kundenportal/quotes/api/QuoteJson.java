package org.kundenportal.quotes.api;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.kundenportal.documents.api.DocumentJson;
import org.kundenportal.documents.api.DocumentJson.Line;

/** The JSON shapes of the quotes resource. */
final class QuoteJson {

    private QuoteJson() {
    }

    @Schema(name = "QuoteRequest", description = "A quote as the ERP sends it. Prices are net; totals are computed.")
    record Request(
            @Schema(description = "externalId of the customer company", example = "CUST-1001")
            @NotBlank @Size(max = 100) String company,
            @Schema(description = "externalId of the contact person at the customer (optional)", example = "P-1001-1")
            @Size(max = 100) String contact,
            @Schema(description = "the customer's reference", example = "Filiale Marktplatz") @Size(max = 100) String reference,
            @Schema(description = "quote date", example = "2026-12-01") @NotNull LocalDate date,
            @Schema(description = "valid until this day; no expiry when absent", example = "2026-12-31") LocalDate validUntil,
            @Schema(description = "payment term code (IMMEDIATE, NET14, NET30, NET60); the sales settings' default when absent",
                    example = "NET14") @Size(max = 20) String paymentTerm,
            @Schema(description = "text shown under the lines", example = "Wir freuen uns auf Ihren Auftrag.")
            @Size(max = 10000) String note,
            @Schema(description = "the customer signs when accepting; false when absent") Boolean requiresSignature,
            @Schema(description = "share paid in advance by a prepayment invoice, 0.01 to 100; none when absent",
                    example = "30") @Digits(integer = 3, fraction = 2) BigDecimal prepaymentPercent,
            @Schema(description = "draft (not visible in the portal) or sent (visible and mailed to the customer)",
                    example = "sent") @NotNull @Pattern(regexp = "draft|sent") String state,
            @NotNull @Size(max = 500) List<@NotNull @Valid Line> lines) {
    }

    @Schema(name = "Quote", description = "A quote as the portal holds it, with the customer's answer. state: draft, "
            + "sent, expired (sent, past its validity), accepted (signed, waiting for the prepayment), confirmed (an "
            + "order now), declined or cancelled")
    record Resource(String externalId, String number, String company, String companyName, String contact,
                    String contactName, String reference, LocalDate date, LocalDate validUntil, String paymentTerm,
                    String note, boolean requiresSignature, BigDecimal prepaymentPercent, String currency,
                    List<DocumentJson.LineOut> lines, DocumentJson.TotalsOut totals, String state, Instant sentAt,
                    Signature signature, Declined declined, Instant cancelledAt, String prepaymentInvoice,
                    Feedback feedback, String portalUrl) {
    }

    @Schema(name = "QuoteSignature", description = "Who accepted the quote and when; image: whether a drawn or typed "
            + "signature was required and stored (it is shown on the quote's page and PDF)")
    record Signature(String name, Instant signedAt, boolean image) {
    }

    @Schema(name = "QuoteDeclined")
    record Declined(Instant declinedAt, String reason) {
    }

    @Schema(name = "QuoteFeedback", description = "rating 1 to 5")
    record Feedback(int rating, String text, Instant givenAt) {
    }
}
