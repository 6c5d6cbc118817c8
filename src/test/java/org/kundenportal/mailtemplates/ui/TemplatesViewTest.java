package org.kundenportal.mailtemplates.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kundenportal.KaribuTest;
import org.kundenportal.TestWorld;
import org.kundenportal.base.mail.EmailTemplates;
import org.kundenportal.base.mail.MailTemplate;
import org.springframework.beans.factory.annotation.Autowired;

class TemplatesViewTest extends KaribuTest {

    @Autowired
    EmailTemplates templates;

    @BeforeEach
    void openAsAdmin() {
        login(TestWorld.ADMIN);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate("staff/templates");
    }

    @AfterEach
    void restoreTheShippedTexts() {
        for (String language : EmailTemplates.LANGUAGES) {
            templates.reset(MailTemplate.PASSWORD_RESET, language, null);
        }
    }

    @SuppressWarnings("unchecked")
    private static void choose(MailTemplate template, String language) {
        _setValue(_get(Select.class, spec -> spec.withId("template-select")), template);
        _setValue(_get(Select.class, spec -> spec.withId("template-language")), language);
    }

    private static TextField subject() {
        return _get(TextField.class, spec -> spec.withId("template-subject"));
    }

    private static TextArea body() {
        return _get(TextArea.class, spec -> spec.withId("template-body"));
    }

    private static void save() {
        _click(_get(Button.class, spec -> spec.withId("template-save")));
    }

    @Test
    void showsTheTemplateWithItsPlaceholdersAndAPreview() {
        choose(MailTemplate.PASSWORD_RESET, "en");

        assertThat(subject().getValue()).isEqualTo("Reset your password – customer portal of {{company.name}}");
        assertThat(_find(Code.class)).extracting(Code::getText)
                .containsExactly("{{company.name}}", "{{expires}}", "{{link}}", "{{user.name}}");
        assertThat(_get(Span.class, spec -> spec.withId("template-preview-subject")).getText())
                .isEqualTo("Reset your password – customer portal of " + TestWorld.SELLER);
        assertThat(_get(Pre.class, spec -> spec.withId("template-preview-body")).getText()).startsWith("Hello Jane Smith,");
        assertThat(_get(Span.class, spec -> spec.withId("template-origin")).getText()).isEqualTo("Default text");
    }

    @Test
    void anUnknownPlaceholderIsRefusedOnSaveByName() {
        choose(MailTemplate.PASSWORD_RESET, "de");
        String before = body().getValue();

        _setValue(body(), before + "\nIhr Gutschein: {{voucher.code}}");
        save();

        assertThat(body().isInvalid()).isTrue();
        assertThat(body().getErrorMessage()).isEqualTo("Unknown placeholders for this template: {{voucher.code}}");
        NotificationsKt.expectNotifications("Unknown placeholders for this template: {{voucher.code}}");
        assertThat(templates.stored(MailTemplate.PASSWORD_RESET, "de").text().body()).isEqualTo(before);
    }

    @Test
    void aValidChangeIsSavedAndTheResetBringsBackTheDefault() {
        choose(MailTemplate.PASSWORD_RESET, "de");
        _setValue(subject(), "Neues Passwort für {{user.name}}");

        save();

        NotificationsKt.expectNotifications("The template has been saved.");
        assertThat(templates.stored(MailTemplate.PASSWORD_RESET, "de").text().subject()).isEqualTo("Neues Passwort für {{user.name}}");
        assertThat(_get(Span.class, spec -> spec.withId("template-origin")).getText()).isEqualTo("Changed text");

        _click(_get(Button.class, spec -> spec.withId("template-reset")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        assertThat(subject().getValue()).isEqualTo(EmailTemplates.defaultText(MailTemplate.PASSWORD_RESET, "de").subject());
        assertThat(templates.stored(MailTemplate.PASSWORD_RESET, "de").text())
                .isEqualTo(EmailTemplates.defaultText(MailTemplate.PASSWORD_RESET, "de"));
    }

    @Test
    void switchingTemplatesWithUnsavedChangesAsksFirst() {
        choose(MailTemplate.PASSWORD_RESET, "en");
        _setValue(subject(), "Unsaved idea");

        _setValue(_get(Select.class, spec -> spec.withId("template-select")), MailTemplate.INVITATION);

        assertThat(_get(Select.class, spec -> spec.withId("template-select")).getValue()).isEqualTo(MailTemplate.PASSWORD_RESET);
        assertThat(subject().getValue()).isEqualTo("Unsaved idea");
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(_get(Select.class, spec -> spec.withId("template-select")).getValue()).isEqualTo(MailTemplate.INVITATION);
        assertThat(subject().getValue()).isEqualTo(templates.stored(MailTemplate.INVITATION, "en").text().subject());
    }

    @Test
    void staffWhoAreNoAdminsCannotOpenIt() {
        login(TestWorld.STAFF);

        navigate("staff/templates");

        assertThat(_find(TemplatesView.class)).isEmpty();
    }

    @Test
    void everyTemplateHasANameInBothLanguages() throws Exception {
        for (String file : new String[] {"translations.properties", "translations_de.properties"}) {
            Properties texts = new Properties();
            try (var in = getClass().getResourceAsStream("/vaadin-i18n/" + file)) {
                texts.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            }
            for (MailTemplate template : MailTemplate.values()) {
                assertThat(texts).containsKey("mail-template." + template.key());
            }
        }
    }
}
