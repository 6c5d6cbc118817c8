package org.kundenportal.mailtemplates.domain;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.kundenportal.base.audit.AuditAction;
import org.kundenportal.base.audit.AuditLog;
import org.kundenportal.base.i18n.Formats;
import org.kundenportal.base.mail.EmailTemplates;
import org.kundenportal.base.mail.EmailTemplates.Stored;
import org.kundenportal.base.mail.EmailTemplates.Text;
import org.kundenportal.base.mail.MailTemplate;
import org.kundenportal.base.mail.TemplateText;
import org.kundenportal.base.settings.Settings;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/** What admins do with the email texts: edit with the template's placeholders only, preview, reset, audited. */
@Service
public class TemplateEditing {

    public static final int MAX_SUBJECT_LENGTH = 300;
    /** The body column is TEXT: 65,535 bytes, and umlauts take two. */
    public static final int MAX_BODY_LENGTH = 30_000;

    public enum SaveStatus { SAVED, UNKNOWN_PLACEHOLDERS, SUBJECT_REQUIRED, BODY_REQUIRED, TOO_LONG, CHANGED_MEANWHILE }

    /** @param unknownPlaceholders for {@link SaveStatus#UNKNOWN_PLACEHOLDERS}, in the order they appear */
    public record SaveOutcome(SaveStatus status, Set<String> unknownPlaceholders) {

        static SaveOutcome of(SaveStatus status) {
            return new SaveOutcome(status, Set.of());
        }
    }

    private final EmailTemplates templates;
    private final Settings settings;
    private final AuditLog audit;
    private final String baseUrl;

    public TemplateEditing(EmailTemplates templates, Settings settings, AuditLog audit,
                           @Value("${kundenportal.base-url}") String baseUrl) {
        this.templates = templates;
        this.settings = settings;
        this.audit = audit;
        this.baseUrl = baseUrl;
    }

    public Stored stored(MailTemplate template, String language) {
        return templates.stored(template, language);
    }

    public boolean isDefault(MailTemplate template, String language, Text text) {
        return sameText(EmailTemplates.defaultText(template, language), text);
    }

    /** Equal but for the spaces and line ends that saving evens out. */
    public boolean sameText(Text one, Text other) {
        return normalized(one).equals(normalized(other));
    }

    /** Saves the text if it only uses the template's placeholders and nobody saved it since {@code basedOn}. */
    public SaveOutcome save(MailTemplate template, String language, Text edited, Instant basedOn, long actorUserId) {
        Text text = normalized(edited);
        if (text.subject().isEmpty()) {
            return SaveOutcome.of(SaveStatus.SUBJECT_REQUIRED);
        }
        if (text.body().isBlank()) {
            return SaveOutcome.of(SaveStatus.BODY_REQUIRED);
        }
        if (text.subject().length() > MAX_SUBJECT_LENGTH || text.body().length() > MAX_BODY_LENGTH) {
            return SaveOutcome.of(SaveStatus.TOO_LONG);
        }
        Set<String> unknown = EmailTemplates.unknownPlaceholders(template, text);
        if (!unknown.isEmpty()) {
            return new SaveOutcome(SaveStatus.UNKNOWN_PLACEHOLDERS, unknown);
        }
        if (!templates.save(template, language, text, basedOn, actorUserId)) {
            return SaveOutcome.of(SaveStatus.CHANGED_MEANWHILE);
        }
        audit.record(AuditAction.TEMPLATE_CHANGED, "email_template", null, template.key() + "/" + language);
        return SaveOutcome.of(SaveStatus.SAVED);
    }

    public void reset(MailTemplate template, String language, long actorUserId) {
        templates.reset(template, language, actorUserId);
        audit.record(AuditAction.TEMPLATE_RESET, "email_template", null, template.key() + "/" + language);
    }

    /** The text as a sample recipient would read it; placeholders it must not use stay visible. */
    public Text preview(MailTemplate template, String language, Text text) {
        Map<String, String> values = sampleValues(template, language);
        return new Text(TemplateText.render(text.subject(), values), TemplateText.render(text.body(), values));
    }

    /** The template's placeholders, sorted, each with the sample value the preview uses. */
    public Map<String, String> sampleValues(MailTemplate template, String language) {
        boolean german = "de".equals(language);
        Map<String, String> samples = Map.ofEntries(
                Map.entry("contact.name", german ? "Erika Mustermann" : "Jane Smith"),
                Map.entry("user.name", german ? "Erika Mustermann" : "Jane Smith"),
                Map.entry("company.name", settings.companyProfile().name()),
                Map.entry("link", baseUrl + "/sample-link"),
                Map.entry("expires", Formats.dateTime(Instant.now().plus(Duration.ofHours(2)), Locale.forLanguageTag(language))),
                Map.entry("new.email", german ? "erika.neu@example.com" : "jane.new@example.com"),
                Map.entry("document.number", "RE-2026-00042"),
                Map.entry("amount", Formats.money(new BigDecimal("1190.00"), Locale.forLanguageTag(language))),
                Map.entry("customer.name", "Bäckerei Sonnenschein GmbH"),
                Map.entry("document.title", german ? "Rechnung RE-2026-00042" : "Invoice RE-2026-00042"),
                Map.entry("message", german ? "Könnten Sie die Lieferung auf Freitag legen?" : "Could you move the delivery to Friday?"),
                Map.entry("ticket.number", "T-2026-00042"),
                Map.entry("ticket.subject", german ? "Kassendrucker druckt nicht" : "Receipt printer does not print"));
        Map<String, String> values = new LinkedHashMap<>();
        for (String name : new TreeSet<>(template.placeholders())) {
            values.put(name, samples.getOrDefault(name, "[" + name + "]"));
        }
        return values;
    }

    /** Subject on one line without surrounding spaces, body with Unix line ends and one final line end. */
    private static Text normalized(Text text) {
        String subject = text.subject() == null ? "" : text.subject().replaceAll("\\s*\\R\\s*", " ").strip();
        String body = text.body() == null ? "" : text.body().replaceAll("\\R", "\n").strip() + "\n";
        return new Text(subject, body);
    }
}
