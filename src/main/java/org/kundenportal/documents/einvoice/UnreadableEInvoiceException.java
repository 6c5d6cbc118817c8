package org.kundenportal.documents.einvoice;

/** A file that is no e-invoice we can read; the message key says why, in words for the person who uploaded it. */
public class UnreadableEInvoiceException extends RuntimeException {

    private final String messageKey;

    public UnreadableEInvoiceException(String messageKey, Throwable cause) {
        super("Unreadable e-invoice: " + messageKey, cause);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
