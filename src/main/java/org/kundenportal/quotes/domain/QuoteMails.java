package org.kundenportal.quotes.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.kundenportal.base.db.AfterCommit;
import org.kundenportal.base.i18n.Formats;
import org.kundenportal.base.mail.MailRecipients.Recipient;
import org.kundenportal.base.mail.MailRecipients;
import org.kundenportal.base.mail.MailService;
import org.kundenportal.base.mail.MailTemplate;
import org.kundenportal.base.mail.PortalLinks;
import org.kundenportal.base.security.AreaPermission;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Who hears about a quote, and the mails they get. Mails go out only after the change commits, and a mail that
 * fails is logged: the customer's answer stands whether or not the mail server is up.
 */
@Component
public class QuoteMails {

    private static final Logger log = LoggerFactory.getLogger(QuoteMails.class);

    private final MailRecipients recipients;
    private final MailService mail;
    private final PortalLinks links;

    public QuoteMails(MailRecipients recipients, MailService mail, PortalLinks links) {
        this.recipients = recipients;
        this.mail = mail;
        this.links = links;
    }

    /**
     * The customer company's portal users allowed to see quotes; when it has none, the quote's contact person.
     */
    public List<Recipient> customerRecipients(long companyId, Long contactId) {
        List<Recipient> users = recipients.customerUsers(companyId, AreaPermission.QUOTES);
        return users.isEmpty() ? recipients.contact(contactId).stream().toList() : users;
    }

    /** The staff member responsible for the quote, or every staff user when nobody is. */
    public List<Recipient> staffRecipients(Long responsibleUserId) {
        return recipients.responsibleOrAllStaff(responsibleUserId);
    }

    public void quoteSent(Quote quote, List<Recipient> recipients) {
        for (Recipient recipient : recipients) {
            Locale locale = Locale.forLanguageTag(recipient.language());
            send(MailTemplate.QUOTE_SENT, recipient, Map.of(
                    "contact.name", recipient.name(),
                    "document.number", quote.number(),
                    "amount", Formats.money(quote.total(), quote.currency(), locale),
                    "valid.until", quote.validUntil() == null ? "–" : Formats.date(quote.validUntil(), locale),
                    "link", links.to("quotes/" + quote.number())));
        }
    }

    public void quoteAccepted(Quote quote, String signerName) {
        toStaff(MailTemplate.QUOTE_ACCEPTED, quote, locale -> Map.of(
                "amount", Formats.money(quote.total(), quote.currency(), locale),
                "signer.name", signerName));
    }

    public void quoteDeclined(Quote quote, String reason) {
        toStaff(MailTemplate.QUOTE_DECLINED, quote, locale -> Map.of("reason", reason));
    }

    /** A mail about the customer's answer to the staff in charge, with the template's own values per language. */
    private void toStaff(MailTemplate template, Quote quote, Function<Locale, Map<String, String>> templateValues) {
        for (Recipient recipient : staffRecipients(quote.responsibleUserId())) {
            Map<String, String> values = new HashMap<>(templateValues.apply(Locale.forLanguageTag(recipient.language())));
            values.put("user.name", recipient.name());
            values.put("customer.name", quote.customerName());
            values.put("document.number", quote.number());
            values.put("link", links.to("staff/quotes/" + quote.number()));
            send(template, recipient, values);
        }
    }

    private void send(MailTemplate template, Recipient recipient, Map<String, String> values) {
        AfterCommit.run(() -> {
            try {
                mail.send(template, recipient.email(), recipient.language(), values);
            } catch (RuntimeException failed) {
                log.warn("{} mail to {} not sent", template.key(), recipient.email(), failed);
            }
        });
    }
}
