package org.kundenportal.receipts.api;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.kundenportal.receipts.domain.PaymentMethod;

/** The JSON shapes of the receipts resource. */
final class ReceiptJson {

    private ReceiptJson() {
    }

    @Schema(name = "ReceiptRequest", description = "A POS receipt as the POS sends it. Prices are net; totals are computed.")
    record Request(
            @Schema(description = "The receipt number printed on it, unique", example = "BON-2026-90001")
            @NotBlank @Size(max = 30) String number,
            @Schema(description = "externalId of the customer company", example = "CUST-1001")
            @NotBlank @Size(max = 100) String company,
            @Schema(description = "When the receipt was issued") @NotNull Instant date,
            @NotNull @Valid Register register,
            @Schema(description = "externalId of the employee who worked the register", example = "EMP-1001")
            @NotBlank @Size(max = 100) String cashier,
            @Schema(description = "Web shop order or other reference", example = "WEB-2026-00017")
            @Size(max = 50) String orderReference,
            @Schema(description = "ISO 4217 code; EUR when absent", example = "EUR")
            @Pattern(regexp = "[A-Z]{3}") String currency,
            @NotEmpty @Size(max = 500) List<@NotNull @Valid Line> lines,
            @NotEmpty @Size(max = 20) List<@NotNull @Valid Payment> payments) {
    }

    @Schema(name = "ReceiptBatchItem", description = "One receipt of a batch, with its externalId")
    record BatchItem(
            @Schema(example = "POS-K1-000123") @NotBlank @Size(max = 100) String externalId,
            @NotBlank @Size(max = 30) String number,
            @NotBlank @Size(max = 100) String company,
            @NotNull Instant date,
            @NotNull @Valid Register register,
            @NotBlank @Size(max = 100) String cashier,
            @Size(max = 50) String orderReference,
            @Pattern(regexp = "[A-Z]{3}") String currency,
            @NotEmpty @Size(max = 500) List<@NotNull @Valid Line> lines,
            @NotEmpty @Size(max = 20) List<@NotNull @Valid Payment> payments) {

        Request request() {
            return new Request(number, company, date, register, cashier, orderReference, currency, lines, payments);
        }
    }

    @Schema(name = "ReceiptBatch")
    record Batch(@NotEmpty @Size(max = 1000) List<@NotNull BatchItem> items) {
    }

    @Schema(name = "Register", description = "The register, created or renamed by its code")
    record Register(@Schema(example = "K1") @NotBlank @Size(max = 20) String code,
                    @Schema(example = "Kasse 1 – Verkaufsraum") @NotBlank @Size(max = 100) String name,
                    @Schema(example = "Hauptstraße 12") @Size(max = 200) String location) {
    }

    @Schema(name = "ReceiptLine")
    record Line(@Schema(example = "BR-100") @Size(max = 40) String productCode,
                @Schema(example = "Roggenmischbrot 1 kg") @NotBlank @Size(max = 200) String description,
                @Schema(example = "2") @NotNull @Digits(integer = 6, fraction = 3) BigDecimal quantity,
                @Schema(description = "net", example = "3.95") @NotNull @Digits(integer = 9, fraction = 2) BigDecimal unitPrice,
                @Schema(example = "0") @DecimalMin("0") @DecimalMax("100") BigDecimal discountPercent,
                @Schema(example = "7") @NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal taxRate) {
    }

    @Schema(name = "ReceiptPayment")
    record Payment(@NotNull PaymentMethod method,
                   @Schema(example = "8.45") @NotNull @Digits(integer = 13, fraction = 2) BigDecimal amount) {
    }

    @Schema(name = "Receipt", description = "A receipt as the portal holds it")
    record Resource(String externalId, String number, String company, String companyName, Instant date,
                    Register register, Cashier cashier, String orderReference, String currency, List<LineOut> lines,
                    List<Payment> payments, Totals totals, String portalUrl) {
    }

    @Schema(name = "ReceiptCashier", description = "shownAs: what the receipt prints, per the employee's receipt type")
    record Cashier(String externalId, String name, String reference, String shownAs) {
    }

    @Schema(name = "ReceiptLineOut")
    record LineOut(String productCode, String description, BigDecimal quantity, BigDecimal unitPrice,
                   BigDecimal discountPercent, BigDecimal taxRate, BigDecimal amount) {
    }

    @Schema(name = "Totals")
    record Totals(BigDecimal untaxed, BigDecimal tax, BigDecimal total) {
    }

    @Schema(name = "ReceiptBatchResult", description = "One result per item, in the order sent")
    record BatchResult(int written, int failed, List<ItemResult> items) {
    }

    @Schema(name = "ReceiptBatchItemResult", description = "status: created, replaced, unchanged or failed")
    record ItemResult(String externalId, String status, org.kundenportal.integration.api.ApiProblem problem) {
    }
}
