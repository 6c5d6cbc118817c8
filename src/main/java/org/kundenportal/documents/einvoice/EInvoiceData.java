package org.kundenportal.documents.einvoice;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.kundenportal.base.settings.CompanyProfile;
import org.kundenportal.documents.domain.DocumentLine;
import org.mustangproject.Allowance;
import org.mustangproject.BankDetails;
import org.mustangproject.Contact;
import org.mustangproject.DirectDebit;
import org.mustangproject.Invoice;
import org.mustangproject.Item;
import org.mustangproject.Product;
import org.mustangproject.TradeParty;

/**
 * One outgoing invoice as the EN 16931 model of the Mustang library: seller, buyer, lines with their UN/ECE unit codes
 * and VAT categories, payment by SEPA credit transfer or direct debit, prepaid amount. Both the ZUGFeRD PDF and the
 * XRechnung are written from it.
 *
 * @param buyerReference the customer's Leitweg-ID (public sector) or other reference for its accounts payable;
 *                       XRechnung requires one, so the invoice number stands in when the customer has none
 * @param debit          the customer's SEPA mandate when the invoice is collected by direct debit; null for transfer
 */
public record EInvoiceData(String number, Kind kind, LocalDate issueDate, LocalDate dueDate, LocalDate deliveryDate,
                           String currency, CompanyProfile seller, String sellerTaxNumber, Buyer buyer,
                           String buyerReference, String orderNumber, List<DocumentLine> lines, BigDecimal prepaid,
                           String paymentTerms, String note, Debit debit) {

    public enum Kind { INVOICE, PREPAYMENT, CREDIT_NOTE }

    /** SEPA direct debit (UNTDID 4461 code 59): the mandate reference (BT-89) and the debited account (BT-91). */
    public record Debit(String mandateReference, String debtorIban) {
    }

    /** The customer company as the invoice addresses it. */
    public record Buyer(String name, String street, String zip, String city, String countryCode, String vatId,
                        String email, String contactName) {
    }

    private static final Set<String> EU = Set.of("AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR",
            "GR", "HR", "HU", "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK");

    /** Units as staff type them (German or English) to UN/ECE Recommendation 20 codes; anything else is "one" (C62). */
    private static final Map<String, String> UNIT_CODES = Map.ofEntries(
            Map.entry("stk", "H87"), Map.entry("stk.", "H87"), Map.entry("stück", "H87"), Map.entry("pcs", "H87"),
            Map.entry("piece", "H87"), Map.entry("pieces", "H87"), Map.entry("h87", "H87"),
            Map.entry("std", "HUR"), Map.entry("std.", "HUR"), Map.entry("stunde", "HUR"), Map.entry("stunden", "HUR"),
            Map.entry("h", "HUR"), Map.entry("hour", "HUR"), Map.entry("hours", "HUR"), Map.entry("hrs", "HUR"),
            Map.entry("hur", "HUR"),
            Map.entry("monat", "MON"), Map.entry("monate", "MON"), Map.entry("month", "MON"), Map.entry("months", "MON"),
            Map.entry("mon", "MON"),
            Map.entry("tag", "DAY"), Map.entry("tage", "DAY"), Map.entry("day", "DAY"), Map.entry("days", "DAY"),
            Map.entry("jahr", "ANN"), Map.entry("year", "ANN"), Map.entry("ann", "ANN"),
            Map.entry("kg", "KGM"), Map.entry("g", "GRM"), Map.entry("t", "TNE"), Map.entry("l", "LTR"),
            Map.entry("liter", "LTR"), Map.entry("m", "MTR"), Map.entry("m²", "MTK"), Map.entry("m2", "MTK"),
            Map.entry("km", "KMT"),
            Map.entry("pausch.", "LS"), Map.entry("pauschal", "LS"), Map.entry("pauschale", "LS"), Map.entry("ls", "LS"),
            Map.entry("flat", "LS"), Map.entry("lump sum", "LS"),
            Map.entry("karton", "XCT"), Map.entry("carton", "XCT"), Map.entry("paket", "XPK"), Map.entry("package", "XPK"),
            Map.entry("set", "SET"), Map.entry("paar", "PR"), Map.entry("pair", "PR"));

    public static String unitCode(String unit) {
        if (unit == null || unit.isBlank()) {
            return "C62";
        }
        return UNIT_CODES.getOrDefault(unit.strip().toLowerCase(Locale.ROOT), "C62");
    }

    /** The VAT category of a line: standard rate, or why no VAT is charged. */
    TaxCategory category(BigDecimal rate) {
        if (rate.signum() > 0) {
            return TaxCategory.STANDARD;
        }
        String country = buyer.countryCode() == null ? seller.country() : buyer.countryCode();
        if (country.equalsIgnoreCase(seller.country())) {
            return TaxCategory.ZERO_RATED;
        }
        if (EU.contains(country.toUpperCase(Locale.ROOT))) {
            return buyer.vatId() == null || buyer.vatId().isBlank() ? TaxCategory.ZERO_RATED : TaxCategory.REVERSE_CHARGE;
        }
        return TaxCategory.EXPORT;
    }

    /** EN 16931 VAT category codes (UNTDID 5305) with the exemption reason the standard asks for. */
    enum TaxCategory {
        STANDARD("S", null, null),
        ZERO_RATED("Z", null, null),
        REVERSE_CHARGE("AE", "VATEX-EU-AE", "Steuerschuldnerschaft des Leistungsempfängers (Reverse Charge)"),
        EXPORT("G", "VATEX-EU-G", "Steuerfreie Ausfuhrlieferung");

        final String code;
        final String reasonCode;
        final String reason;

        TaxCategory(String code, String reasonCode, String reason) {
            this.code = code;
            this.reasonCode = reasonCode;
            this.reason = reason;
        }
    }

    /** The Mustang model; its own calculation gives the same line and tax totals as ours (cents, half up). */
    public Invoice toMustang() {
        Invoice invoice = new Invoice()
                .setNumber(number)
                .setIssueDate(date(issueDate))
                .setDueDate(date(dueDate))
                .setDeliveryDate(date(deliveryDate))
                .setCurrency(currency)
                .setSender(sellerParty())
                .setRecipient(buyerParty())
                .setReferenceNumber(buyerReference == null || buyerReference.isBlank() ? number : buyerReference);
        if (kind == Kind.CREDIT_NOTE) {
            invoice.setCreditNote();
        }
        if (debit != null && !seller.creditorId().isBlank()) {
            invoice.setCreditorReferenceID(seller.creditorId());
        }
        if (orderNumber != null) {
            invoice.setSellerOrderReferencedDocumentID(orderNumber);
        }
        if (paymentTerms != null && !paymentTerms.isBlank()) {
            invoice.setPaymentTermDescription(paymentTerms);
        }
        if (note != null && !note.isBlank()) {
            invoice.addNote(note);
        }
        if (prepaid != null && prepaid.signum() > 0) {
            invoice.setTotalPrepaidAmount(prepaid);
        }
        for (DocumentLine line : lines) {
            if (line.hasAmount()) {
                invoice.addItem(item(line));
            }
        }
        return invoice;
    }

    private Item item(DocumentLine line) {
        TaxCategory category = category(line.taxRate());
        String name = line.description() == null || line.description().isBlank() ? "-" : firstLine(line.description());
        Product product = new Product(name, line.description(), unitCode(line.unit()), line.taxRate())
                .setTaxCategoryCode(category.code);
        if (line.productCode() != null && !line.productCode().isBlank()) {
            product.setSellerAssignedID(line.productCode());
        }
        if (category.reason != null) {
            product.setTaxExemptionReason(category.reason).setTaxExemptionReasonCode(category.reasonCode);
        }
        Item item = new Item(product, line.unitPrice(), line.quantity());
        BigDecimal gross = line.quantity().multiply(line.unitPrice()).setScale(2, RoundingMode.HALF_UP);
        BigDecimal discount = gross.subtract(line.amountNet());
        if (discount.signum() != 0) {
            item.addAllowance(new Allowance(discount)
                    .setReason("Rabatt " + line.discountPercent().stripTrailingZeros().toPlainString() + " %")
                    .setReasonCode("95"));
        }
        return item;
    }

    private TradeParty sellerParty() {
        TradeParty party = new TradeParty(seller.name(), seller.street(), seller.zip(), seller.city(), seller.country())
                .setEmail(seller.email())
                .setContact(new Contact(seller.name(), seller.phone(), seller.email()));
        if (!seller.vatId().isBlank()) {
            party.addVATID(seller.vatId());
        }
        if (sellerTaxNumber != null && !sellerTaxNumber.isBlank()) {
            party.addTaxID(sellerTaxNumber);
        }
        if (debit != null) {
            // the payment means: code 59 with the mandate and the customer's account; our account is not asked for
            party.addDebitDetails(new DirectDebit(debit.debtorIban(), debit.mandateReference()));
        } else if (!seller.iban().isBlank()) {
            party.addBankDetails(new BankDetails(seller.iban().replace(" ", ""), blankToNull(seller.bic())));
        }
        return party;
    }

    private TradeParty buyerParty() {
        TradeParty party = new TradeParty(buyer.name(), buyer.street(), buyer.zip(), buyer.city(),
                buyer.countryCode() == null ? seller.country() : buyer.countryCode());
        if (buyer.email() != null && !buyer.email().isBlank()) {
            party.setEmail(buyer.email());
        }
        if (buyer.vatId() != null && !buyer.vatId().isBlank()) {
            party.addVATID(buyer.vatId());
        }
        if (buyer.contactName() != null && !buyer.contactName().isBlank()) {
            party.setContact(new Contact(buyer.contactName(), null, buyer.email()));
        }
        return party;
    }

    private static String firstLine(String text) {
        String first = text.strip().lines().findFirst().orElse("-");
        return first.length() > 200 ? first.substring(0, 200) : first;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private static Date date(LocalDate date) {
        return date == null ? null : Date.from(date.atStartOfDay(ZoneId.systemDefault()).toInstant());
    }
}
