package org.kundenportal.invoices.api;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
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

/** The JSON shapes of the invoices resource. */
final class InvoiceJson {

    private InvoiceJson() {
    }

    @Schema(name = "InvoiceRequest", description = "A customer invoice (out) or a supplier's bill (in) as the ERP "
            + "sends it. Prices are net; totals are computed.")
    record Request(
            @Schema(description = "out: our invoice to a customer; in: a supplier's bill to us; out when absent",
                    example = "out") @Pattern(regexp = "out|in") String direction,
            @Schema(description = "externalId of the customer (out) or supplier (in) company", example = "CUST-1001")
            @NotBlank @Size(max = 100) String company,
            @Schema(description = "externalId of the contact person (optional)") @Size(max = 100) String contact,
            @Schema(description = "the order's or customer's reference; for a bill the supplier's invoice number "
                    + "(required)", example = "Bestellung 4711") @Size(max = 100) String reference,
            @Schema(description = "invoice date", example = "2026-12-05") @NotNull LocalDate date,
            @Schema(description = "the date plus the payment term's days when absent", example = "2026-12-19")
            LocalDate dueDate,
            @Schema(description = "payment term code (IMMEDIATE, NET14, NET30, NET60); the default when absent",
                    example = "NET14") @Size(max = 20) String paymentTerm,
            @Schema(description = "ISO 4217 code; EUR when absent", example = "EUR") @Pattern(regexp = "[A-Z]{3}")
            String currency,
            @Schema(description = "draft (not in the portal) or posted (in the portal; an out invoice is mailed to "
                    + "the customer)", example = "posted") @NotNull @Pattern(regexp = "draft|posted") String state,
            @NotNull @Size(max = 500) List<@NotNull @Valid Line> lines,
            @Schema(description = "money received, each registered once by its id; never removed by leaving it out")
            @Size(max = 100) List<@NotNull @Valid Payment> payments) {

        /** The request without its payments: what the stored hash covers. */
        Request content() {
            return new Request(direction, company, contact, reference, date, dueDate, paymentTerm, currency, state,
                    lines, null);
        }
    }

    @Schema(name = "InvoicePaymentRequest")
    record Payment(@Schema(description = "the sending system's id of the payment", example = "BANK-2026-12-07-0042")
                   @NotBlank @Size(max = 50) @Pattern(regexp = "[A-Za-z0-9._:@-]+") String id,
                   @Schema(example = "500.00") @NotNull @DecimalMin("0.01") @Digits(integer = 13, fraction = 2)
                   BigDecimal amount,
                   @Schema(description = "today when absent", example = "2026-12-07") LocalDate date,
                   @Schema(example = "Überweisung") @Size(max = 500) String note) {
    }

    @Schema(name = "Invoice", description = "An invoice as the portal holds it, with the money received. state: draft, "
            + "posted or cancelled; paymentStatus: not_paid, partially_paid, overdue, paid or cancelled")
    record Resource(String externalId, String number, String direction, String company, String companyName,
                    String contact, String reference, LocalDate date, LocalDate dueDate, String currency,
                    List<DocumentJson.LineOut> lines, DocumentJson.TotalsOut totals, String state, Instant sentAt,
                    String paymentStatus, BigDecimal amountPaid, BigDecimal amountDue, List<PaymentOut> payments,
                    String order, String portalUrl) {
    }

    @Schema(name = "InvoicePayment", description = "id: the sending system's id, absent for payments made in the "
            + "portal (card, bank transfer) or registered by staff. method: BANK_TRANSFER, CARD or MANUAL; state: "
            + "PENDING, SUCCEEDED, FAILED or CANCELLED")
    record PaymentOut(String id, String method, String state, BigDecimal amount, LocalDate date) {
    }
}
