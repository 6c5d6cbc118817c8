package org.kundenportal.base.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kundenportal.Mails;
import org.kundenportal.SpringTest;
import org.kundenportal.TestWorld;
import org.springframework.beans.factory.annotation.Autowired;

/** Mails go through real SMTP to the embedded GreenMail server, rendered in the recipient's language. */
class MailServiceTest extends SpringTest {

    @Autowired
    MailService mail;
    @Autowired
    GreenMail smtp;

    private MimeMessage receivedBy(String recipient) throws Exception {
        return Arrays.stream(smtp.getReceivedMessages()).filter(message -> {
            try {
                return message.getAllRecipients()[0].toString().equals(recipient);
            } catch (Exception e) {
                return false;
            }
        }).findFirst().orElseThrow();
    }

    @Test
    void rendersTheTemplateInTheRecipientsLanguage() throws Exception {
        mail.send(MailTemplate.TEST_MAIL, "german@testwelt.example", "de", Map.of("user.name", "Grete", "link", "http://portal.test/"));
        mail.send(MailTemplate.TEST_MAIL, "english@testwelt.example", "en", Map.of("user.name", "Edward", "link", "http://portal.test/"));

        MimeMessage german = receivedBy("german@testwelt.example");
        assertThat(german.getSubject()).isEqualTo("Testnachricht von " + TestWorld.SELLER);
        assertThat(GreenMailUtil.getBody(german)).contains("Hallo Grete").contains("http://portal.test/");
        assertThat(german.getFrom()[0].toString()).contains(TestWorld.SELLER);

        MimeMessage english = receivedBy("english@testwelt.example");
        assertThat(english.getSubject()).isEqualTo("Test message from " + TestWorld.SELLER);
        assertThat(GreenMailUtil.getBody(english)).contains("Hello Edward");
    }

    @Test
    void filesGoAsAttachmentsOfAMultipartMailAndWithoutFilesTheMailStaysPlainText() throws Exception {
        byte[] pdf = "%PDF-1.7 not really".getBytes(StandardCharsets.US_ASCII);
        byte[] xml = "<?xml version=\"1.0\"?><a>ä</a>".getBytes(StandardCharsets.UTF_8);
        mail.send(MailTemplate.TEST_MAIL, "files@testwelt.example", "en", Map.of("user.name", "Fiona", "link", "x"),
                List.of(new MailAttachment("RE-1.pdf", "application/pdf", pdf),
                        new MailAttachment("RE-1.xml", "application/xml", xml)));
        mail.send(MailTemplate.TEST_MAIL, "nofiles@testwelt.example", "en", Map.of("user.name", "Nora", "link", "x"),
                List.of());

        MimeMessage withFiles = receivedBy("files@testwelt.example");
        assertThat(withFiles.getContentType()).startsWith("multipart/mixed");
        assertThat(Mails.text(withFiles)).contains("Hello Fiona");
        assertThat(Mails.attachments(withFiles)).satisfiesExactly(
                first -> {
                    assertThat(first.fileName()).isEqualTo("RE-1.pdf");
                    assertThat(first.contentType()).startsWith("application/pdf");
                    assertThat(first.content()).isEqualTo(pdf);
                },
                second -> {
                    assertThat(second.fileName()).isEqualTo("RE-1.xml");
                    assertThat(second.contentType()).startsWith("application/xml");
                    assertThat(second.content()).isEqualTo(xml);
                });
        MimeMessage plain = receivedBy("nofiles@testwelt.example");
        assertThat(plain.getContentType()).startsWith("text/plain");
        assertThat(Mails.attachments(plain)).isEmpty();
    }

    @Test
    void unknownLanguageFallsBackToGerman() throws Exception {
        mail.send(MailTemplate.TEST_MAIL, "french@testwelt.example", "fr", Map.of("user.name", "Fleur", "link", "x"));

        assertThat(receivedBy("french@testwelt.example").getSubject()).startsWith("Testnachricht");
    }

    @Test
    void placeholdersAreFoundAndFilled() {
        assertThat(TemplateText.placeholders("Hi {{ user.name }}, see {{link}} and {{link}}"))
                .containsExactly("user.name", "link");
        assertThat(TemplateText.render("Hi {{user.name}}, {{unknown}} $1", Map.of("user.name", "A$B")))
                .isEqualTo("Hi A$B, {{unknown}} $1");
    }

    @Test
    void everyTemplateHasDefaultTextsUsingOnlyItsPlaceholders() {
        for (MailTemplate template : MailTemplate.values()) {
            for (String language : EmailTemplates.LANGUAGES) {
                EmailTemplates.Text text = EmailTemplates.defaultText(template, language);
                assertThat(template.placeholders())
                        .containsAll(TemplateText.placeholders(text.subject() + text.body()));
            }
        }
    }
}
