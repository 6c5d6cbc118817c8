package org.kundenportal.base.mail;

import static org.kundenportal.db.Tables.EMAIL_TEMPLATE;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Repository;

/**
 * Email texts per template and language, stored in the database so staff can edit them. The shipped
 * defaults fill in whatever is missing at start-up and are what "reset to default" restores.
 */
@Repository
public class EmailTemplates {

    public static final List<String> LANGUAGES = List.of("de", "en");

    private final DSLContext db;

    public EmailTemplates(DSLContext db) {
        this.db = db;
    }

    public record Text(String subject, String body) {
    }

    /** A stored text with the moment it last changed, which a save must name to overwrite it. */
    public record Stored(Text text, Instant updatedAt) {
    }

    @EventListener(ApplicationReadyEvent.class)
    public void insertMissingDefaults() {
        for (MailTemplate template : MailTemplate.values()) {
            for (String language : LANGUAGES) {
                Text text = defaultText(template, language);
                db.insertInto(EMAIL_TEMPLATE)
                        .set(EMAIL_TEMPLATE.TEMPLATE_KEY, template.key())
                        .set(EMAIL_TEMPLATE.LANGUAGE, language)
                        .set(EMAIL_TEMPLATE.SUBJECT, text.subject())
                        .set(EMAIL_TEMPLATE.BODY, text.body())
                        .onDuplicateKeyIgnore()
                        .execute();
            }
        }
    }

    /** The text in the given language, else in German, the language every template has. */
    public Text text(MailTemplate template, String language) {
        return find(template, language)
                .or(() -> find(template, LANGUAGES.getFirst()))
                .orElseGet(() -> defaultText(template, LANGUAGES.getFirst()));
    }

    /** The text as stored for editing; only for the {@link #LANGUAGES}, which always have one. */
    public Stored stored(MailTemplate template, String language) {
        requireLanguage(language);
        return db.select(EMAIL_TEMPLATE.SUBJECT, EMAIL_TEMPLATE.BODY, EMAIL_TEMPLATE.UPDATED_AT).from(EMAIL_TEMPLATE)
                .where(EMAIL_TEMPLATE.TEMPLATE_KEY.eq(template.key()).and(EMAIL_TEMPLATE.LANGUAGE.eq(language)))
                .fetchSingle(row -> new Stored(new Text(row.value1(), row.value2()), row.value3()));
    }

    /**
     * Stores a new text unless someone changed it after {@code expectedUpdatedAt} (then nothing is written).
     *
     * @return whether it was stored
     * @throws IllegalArgumentException for placeholders the template does not know
     */
    public boolean save(MailTemplate template, String language, Text text, Instant expectedUpdatedAt, Long updatedBy) {
        requireLanguage(language);
        Set<String> unknown = unknownPlaceholders(template, text);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("Unknown placeholders " + unknown + " in " + template.key());
        }
        return db.update(EMAIL_TEMPLATE)
                .set(EMAIL_TEMPLATE.SUBJECT, text.subject())
                .set(EMAIL_TEMPLATE.BODY, text.body())
                .set(EMAIL_TEMPLATE.UPDATED_AT, Instant.now().truncatedTo(ChronoUnit.MILLIS))
                .set(EMAIL_TEMPLATE.UPDATED_BY, updatedBy)
                .where(EMAIL_TEMPLATE.TEMPLATE_KEY.eq(template.key()).and(EMAIL_TEMPLATE.LANGUAGE.eq(language))
                        .and(EMAIL_TEMPLATE.UPDATED_AT.eq(expectedUpdatedAt)))
                .execute() == 1;
    }

    /** Puts the shipped text back. */
    public void reset(MailTemplate template, String language, Long updatedBy) {
        requireLanguage(language);
        Text text = defaultText(template, language);
        db.update(EMAIL_TEMPLATE)
                .set(EMAIL_TEMPLATE.SUBJECT, text.subject())
                .set(EMAIL_TEMPLATE.BODY, text.body())
                .set(EMAIL_TEMPLATE.UPDATED_AT, Instant.now().truncatedTo(ChronoUnit.MILLIS))
                .set(EMAIL_TEMPLATE.UPDATED_BY, updatedBy)
                .where(EMAIL_TEMPLATE.TEMPLATE_KEY.eq(template.key()).and(EMAIL_TEMPLATE.LANGUAGE.eq(language)))
                .execute();
    }

    /** Placeholders in the text that the template does not fill, in the order they appear. */
    public static Set<String> unknownPlaceholders(MailTemplate template, Text text) {
        Set<String> used = TemplateText.placeholders(text.subject() + "\n" + text.body());
        used.removeAll(template.placeholders());
        return used;
    }

    private static void requireLanguage(String language) {
        if (!LANGUAGES.contains(language)) {
            throw new IllegalArgumentException("No email texts in " + language);
        }
    }

    private Optional<Text> find(MailTemplate template, String language) {
        return db.select(EMAIL_TEMPLATE.SUBJECT, EMAIL_TEMPLATE.BODY).from(EMAIL_TEMPLATE)
                .where(EMAIL_TEMPLATE.TEMPLATE_KEY.eq(template.key()).and(EMAIL_TEMPLATE.LANGUAGE.eq(language)))
                .fetchOptional(Records.mapping(Text::new));
    }

    public static Text defaultText(MailTemplate template, String language) {
        String path = "/mail/templates/" + template.key() + "." + language + ".txt";
        try (InputStream in = EmailTemplates.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("No default text " + path);
            }
            String content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int firstLineEnd = content.indexOf('\n');
            String subject = content.substring(0, firstLineEnd).replaceFirst("^Subject:\\s*", "").strip();
            return new Text(subject, content.substring(firstLineEnd + 1).strip() + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
