package org.kundenportal.base.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kundenportal.Mails;
import org.kundenportal.SpringTest;
import org.kundenportal.TestWorld;
import org.kundenportal.base.mail.EmailTemplates.Stored;
import org.kundenportal.base.mail.EmailTemplates.Text;
import org.springframework.beans.factory.annotation.Autowired;

/** Stored template texts: saving with a guard against lost updates, and the reset to the shipped text. */
class EmailTemplatesTest extends SpringTest {

    @Autowired
    EmailTemplates templates;
    @Autowired
    MailService mail;
    @Autowired
    GreenMail smtp;

    @AfterEach
    void restoreTheShippedText() {
        templates.reset(MailTemplate.TEST_MAIL, "en", null);
    }

    @Test
    void aSavedTextIsTheOneMailsUseAndResetBringsBackTheDefault() {
        Stored stored = templates.stored(MailTemplate.TEST_MAIL, "en");
        Text changed = new Text("Hi from {{company.name}}", "Dear {{user.name}}, this is our new wording: {{link}}\n");

        assertThat(templates.save(MailTemplate.TEST_MAIL, "en", changed, stored.updatedAt(), null)).isTrue();
        mail.send(MailTemplate.TEST_MAIL, "changed-template@testwelt.example", "en", Map.of("user.name", "Edda", "link", "x"));

        var received = Mails.awaitMailTo(smtp, "changed-template@testwelt.example");
        assertThat(Mails.subject(received)).isEqualTo("Hi from " + TestWorld.SELLER);
        assertThat(Mails.text(received)).contains("Dear Edda, this is our new wording: x");

        templates.reset(MailTemplate.TEST_MAIL, "en", null);
        assertThat(templates.stored(MailTemplate.TEST_MAIL, "en").text())
                .isEqualTo(EmailTemplates.defaultText(MailTemplate.TEST_MAIL, "en"));
    }

    @Test
    void aSaveBasedOnAnOlderVersionChangesNothing() {
        Stored stored = templates.stored(MailTemplate.TEST_MAIL, "en");
        templates.save(MailTemplate.TEST_MAIL, "en", new Text("First", "First body\n"), stored.updatedAt(), null);

        boolean saved = templates.save(MailTemplate.TEST_MAIL, "en", new Text("Second", "Second body\n"), stored.updatedAt(), null);

        assertThat(saved).isFalse();
        assertThat(templates.stored(MailTemplate.TEST_MAIL, "en").text().subject()).isEqualTo("First");
    }

    @Test
    void unknownPlaceholdersAreNeverStored() {
        Stored stored = templates.stored(MailTemplate.TEST_MAIL, "en");
        Text text = new Text("{{user.name}}", "{{contact.name}} {{user.name}} {{ secret }}");

        assertThat(EmailTemplates.unknownPlaceholders(MailTemplate.TEST_MAIL, text)).containsExactly("contact.name", "secret");
        assertThatThrownBy(() -> templates.save(MailTemplate.TEST_MAIL, "en", text, stored.updatedAt(), null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(templates.stored(MailTemplate.TEST_MAIL, "en")).isEqualTo(stored);
    }
}
