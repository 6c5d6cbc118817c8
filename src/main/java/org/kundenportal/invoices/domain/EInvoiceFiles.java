package org.kundenportal.invoices.domain;

import java.util.Locale;
import java.util.Optional;

/**
 * The e-invoice files of a posted customer invoice (also a prepayment invoice or credit note), made from what is
 * stored now, for whoever sends or serves them on the company's behalf: the invoice mail and the integration API.
 * Empty for drafts, cancelled invoices and vendor bills. Made beside the invoice PDFs ({@code invoices/pdf}); this
 * interface lets the invoices' domain and API use them without depending on the PDF code.
 */
public interface EInvoiceFiles {

    /** The ZUGFeRD PDF: the printed invoice as PDF/A-3 with its EN 16931 XML inside. */
    Optional<byte[]> zugferdPdf(String number, Locale locale);

    /** The XRechnung (CII XML). */
    Optional<byte[]> xrechnung(String number, Locale locale);
}
