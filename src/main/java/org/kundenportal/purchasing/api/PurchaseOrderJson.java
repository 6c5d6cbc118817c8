package org.kundenportal.purchasing.api;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.kundenportal.documents.api.DocumentJson;
import org.kundenportal.documents.api.DocumentJson.Line;

/** The JSON shapes of the purchase orders resource. */
final class PurchaseOrderJson {

    private PurchaseOrderJson() {
    }

    @Schema(name = "PurchaseOrderRequest", description = "A purchase order to a supplier as the ERP sends it. Prices "
            + "are net; totals are computed. Product lines may carry the date the line is expected.")
    record Request(
            @Schema(description = "externalId of the supplier company", example = "SUPP-3001")
            @NotBlank @Size(max = 100) String supplier,
            @Schema(description = "externalId of the contact person at the supplier (optional)") @Size(max = 100)
            String contact,
            @Schema(example = "Lager Nord") @Size(max = 100) String reference,
            @Schema(description = "order date", example = "2026-12-05") @NotNull LocalDate date,
            @Schema(description = "when the goods are expected", example = "2026-12-12") LocalDate expectedDate,
            @Schema(description = "payment term code (IMMEDIATE, NET14, NET30, NET60)", example = "NET30")
            @Size(max = 20) String paymentTerm,
            @Size(max = 10000) String note,
            @Schema(description = "draft (not in the portal) or sent (in the supplier's portal and mailed to it)",
                    example = "sent") @NotNull @Pattern(regexp = "draft|sent") String state,
            @NotNull @Size(max = 500) List<@NotNull @Valid Line> lines) {
    }

    @Schema(name = "PurchaseOrder", description = "A purchase order as the portal holds it, with the supplier's "
            + "acknowledgement. state: draft, sent, acknowledged, received or cancelled")
    record Resource(String externalId, String number, String supplier, String supplierName, String contact,
                    String reference, LocalDate date, LocalDate expectedDate, String currency,
                    List<DocumentJson.LineOut> lines, DocumentJson.TotalsOut totals, String state, Instant sentAt,
                    Acknowledgement acknowledgement, Instant receivedAt, Instant cancelledAt, String portalUrl) {
    }

    @Schema(name = "PurchaseOrderAcknowledgement", description = "confirmedDate: the delivery date the supplier "
            + "confirmed, if it gave one")
    record Acknowledgement(Instant acknowledgedAt, String acknowledgedBy, LocalDate confirmedDate) {
    }
}
