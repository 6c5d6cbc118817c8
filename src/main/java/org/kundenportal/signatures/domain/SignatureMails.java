package org.kundenportal.signatures.domain;

import java.util.Map;
import org.kundenportal.base.db.AfterCommit;
import org.kundenportal.base.mail.MailRecipients;
import org.kundenportal.base.mail.MailService;
import org.kundenportal.base.mail.MailTemplate;
import org.kundenportal.base.mail.PortalLinks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The mail that asks the signer to sign. It goes out only after the sending commits, and a mail that fails is
 * logged: the request is sent and waits in the portal whether or not the mail server is up.
 */
@Component
class SignatureMails {

    private static final Logger log = LoggerFactory.getLogger(SignatureMails.class);

    private final MailRecipients recipients;
    private final MailService mail;
    private final PortalLinks links;

    SignatureMails(MailRecipients recipients, MailService mail, PortalLinks links) {
        this.recipients = recipients;
        this.mail = mail;
        this.links = links;
    }

    void requestSent(SignatureRequest request) {
        recipients.portalUser(request.signerUserId()).ifPresent(signer -> AfterCommit.run(() -> {
            try {
                mail.send(MailTemplate.SIGNATURE_REQUEST, signer.email(), signer.language(), Map.of(
                        "contact.name", signer.name(),
                        "document.number", request.number(),
                        "document.title", request.title(),
                        "message", request.message() == null ? "" : request.message(),
                        "link", links.to("signatures/" + request.number())));
            } catch (RuntimeException failed) {
                log.warn("{} mail to {} not sent", MailTemplate.SIGNATURE_REQUEST.key(), signer.email(), failed);
            }
        }));
    }
}
