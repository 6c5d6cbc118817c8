package org.kundenportal.documents.einvoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kundenportal.documents.einvoice.EInvoiceXml.attributes;
import static org.kundenportal.documents.einvoice.EInvoiceXml.nodes;
import static org.kundenportal.documents.einvoice.EInvoiceXml.parse;
import static org.kundenportal.documents.einvoice.EInvoiceXml.text;
import static org.kundenportal.documents.einvoice.EInvoiceXml.texts;
import static org.kundenportal.documents.einvoice.EInvoiceXml.xpath;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kundenportal.TestWorld;
import org.kundenportal.base.settings.CompanyProfile;
import org.kundenportal.documents.domain.DocumentLine;
import org.kundenportal.documents.domain.Totals;
import org.mustangproject.validator.ZUGFeRDValidator;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** One invoice with mixed tax rates, a discount, a prepayment and a reverse-charge line, read back field by field. */
class EInvoiceDataTest {

    private static final CompanyProfile SELLER = new CompanyProfile(TestWorld.SELLER, "Hafenstraße 12", "20457",
            "Hamburg", "DE", "DE999999999", "service@testwelt.example", "+49 40 1234567", "Hamburger Sparkasse",
            "DE02 2005 0550 1015 8713 93", "HASPDEHHXXX", "22/123/45678", "DE98ZZZ09999999999");
    private static final List<DocumentLine> LINES = List.of(
            DocumentLine.section("Waren"),
            DocumentLine.product("BR-01", "Roggenbrot 1 kg", new BigDecimal("10"), "Stk", new BigDecimal("12.50"),
                    new BigDecimal("10"), new BigDecimal("19")),
            DocumentLine.product("KA-02", "Kaffee 500 g", new BigDecimal("3"), "Karton", new BigDecimal("4.20"),
                    BigDecimal.ZERO, new BigDecimal("7")),
            DocumentLine.note("Lieferung frei Haus"),
            DocumentLine.product(null, "Beratung", new BigDecimal("1.5"), "Std.", new BigDecimal("100.00"),
                    BigDecimal.ZERO, BigDecimal.ZERO));

    private static EInvoiceData invoice() {
        return invoice(null);
    }

    private static EInvoiceData invoice(EInvoiceData.Debit debit) {
        return new EInvoiceData("RE-2026-00077", EInvoiceData.Kind.INVOICE, LocalDate.of(2026, 11, 30),
                LocalDate.of(2026, 12, 14), LocalDate.of(2026, 11, 28), "EUR", SELLER, "22/123/45678",
                new EInvoiceData.Buyer("Wiener Kaffeehaus GmbH", "Ringstraße 1", "1010", "Wien", "AT", "ATU12345678",
                        "einkauf@kaffeehaus.example", "Maria Huber"),
                "04011000-12345-03", "AB-2026-00010", LINES, new BigDecimal("50.00"), "14 Tage netto", null, debit);
    }






    @Test
    void theXRechnungCarriesEveryFieldOfTheInvoice() throws Exception {
        byte[] bytes = new EInvoices().xrechnung(invoice());
        Document xml = parse(bytes);
        Totals totals = Totals.of(LINES);

        assertThat(text(xml, "ExchangedDocument/ID")).isEqualTo("RE-2026-00077");
        assertThat(text(xml, "ExchangedDocument/TypeCode")).isEqualTo("380");
        assertThat(text(xml, "ExchangedDocument/IssueDateTime/DateTimeString")).isEqualTo("20261130");
        assertThat(text(xml, "GuidelineSpecifiedDocumentContextParameter/ID")).contains("xrechnung");
        assertThat(text(xml, "BuyerReference")).isEqualTo("04011000-12345-03");
        assertThat(text(xml, "SellerTradeParty/Name")).isEqualTo(TestWorld.SELLER);
        assertThat(xpath().evaluate("//*[local-name()='SellerTradeParty']//*[local-name()='ID'][@schemeID='VA']", xml))
                .isEqualTo("DE999999999");
        assertThat(xpath().evaluate("//*[local-name()='SellerTradeParty']//*[local-name()='ID'][@schemeID='FC']", xml))
                .isEqualTo("22/123/45678");
        assertThat(xpath().evaluate("//*[local-name()='BuyerTradeParty']//*[local-name()='ID'][@schemeID='VA']", xml))
                .isEqualTo("ATU12345678");
        assertThat(text(xml, "BuyerTradeParty/PostalTradeAddress/CountryID")).isEqualTo("AT");
        assertThat(text(xml, "SellerOrderReferencedDocument/IssuerAssignedID")).isEqualTo("AB-2026-00010");
        assertThat(text(xml, "ActualDeliverySupplyChainEvent/OccurrenceDateTime/DateTimeString")).isEqualTo("20261128");
        assertThat(text(xml, "SpecifiedTradeSettlementPaymentMeans/TypeCode")).isEqualTo("58");
        assertThat(text(xml, "PayeePartyCreditorFinancialAccount/IBANID")).isEqualTo("DE02200505501015871393");

        NodeList lines = nodes(xml, "IncludedSupplyChainTradeLineItem");
        assertThat(lines.getLength()).isEqualTo(3);
        List<DocumentLine> products = LINES.stream().filter(DocumentLine::hasAmount).toList();
        assertThat(texts(xml, "IncludedSupplyChainTradeLineItem/SpecifiedTradeSettlementLineMonetarySummation/LineTotalAmount"))
                .containsExactlyElementsOf(products.stream().map(line -> line.amountNet().toPlainString()).toList());
        assertThat(attributes(xml, "IncludedSupplyChainTradeLineItem/BilledQuantity", "unitCode"))
                .containsExactly("H87", "XCT", "HUR");
        assertThat(texts(xml, "IncludedSupplyChainTradeLineItem/ApplicableTradeTax/CategoryCode"))
                .containsExactly("S", "S", "AE");

        assertThat(texts(xml, "ApplicableHeaderTradeSettlement/ApplicableTradeTax/RateApplicablePercent"))
                .hasSize(3);
        for (Totals.TaxSubtotal subtotal : totals.taxes()) {
            String rate = subtotal.rate().stripTrailingZeros().toPlainString();
            String base = xpath().evaluate("//*[local-name()='ApplicableHeaderTradeSettlement']/*[local-name()='ApplicableTradeTax']"
                    + "[number(*[local-name()='RateApplicablePercent'])=" + rate + "]/*[local-name()='BasisAmount']", xml);
            String tax = xpath().evaluate("//*[local-name()='ApplicableHeaderTradeSettlement']/*[local-name()='ApplicableTradeTax']"
                    + "[number(*[local-name()='RateApplicablePercent'])=" + rate + "]/*[local-name()='CalculatedAmount']", xml);
            assertThat(new BigDecimal(base)).as("base at " + rate + " %").isEqualByComparingTo(subtotal.base());
            assertThat(new BigDecimal(tax)).as("tax at " + rate + " %").isEqualByComparingTo(subtotal.tax());
        }
        assertThat(text(xml, "ApplicableTradeTax/ExemptionReasonCode")).isEqualTo("VATEX-EU-AE");
        assertThat(new BigDecimal(text(xml, "SpecifiedTradeSettlementHeaderMonetarySummation/LineTotalAmount")))
                .isEqualByComparingTo(totals.untaxed());
        assertThat(new BigDecimal(text(xml, "SpecifiedTradeSettlementHeaderMonetarySummation/TaxTotalAmount")))
                .isEqualByComparingTo(totals.tax());
        assertThat(new BigDecimal(text(xml, "SpecifiedTradeSettlementHeaderMonetarySummation/GrandTotalAmount")))
                .isEqualByComparingTo(totals.total());
        assertThat(new BigDecimal(text(xml, "SpecifiedTradeSettlementHeaderMonetarySummation/TotalPrepaidAmount")))
                .isEqualByComparingTo("50.00");
        assertThat(new BigDecimal(text(xml, "SpecifiedTradeSettlementHeaderMonetarySummation/DuePayableAmount")))
                .isEqualByComparingTo(totals.total().subtract(new BigDecimal("50.00")));

        ZUGFeRDValidator validator = new ZUGFeRDValidator();
        String report = validator.validate(bytes, "RE-2026-00077.xml");
        assertThat(validator.wasCompletelyValid()).as(report).isTrue();
    }

    @Test
    void aDirectDebitInvoiceCarriesMandateCreditorIdAndTheDebitedAccount() throws Exception {
        EInvoiceData debited = invoice(new EInvoiceData.Debit("KD-10042-SERVICE", "DE02120300000000202051"));
        byte[] bytes = new EInvoices().xrechnung(debited);
        Document xml = parse(bytes);

        assertThat(texts(xml, "SpecifiedTradeSettlementPaymentMeans/TypeCode")).containsExactly("59");
        assertThat(text(xml, "SpecifiedTradePaymentTerms/DirectDebitMandateID")).isEqualTo("KD-10042-SERVICE");
        assertThat(text(xml, "ApplicableHeaderTradeSettlement/CreditorReferenceID")).isEqualTo("DE98ZZZ09999999999");
        assertThat(text(xml, "PayerPartyDebtorFinancialAccount/IBANID")).isEqualTo("DE02120300000000202051");
        assertThat(nodes(xml, "PayeePartyCreditorFinancialAccount").getLength()).isZero();

        ZUGFeRDValidator validator = new ZUGFeRDValidator();
        String report = validator.validate(bytes, "RE-2026-00077.xml");
        assertThat(validator.wasCompletelyValid()).as(report).isTrue();
        assertThat(EInvoiceGaps.of(debited)).isEmpty();
    }

    @Test
    void aDirectDebitWithoutOurCreditorIdIsAGap() {
        CompanyProfile noCreditorId = new CompanyProfile(SELLER.name(), SELLER.street(), SELLER.zip(), SELLER.city(),
                SELLER.country(), SELLER.vatId(), SELLER.email(), SELLER.phone(), SELLER.bankName(), "", SELLER.bic(),
                SELLER.taxNumber(), "");
        EInvoiceData invoice = new EInvoiceData("RE-1", EInvoiceData.Kind.INVOICE, LocalDate.of(2026, 11, 30), null, null,
                "EUR", noCreditorId, null, new EInvoiceData.Buyer("K", "S 1", "1", "W", "DE", null, "k@testwelt.example", null),
                null, null, LINES, null, null, null, new EInvoiceData.Debit("M-1", "DE02120300000000202051"));
        assertThat(EInvoiceGaps.of(invoice)).contains("einvoice.gap.creditor-id").doesNotContain("einvoice.gap.seller-iban");
    }

    @Test
    void unitsAsStaffTypeThemBecomeRec20Codes() {
        assertThat(List.of("Stk", "Stück", "Std.", "h", "Monat", "month", "kg", "Pausch.", "Karton", "", "Fass"))
                .map(EInvoiceData::unitCode)
                .containsExactly("H87", "H87", "HUR", "HUR", "MON", "MON", "KGM", "LS", "XCT", "C62", "C62");
    }


}
