package org.kundenportal.subscriptions.api;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The JSON shapes of the subscriptions resource. */
final class SubscriptionJson {

    private SubscriptionJson() {
    }

    @Schema(name = "SubscriptionRequest", description = "A customer's subscription as the ERP keeps it: the plan with "
            + "its modules and components, billed every period. Prices are net per period.")
    record Request(
            @Schema(description = "externalId of the customer company", example = "CUST-1001")
            @NotBlank @Size(max = 100) String company,
            @Schema(example = "Kassensystem Komfort") @NotBlank @Size(max = 200) String plan,
            @Schema(description = "monthly, quarterly or yearly", example = "monthly")
            @NotNull @Pattern(regexp = "monthly|quarterly|yearly") String billingPeriod,
            @Schema(example = "2026-12-01") @NotNull LocalDate startDate,
            @Schema(description = "required while active; ignored otherwise (pausing and cancelling clear it)",
                    example = "2027-01-01") LocalDate nextInvoiceDate,
            @Schema(description = "required when cancelled: the last day") LocalDate endDate,
            @Schema(description = "EUR, CHF, GBP or USD; EUR when absent", example = "EUR") @Pattern(regexp = "[A-Z]{3}")
            String currency,
            @Schema(description = "active, paused or cancelled", example = "active")
            @NotNull @Pattern(regexp = "active|paused|cancelled") String state,
            @NotNull @Size(max = 200) List<@NotNull @Valid Line> lines) {
    }

    @Schema(name = "SubscriptionLine", description = "A module or component of the plan")
    record Line(@Schema(example = "MOD-KASSE") @NotBlank @Size(max = 40) String code,
                @Schema(example = "Kassenmodul") @NotBlank @Size(max = 200) String name,
                @Schema(example = "Software, Updates und Hotline") @Size(max = 1000) String description,
                @Schema(example = "2") @NotNull @DecimalMin("0.001") @Digits(integer = 9, fraction = 3) BigDecimal quantity,
                @Schema(example = "39.00") @NotNull @DecimalMin("0") @Digits(integer = 13, fraction = 2)
                BigDecimal unitPrice) {
    }

    @Schema(name = "Subscription", description = "A subscription as the portal holds it. state: active, paused, "
            + "cancelled or expired; recurringTotal: net per billing period")
    record Resource(String externalId, String number, String company, String companyName, String plan, String state,
                    String billingPeriod, LocalDate startDate, LocalDate nextInvoiceDate, LocalDate endDate,
                    String currency, List<LineOut> lines, BigDecimal recurringTotal, String portalUrl) {
    }

    @Schema(name = "SubscriptionLineOut")
    record LineOut(String code, String name, String description, BigDecimal quantity, BigDecimal unitPrice,
                   BigDecimal amount) {
    }
}
