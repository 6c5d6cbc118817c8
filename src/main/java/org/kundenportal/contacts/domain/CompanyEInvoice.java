package org.kundenportal.contacts.domain;

/**
 * What a customer company's e-invoices need besides its address.
 *
 * @param buyerReference the reference its accounts payable asks for (the Leitweg-ID of German authorities), or ""
 * @param wantsXRechnung whether its invoice mails carry the XRechnung XML beside the ZUGFeRD PDF
 */
public record CompanyEInvoice(String buyerReference, boolean wantsXRechnung) {

    public static final CompanyEInvoice NONE = new CompanyEInvoice("", false);

    public CompanyEInvoice {
        buyerReference = buyerReference == null ? "" : buyerReference.strip();
    }

    public CompanyEInvoice withXRechnung(boolean wanted) {
        return new CompanyEInvoice(buyerReference, wanted);
    }
}
