package org.kundenportal.base.mail;

/** A mail could not be handed to the SMTP server; callers tell the user and keep their data. */
public class MailDeliveryException extends RuntimeException {

    public MailDeliveryException(String recipient, Exception cause) {
        super("Mail to " + recipient + " could not be sent: " + cause.getMessage(), cause);
    }
}
