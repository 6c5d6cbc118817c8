package org.kundenportal.documents.api;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import org.kundenportal.base.i18n.Formats;
import org.kundenportal.base.validation.InvalidInputException;
import org.kundenportal.base.validation.InvalidInputException.Problem;
import org.kundenportal.documents.domain.DocumentLine;
import org.kundenportal.documents.domain.LineKind;
import org.kundenportal.documents.domain.Totals;

/**
 * The JSON shapes the document resources of the integration API share: lines (products, section headings, notes)
 * and totals per tax rate.
 */
public final class DocumentJson {

    private DocumentJson() {
    }

    @Schema(name = "DocumentLine", description = "A product line (the default), a section heading or a note. Section "
            + "and note lines carry only their description. Prices are net; percentages are given as 19 for 19 %.")
    public record Line(
            @Schema(description = "product, section or note; product when absent", example = "product")
            @Pattern(regexp = "product|section|note") String kind,
            @Schema(example = "KS-100") @Size(max = 40) String productCode,
            @Schema(example = "Kassensystem TouchPOS") @NotBlank @Size(max = 2000) String description,
            @Schema(description = "required on product lines", example = "1")
            @DecimalMin("0") @Digits(integer = 9, fraction = 3) BigDecimal quantity,
            @Schema(example = "Stk") @Size(max = 20) String unit,
            @Schema(description = "net; required on product lines", example = "1000.00")
            @DecimalMin("0") @Digits(integer = 13, fraction = 2) BigDecimal unitPrice,
            @Schema(example = "0") @DecimalMin("0") @DecimalMax("100") BigDecimal discountPercent,
            @Schema(description = "required on product lines", example = "19")
            @DecimalMin("0") @DecimalMax("100") BigDecimal taxRate,
            @Schema(description = "purchase orders only: when the supplier should deliver this line")
            LocalDate expectedDate) {
    }

    @Schema(name = "DocumentLineOut", description = "amount: quantity × unit price less the discount, net")
    public record LineOut(String kind, String productCode, String description, BigDecimal quantity, String unit,
                          BigDecimal unitPrice, BigDecimal discountPercent, BigDecimal taxRate, BigDecimal amount,
                          LocalDate expectedDate) {
    }

    @Schema(name = "DocumentTotals", description = "Net, tax and gross, with the tax per rate")
    public record TotalsOut(BigDecimal untaxed, List<TaxOut> taxes, BigDecimal tax, BigDecimal total) {
    }

    @Schema(name = "DocumentTax")
    public record TaxOut(BigDecimal rate, BigDecimal base, BigDecimal tax) {
    }

    /**
     * The request's lines as the domain holds them.
     *
     * @param expectedDates whether lines may carry an expected date (purchase orders)
     * @throws InvalidInputException naming each product line's missing quantity, price or tax rate
     */
    public static List<DocumentLine> lines(List<Line> lines, boolean expectedDates) {
        List<Problem> problems = new ArrayList<>();
        List<DocumentLine> result = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            String prefix = "lines[" + i + "].";
            LineKind kind = line.kind() == null ? LineKind.PRODUCT : LineKind.valueOf(line.kind().toUpperCase(Locale.ROOT));
            if (kind == LineKind.PRODUCT) {
                if (line.quantity() == null) {
                    problems.add(Problem.of(prefix + "quantity", "documents.api.product-line-field"));
                }
                if (line.unitPrice() == null) {
                    problems.add(Problem.of(prefix + "unitPrice", "documents.api.product-line-field"));
                }
                if (line.taxRate() == null) {
                    problems.add(Problem.of(prefix + "taxRate", "documents.api.product-line-field"));
                }
            } else if (line.productCode() != null || line.quantity() != null || line.unitPrice() != null
                    || line.taxRate() != null || line.discountPercent() != null || line.unit() != null) {
                problems.add(Problem.of(prefix + "kind", "documents.api.text-line-fields"));
            }
            if (line.expectedDate() != null && (!expectedDates || kind != LineKind.PRODUCT)) {
                problems.add(Problem.of(prefix + "expectedDate", "documents.api.expected-date"));
            }
            result.add(new DocumentLine(kind, line.productCode(), line.description(), line.quantity(), line.unit(),
                    line.unitPrice(), line.discountPercent(), line.taxRate(), line.expectedDate()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return result;
    }

    public static List<LineOut> linesOut(List<DocumentLine> lines) {
        return lines.stream().map(line -> line.hasAmount()
                ? new LineOut("product", line.productCode(), line.description(), plain(line.quantity()), line.unit(),
                        line.unitPrice(), plain(line.discountPercent()), plain(line.taxRate()), line.amountNet(),
                        line.expectedDate())
                : new LineOut(line.kind().name().toLowerCase(Locale.ROOT), null, line.description(), null, null, null,
                        null, null, null, null)).toList();
    }

    public static TotalsOut totals(List<DocumentLine> lines) {
        Totals totals = Totals.of(lines);
        return new TotalsOut(totals.untaxed(), totals.taxes().stream()
                .map(rate -> new TaxOut(plain(rate.rate()), rate.base(), rate.tax())).toList(), totals.tax(), totals.total());
    }

    /**
     * The currency of an ISO 4217 code; EUR when absent.
     *
     * @throws InvalidInputException naming the field when the code is no currency
     */
    public static Currency currency(String code) {
        if (code == null) {
            return Formats.EURO;
        }
        try {
            return Currency.getInstance(code);
        } catch (IllegalArgumentException unknown) {
            throw InvalidInputException.of("currency", "documents.api.currency", code);
        }
    }

    /** 2 rather than 2.000: quantities and rates as written; money keeps its cents. */
    public static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
