package org.kundenportal.webhooks.domain;

import java.util.Locale;
import java.util.Map;
import org.kundenportal.base.i18n.Formats;
import org.kundenportal.base.mail.MailDeliveryException;
import org.kundenportal.base.mail.MailRecipients;
import org.kundenportal.base.mail.MailService;
import org.kundenportal.base.mail.MailTemplate;
import org.kundenportal.base.mail.PortalLinks;
import org.springframework.stereotype.Component;

/** Tells every administrator that an endpoint was disabled because its deliveries kept failing. */
@Component
class WebhookMails {

    private final MailRecipients recipients;
    private final MailService mail;
    private final PortalLinks links;

    WebhookMails(MailRecipients recipients, MailService mail, PortalLinks links) {
        this.recipients = recipients;
        this.mail = mail;
        this.links = links;
    }

    void endpointDisabled(WebhookQueue.Disabled endpoint) {
        for (MailRecipients.Recipient admin : recipients.admins()) {
            Locale locale = Locale.of(admin.language());
            try {
                mail.send(MailTemplate.WEBHOOK_DISABLED, admin.email(), admin.language(), Map.of(
                        "user.name", admin.name(),
                        "endpoint.url", endpoint.url(),
                        "failing.since", endpoint.failingSince() == null ? "" : Formats.dateTime(endpoint.failingSince(), locale),
                        "error", endpoint.lastError() == null ? "" : endpoint.lastError(),
                        "link", links.to("staff/settings/webhooks")));
            } catch (MailDeliveryException e) {
                // logged by the mail service; the endpoint stays disabled and shows so in the back office
            }
        }
    }
}
