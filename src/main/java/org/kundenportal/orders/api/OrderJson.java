package org.kundenportal.orders.api;

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
import org.kundenportal.documents.api.DocumentJson;
import org.kundenportal.documents.api.DocumentJson.Line;

/** The JSON shapes of the orders resource. */
final class OrderJson {

    private OrderJson() {
    }

    @Schema(name = "OrderRequest", description = "An order from the web shop or the ERP. Prices are net; totals are "
            + "computed. The order's content is fixed once placed; its deliveries are added and moved on.")
    record Request(
            @Schema(description = "web_shop or back_office; web_shop when absent", example = "web_shop")
            @Pattern(regexp = "web_shop|back_office") String source,
            @Schema(description = "externalId of the customer company", example = "CUST-1001")
            @NotBlank @Size(max = 100) String company,
            @Schema(description = "externalId of the contact person (optional)") @Size(max = 100) String contact,
            @Schema(description = "the shop's order number or the customer's reference", example = "SHOP-100234")
            @Size(max = 100) String reference,
            @Schema(description = "order date", example = "2026-12-05") @NotNull LocalDate date,
            @Schema(description = "payment term code; the default when absent", example = "IMMEDIATE")
            @Size(max = 20) String paymentTerm,
            @Size(max = 10000) String note,
            @NotNull @Size(min = 1, max = 500) List<@NotNull @Valid Line> lines,
            @Schema(description = "the n-th entry is the order's n-th delivery; deliveries are never removed")
            @Size(max = 50) List<@NotNull @Valid Delivery> deliveries) {

        /** The request without its deliveries: what the stored hash covers. */
        Request content() {
            return new Request(source, company, contact, reference, date, paymentTerm, note, lines, null);
        }
    }

    @Schema(name = "OrderDeliveryRequest", description = "state: waiting, ready, shipped, delivered or cancelled; "
            + "a delivery moves on only (waiting → ready → shipped → delivered, or cancelled before shipping). "
            + "carrier and trackingNumbers from shipped on.")
    record Delivery(@Schema(example = "2026-12-07") LocalDate scheduledDate,
                    @Schema(example = "shipped") @NotNull @Pattern(regexp = "waiting|ready|shipped|delivered|cancelled")
                    String state,
                    @Schema(description = "what it carries, taken when it is created; every product line of the order "
                            + "when absent") @Size(max = 500) List<@NotNull @Valid DeliveryLine> lines,
                    @Schema(description = "carrier code (DHL, DPD, UPS, GLS, HERMES)", example = "DHL")
                    @Size(max = 20) String carrier,
                    @Schema(example = "[\"00340434161094042557\"]") @Size(max = 20) List<@NotBlank String> trackingNumbers,
                    @Schema(description = "today when absent") LocalDate shippedDate,
                    @Schema(description = "today when absent") LocalDate deliveredDate) {
    }

    @Schema(name = "OrderDeliveryLine")
    record DeliveryLine(@Schema(example = "Kassensystem TouchPOS") @NotBlank @Size(max = 2000) String description,
                        @Schema(example = "1") @NotNull @DecimalMin("0.001") @Digits(integer = 9, fraction = 3)
                        BigDecimal quantity,
                        @Schema(example = "Stk") @Size(max = 20) String unit) {
    }

    @Schema(name = "Order", description = "An order as the portal holds it. state: confirmed or cancelled; "
            + "deliveryStatus: not_shipped, partially_shipped, shipped or delivered")
    record Resource(String externalId, String number, String source, String company, String companyName,
                    String reference, LocalDate date, String currency, List<DocumentJson.LineOut> lines,
                    DocumentJson.TotalsOut totals, String state, String deliveryStatus,
                    List<DeliveryOut> deliveries, List<InvoiceOut> invoices, String portalUrl) {
    }

    @Schema(name = "OrderDelivery")
    record DeliveryOut(String number, String state, LocalDate scheduledDate, LocalDate shippedDate,
                       LocalDate deliveredDate, List<DeliveryLine> lines, List<Tracking> tracking) {
    }

    @Schema(name = "OrderTracking", description = "url: the carrier's tracking page of the parcel")
    record Tracking(String carrier, String number, String url) {
    }

    @Schema(name = "OrderInvoice", description = "paymentStatus: not_paid, partially_paid, overdue, paid or cancelled")
    record InvoiceOut(String number, LocalDate date, String paymentStatus, BigDecimal total) {
    }
}
