package org.kundenportal.base.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kundenportal.SpringTest;
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
        mail.send(MailTemplate.TEST_MAIL, "german@example.com", "de", Map.of("user.name", "Grete", "link", "http://portal.test/"));
        mail.send(MailTemplate.TEST_MAIL, "english@example.com", "en", Map.of("user.name", "Edward", "link", "http://portal.test/"));

        MimeMessage german = receivedBy("german@example.com");
        assertThat(german.getSubject()).isEqualTo("Testnachricht von Nordlicht Handel GmbH");
        assertThat(GreenMailUtil.getBody(german)).contains("Hallo Grete").contains("http://portal.test/");
        assertThat(german.getFrom()[0].toString()).contains("Nordlicht Handel GmbH");

        MimeMessage english = receivedBy("english@example.com");
        assertThat(english.getSubject()).isEqualTo("Test message from Nordlicht Handel GmbH");
        assertThat(GreenMailUtil.getBody(english)).contains("Hello Edward");
    }

    @Test
    void unknownLanguageFallsBackToGerman() throws Exception {
        mail.send(MailTemplate.TEST_MAIL, "french@example.com", "fr", Map.of("user.name", "Fleur", "link", "x"));

        assertThat(receivedBy("french@example.com").getSubject()).startsWith("Testnachricht");
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
