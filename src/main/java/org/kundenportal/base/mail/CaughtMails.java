package org.kundenportal.base.mail;

import jakarta.mail.internet.MimeMessage;
import java.util.List;

/**
 * The mails the embedded SMTP server caught, for the back office's mailbox. A bean only where that server runs (the
 * embedded default); the production jar leaves GreenMail out, so readers ask for it with an {@code ObjectProvider}
 * and never name GreenMail themselves.
 */
@FunctionalInterface
public interface CaughtMails {

    List<MimeMessage> received();
}
