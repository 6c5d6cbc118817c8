package org.kundenportal.mailbox.domain;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.kundenportal.base.mail.CaughtMails;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/** The mailbox shows what the embedded SMTP server caught, and says it is not there where none runs (the jar). */
class MailboxTest {

    @Test
    void withoutTheEmbeddedSmtpServerTheMailboxIsUnavailableAndEmpty() {
        Mailbox mailbox = new Mailbox(new StaticListableBeanFactory().getBeanProvider(CaughtMails.class));

        assertThat(mailbox.isAvailable()).isFalse();
        assertThat(mailbox.received()).isEmpty();
    }

    @Test
    void withTheEmbeddedSmtpServerItListsWhatItCaughtNewestFirst() throws Exception {
        MimeMessage older = mail("Older", new Date(1_000_000L));
        MimeMessage newer = mail("Newer", new Date(2_000_000L));
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("caughtMails", (CaughtMails) () -> List.of(older, newer));
        Mailbox mailbox = new Mailbox(beans.getBeanProvider(CaughtMails.class));

        assertThat(mailbox.isAvailable()).isTrue();
        assertThat(mailbox.received()).extracting(Mailbox.ReceivedMail::subject).containsExactly("Newer", "Older");
    }

    private static MimeMessage mail(String subject, Date sent) throws Exception {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
        message.setFrom(new InternetAddress("portal@testwelt.example"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress("reader@testwelt.example"));
        message.setSubject(subject);
        message.setSentDate(sent);
        message.setText("Hallo");
        return message;
    }
}
