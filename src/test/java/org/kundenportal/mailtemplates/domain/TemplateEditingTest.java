package org.kundenportal.mailtemplates.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kundenportal.db.Tables.AUDIT_LOG;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kundenportal.SpringTest;
import org.kundenportal.TestWorld;
import org.kundenportal.base.mail.EmailTemplates;
import org.kundenportal.base.mail.EmailTemplates.Text;
import org.kundenportal.base.mail.MailTemplate;
import org.kundenportal.mailtemplates.domain.TemplateEditing.SaveStatus;
import org.kundenportal.users.domain.UserRepository;
import org.springframework.beans.factory.annotation.Autowired;

class TemplateEditingTest extends SpringTest {

    @Autowired
    TemplateEditing editing;
    @Autowired
    EmailTemplates templates;
    @Autowired
    UserRepository users;
    @Autowired
    DSLContext db;

    @AfterEach
    void restoreTheShippedText() {
        templates.reset(MailTemplate.INVITATION, "de", null);
    }

    private long admin() {
        return users.accountByEmail(TestWorld.ADMIN).orElseThrow().id();
    }

    @Test
    void unknownPlaceholdersAreRefusedByName() {
        var stored = editing.stored(MailTemplate.INVITATION, "de");

        TemplateEditing.SaveOutcome outcome = editing.save(MailTemplate.INVITATION, "de",
                new Text("Willkommen {{user.name}}", "Hallo {{contact.name}}, {{ link }} {{rabatt}}"), stored.updatedAt(), admin());

        assertThat(outcome.status()).isEqualTo(SaveStatus.UNKNOWN_PLACEHOLDERS);
        assertThat(outcome.unknownPlaceholders()).containsExactly("user.name", "rabatt");
        assertThat(editing.stored(MailTemplate.INVITATION, "de")).isEqualTo(stored);
    }

    @Test
    void savingEvensOutSpacesAndIsAudited() {
        var stored = editing.stored(MailTemplate.INVITATION, "de");

        TemplateEditing.SaveOutcome outcome = editing.save(MailTemplate.INVITATION, "de",
                new Text("  Ihr Zugang\r\n zu {{company.name}} ", "Hallo {{contact.name}},\r\nbitte hier: {{link}}\r\n\r\n"),
                stored.updatedAt(), admin());

        assertThat(outcome.status()).isEqualTo(SaveStatus.SAVED);
        assertThat(editing.stored(MailTemplate.INVITATION, "de").text())
                .isEqualTo(new Text("Ihr Zugang zu {{company.name}}", "Hallo {{contact.name}},\nbitte hier: {{link}}\n"));
        assertThat(db.fetchExists(AUDIT_LOG, AUDIT_LOG.ACTION.eq("TEMPLATE_CHANGED").and(AUDIT_LOG.DETAILS.eq("invitation/de"))))
                .isTrue();
    }

    @Test
    void emptySubjectOrBodyAndStaleEditsAreRefused() {
        var stored = editing.stored(MailTemplate.INVITATION, "de");
        assertThat(editing.save(MailTemplate.INVITATION, "de", new Text(" ", "Text"), stored.updatedAt(), admin()).status())
                .isEqualTo(SaveStatus.SUBJECT_REQUIRED);
        assertThat(editing.save(MailTemplate.INVITATION, "de", new Text("Betreff", "\n "), stored.updatedAt(), admin()).status())
                .isEqualTo(SaveStatus.BODY_REQUIRED);

        editing.save(MailTemplate.INVITATION, "de", new Text("Erste", "Erste Fassung"), stored.updatedAt(), admin());
        assertThat(editing.save(MailTemplate.INVITATION, "de", new Text("Zweite", "Zweite Fassung"), stored.updatedAt(), admin())
                .status()).isEqualTo(SaveStatus.CHANGED_MEANWHILE);
    }

    @Test
    void previewFillsInASampleRecipientAndKeepsUnknownPlaceholdersVisible() {
        Text preview = editing.preview(MailTemplate.INVITATION, "de",
                new Text("Zugang bei {{company.name}}", "Hallo {{contact.name}}, {{link}} {{rabatt}}"));

        assertThat(preview.subject()).isEqualTo("Zugang bei " + TestWorld.SELLER);
        assertThat(preview.body()).startsWith("Hallo Erika Mustermann, http").endsWith(" {{rabatt}}");
        assertThat(editing.sampleValues(MailTemplate.INVITATION, "en")).containsOnlyKeys(MailTemplate.INVITATION.placeholders())
                .containsEntry("contact.name", "Jane Smith");
    }

    @Test
    void resetRestoresTheShippedTextAndIsAudited() {
        var stored = editing.stored(MailTemplate.INVITATION, "de");
        editing.save(MailTemplate.INVITATION, "de", new Text("Anders", "Ganz anders, {{contact.name}}"), stored.updatedAt(), admin());

        editing.reset(MailTemplate.INVITATION, "de", admin());

        Text text = editing.stored(MailTemplate.INVITATION, "de").text();
        assertThat(text).isEqualTo(EmailTemplates.defaultText(MailTemplate.INVITATION, "de"));
        assertThat(editing.isDefault(MailTemplate.INVITATION, "de", text)).isTrue();
        assertThat(db.fetchExists(AUDIT_LOG, AUDIT_LOG.ACTION.eq("TEMPLATE_RESET"))).isTrue();
    }
}
