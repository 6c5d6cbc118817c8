package org.kundenportal.documents.einvoice;

import java.util.ArrayList;
import java.util.List;

/**
 * What an invoice lacks to be a valid e-invoice (EN 16931 and XRechnung), as translation keys naming the field, so
 * that staff can fill it in before posting.
 */
public final class EInvoiceGaps {

    private EInvoiceGaps() {
    }

    public static List<String> of(EInvoiceData invoice) {
        List<String> gaps = new ArrayList<>();
        var seller = invoice.seller();
        if (blank(seller.vatId()) && blank(invoice.sellerTaxNumber())) {
            gaps.add("einvoice.gap.seller-tax-id");
        }
        if (blank(seller.street()) || blank(seller.zip()) || blank(seller.city())) {
            gaps.add("einvoice.gap.seller-address");
        }
        if (blank(seller.email())) {
            gaps.add("einvoice.gap.seller-email");
        }
        if (blank(seller.phone())) {
            gaps.add("einvoice.gap.seller-phone");
        }
        if (invoice.debit() == null && blank(seller.iban())) {
            gaps.add("einvoice.gap.seller-iban");
        }
        if (invoice.debit() != null && blank(seller.creditorId())) {
            gaps.add("einvoice.gap.creditor-id");
        }
        var buyer = invoice.buyer();
        if (blank(buyer.street()) || blank(buyer.zip()) || blank(buyer.city())) {
            gaps.add("einvoice.gap.buyer-address");
        }
        if (blank(buyer.email())) {
            gaps.add("einvoice.gap.buyer-email");
        }
        boolean reverseCharge = invoice.lines().stream().anyMatch(line -> line.hasAmount()
                && invoice.category(line.taxRate()) == EInvoiceData.TaxCategory.REVERSE_CHARGE);
        if (reverseCharge && blank(seller.vatId())) {
            gaps.add("einvoice.gap.seller-vat-id");
        }
        if (invoice.lines().stream().noneMatch(line -> line.hasAmount())) {
            gaps.add("einvoice.gap.lines");
        }
        return gaps;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
