package org.kundenportal.base.mail;

import java.util.Set;

/**
 * Every email the product sends, with the placeholders its text may use. Feature issues add theirs,
 * each with default texts in {@code mail/templates/<key>.<language>.txt} (first line "Subject: ...").
 */
public enum MailTemplate {
    TEST_MAIL("test-mail", Set.of("user.name", "company.name", "link")),
    INVITATION("invitation", Set.of("contact.name", "company.name", "link", "expires")),
    PASSWORD_RESET("password-reset", Set.of("user.name", "company.name", "link", "expires")),
    EMAIL_CHANGE("email-change", Set.of("user.name", "company.name", "link", "new.email", "expires")),
    QUOTE_SENT("quote-sent", Set.of("contact.name", "company.name", "document.number", "amount", "valid.until", "link")),
    QUOTE_ACCEPTED("quote-accepted", Set.of("user.name", "customer.name", "document.number", "amount", "signer.name", "link")),
    QUOTE_DECLINED("quote-declined", Set.of("user.name", "customer.name", "document.number", "reason", "link")),
    INVOICE_SENT("invoice-sent", Set.of("contact.name", "company.name", "document.number", "amount", "due.date", "link")),
    PAYMENT_RECEIVED("payment-received", Set.of("user.name", "company.name", "document.number", "amount", "link")),
    PURCHASE_ORDER_SENT("purchase-order-sent", Set.of("contact.name", "company.name", "document.number", "expected.date", "link")),
    ORDER_SHIPPED("order-shipped", Set.of("contact.name", "company.name", "document.number", "tracking", "link")),
    HISTORY_MESSAGE("history-message", Set.of("user.name", "author.name", "document.title", "message", "link", "company.name")),
    TICKET_REQUEST_CONFIRMATION("ticket-request-confirmation",
            Set.of("contact.name", "company.name", "ticket.number", "ticket.subject", "link", "expires")),
    SIGNATURE_REQUEST("signature-request", Set.of("contact.name", "company.name", "document.number", "document.title", "message", "link")),
    WEBHOOK_DISABLED("webhook-disabled", Set.of("user.name", "company.name", "endpoint.url", "failing.since", "error", "link"));

    private final String key;
    private final Set<String> placeholders;

    MailTemplate(String key, Set<String> placeholders) {
        this.key = key;
        this.placeholders = placeholders;
    }

    public String key() {
        return key;
    }

    public Set<String> placeholders() {
        return placeholders;
    }
}
