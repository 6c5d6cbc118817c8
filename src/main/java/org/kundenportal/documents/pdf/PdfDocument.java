package org.kundenportal.documents.pdf;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import org.kundenportal.base.settings.CompanyProfile;
import org.kundenportal.documents.domain.DocumentLine;
import org.kundenportal.documents.domain.Totals;

/**
 * Everything a business document PDF shows, already read and checked by whoever builds it: the renderer knows no
 * tables and no access rules. Texts that vary per document (title, meta labels) come translated; amounts and dates
 * stay typed, the renderer formats them in {@link #locale()}.
 *
 * @param meta          the information block beside the address: dates, reference, contact person
 * @param recipient     the window address, one line each
 * @param expectedDates whether the lines table shows each line's expected date (purchase orders)
 * @param extraTotals   rows below the total, e.g. paid and amount due
 * @param paymentTerms  null when the document has none
 * @param note          null when the document has none
 * @param signature     null unless the document was signed online
 * @param transfer      null unless the recipient is asked to pay by bank transfer
 * @param directDebit   null unless the amount is collected from the recipient's account (then there is no transfer)
 */
public record PdfDocument(Locale locale, Currency currency, String title, String number, List<Field> meta,
                          Letterhead seller, List<String> recipient, List<DocumentLine> lines, boolean expectedDates,
                          Totals totals, List<Amount> extraTotals, String paymentTerms, String note,
                          Signature signature, Transfer transfer, DirectDebit directDebit) {

    public PdfDocument {
        meta = List.copyOf(meta);
        recipient = List.copyOf(recipient);
        lines = List.copyOf(lines);
        extraTotals = List.copyOf(extraTotals);
    }

    /** A label and its already formatted value. */
    public record Field(String label, String value) {
    }

    /** A labelled amount in the document's currency; a strong one is set in bold. */
    public record Amount(String label, BigDecimal amount, boolean strong) {
    }

    /** The selling company: letterhead, footer and the sender line above the window address. */
    public record Letterhead(CompanyProfile company, byte[] logo) {
    }

    /** An online signature: the drawn image (PNG), the signer's name and when it happened. */
    public record Signature(byte[] png, String name, Instant signedAt) {
    }

    /**
     * How to pay by bank transfer, with the EPC GiroCode ("scan to pay") as a PNG.
     */
    public record Transfer(String beneficiary, String bankName, String iban, String bic, BigDecimal amount,
                           String reference, byte[] qrPng) {
    }

    /**
     * The amount is collected by SEPA direct debit under the recipient's mandate.
     *
     * @param maskedIban the debited account as documents show it (only its start and end)
     */
    public record DirectDebit(BigDecimal amount, String maskedIban, String mandateReference, String creditorId) {
    }
}
