package org.kundenportal.documents.einvoice;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.kundenportal.documents.domain.DocumentLine;

/**
 * What a received e-invoice says, as {@link EInvoiceReader} read it: header, parties, lines and the totals the file
 * states (which need not agree with its lines: that is for staff to see).
 *
 * @param embeddedInPdf true for a ZUGFeRD / Factur-X PDF, false for an XML file (XRechnung)
 * @param syntax        "CII" or "UBL"
 * @param lines         product lines; document-level charges and allowances follow as lines of their own
 */
public record IncomingEInvoice(String number, LocalDate issueDate, LocalDate dueDate, Currency currency, Party seller,
                               Party buyer, List<DocumentLine> lines, StatedTotals totals, BankAccount bankAccount,
                               boolean embeddedInPdf, String syntax) {

    /** Seller or buyer as the file names them. */
    public record Party(String name, String vatId, String street, String zip, String city, String countryCode) {
    }

    /** The amounts the file states in its header (EN 16931 BT-106, BT-109, BT-110, BT-112, BT-113, BT-115). */
    public record StatedTotals(BigDecimal lineTotal, BigDecimal net, BigDecimal tax, BigDecimal gross,
                               BigDecimal prepaid, BigDecimal due) {
    }

    /** Where the seller wants the money: null when the file names no account. */
    public record BankAccount(String iban, String bic, String accountName) {
    }
}
