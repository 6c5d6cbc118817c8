package org.kundenportal.history.domain;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kundenportal.base.db.AfterCommit;
import org.kundenportal.base.i18n.TranslationProvider;
import org.kundenportal.base.mail.MailDeliveryException;
import org.kundenportal.base.mail.MailRecipients.Recipient;
import org.kundenportal.base.mail.MailRecipients;
import org.kundenportal.base.mail.MailService;
import org.kundenportal.base.mail.MailTemplate;
import org.kundenportal.base.mail.PortalLinks;
import org.kundenportal.base.settings.SettingKey;
import org.kundenportal.base.settings.Settings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Tells the other side of a document about a new message: staff about a portal user's message, the company's
 * portal users who may see the document about a staff message. Mails go out after the message is committed.
 */
@Component
class HistoryNotifications {

    private static final Logger log = LoggerFactory.getLogger(HistoryNotifications.class);
    private static final int MAX_QUOTED_CHARS = 2000;

    private final MailRecipients recipients;
    private final MailService mail;
    private final PortalLinks links;
    private final Settings settings;
    private final TranslationProvider translations;

    HistoryNotifications(MailRecipients recipients, MailService mail, PortalLinks links, Settings settings,
                         TranslationProvider translations) {
        this.recipients = recipients;
        this.mail = mail;
        this.links = links;
        this.settings = settings;
        this.translations = translations;
    }

    void portalMessage(DocumentInfo document, String authorName, String message) {
        send(staffRecipients(document), document, document.staffPath(), authorName, message);
    }

    void staffMessage(DocumentInfo document, long authorUserId, String authorName, String message) {
        List<Recipient> recipients = portalRecipients(document, authorUserId);
        send(recipients, document, document.portalPath(), authorName, message);
    }

    /** The staff member in charge, else the company's address from the settings. */
    List<Recipient> staffRecipients(DocumentInfo document) {
        List<Recipient> responsible = recipients.responsibleStaff(document.responsibleUserId());
        if (!responsible.isEmpty()) {
            return responsible;
        }
        String companyEmail = settings.get(SettingKey.COMPANY_EMAIL);
        return companyEmail == null || companyEmail.isBlank() ? List.of()
                : List.of(new Recipient(companyEmail.strip(), settings.companyProfile().name(),
                        translations.supported(null).getLanguage()));
    }

    /**
     * The document company's portal users who may open it: on the customer side customers (or the partner's
     * own users) with the document's area permission (tickets need none), on the supplier side the supplier's users.
     */
    List<Recipient> portalRecipients(DocumentInfo document, long exceptUserId) {
        return document.side() == DocumentSide.SUPPLIER
                ? recipients.supplierUsers(document.companyId(), exceptUserId)
                : recipients.customerUsers(document.companyId(), document.area(), exceptUserId);
    }

    private void send(List<Recipient> recipients, DocumentInfo document, String path, String authorName, String message) {
        if (recipients.isEmpty()) {
            return;
        }
        String quoted = message.length() > MAX_QUOTED_CHARS ? message.substring(0, MAX_QUOTED_CHARS) + " …" : message;
        String link = links.to(path);
        AfterCommit.run(() -> recipients.forEach(recipient -> {
            String title = translations.getTranslation(document.titleKey(), Locale.forLanguageTag(recipient.language()),
                    document.number());
            try {
                mail.send(MailTemplate.HISTORY_MESSAGE, recipient.email(), recipient.language(), Map.of(
                        "user.name", recipient.name(),
                        "author.name", authorName,
                        "document.title", title,
                        "message", quoted,
                        "link", link));
            } catch (MailDeliveryException e) {
                // the message is saved and shows in the history; a mail server that is down must not undo it
                log.warn("History message on {} not mailed to {}", document.ref(), recipient.email());
            }
        }));
    }
}
