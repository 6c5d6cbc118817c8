package org.kundenportal.history.domain;

import static org.kundenportal.db.Tables.APP_USER;
import static org.kundenportal.db.Tables.CONTACT;
import static org.kundenportal.db.Tables.USER_AREA_PERMISSION;
import static org.kundenportal.db.Tables.USER_ROLE;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.kundenportal.access.domain.AfterCommit;
import org.kundenportal.base.i18n.TranslationProvider;
import org.kundenportal.base.mail.MailDeliveryException;
import org.kundenportal.base.mail.MailService;
import org.kundenportal.base.mail.MailTemplate;
import org.kundenportal.base.mail.PortalLinks;
import org.kundenportal.base.security.Role;
import org.kundenportal.base.security.UserKind;
import org.kundenportal.base.settings.SettingKey;
import org.kundenportal.base.settings.Settings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Tells the other side of a document about a new message: staff about a portal user's message, the company's
 * portal users who may see the document about a staff message. Mails go out after the message is committed.
 */
@Component
class HistoryNotifications {

    private static final Logger log = LoggerFactory.getLogger(HistoryNotifications.class);
    private static final int MAX_QUOTED_CHARS = 2000;

    record Recipient(String email, String name, String language) {
    }

    private final DSLContext db;
    private final MailService mail;
    private final PortalLinks links;
    private final Settings settings;
    private final TranslationProvider translations;

    HistoryNotifications(DSLContext db, MailService mail, PortalLinks links, Settings settings,
                         TranslationProvider translations) {
        this.db = db;
        this.mail = mail;
        this.links = links;
        this.settings = settings;
        this.translations = translations;
    }

    void portalMessage(DocumentInfo document, String authorName, String message) {
        send(staffRecipients(document), document, document.staffPath(), authorName, message);
    }

    void staffMessage(DocumentInfo document, long authorUserId, String authorName, String message) {
        List<Recipient> recipients = portalRecipients(document, authorUserId);
        send(recipients, document, document.portalPath(), authorName, message);
    }

    /** The staff member in charge, else the company's address from the settings. */
    List<Recipient> staffRecipients(DocumentInfo document) {
        if (document.responsibleUserId() != null) {
            List<Recipient> responsible = db.select(APP_USER.EMAIL, APP_USER.DISPLAY_NAME, APP_USER.LANGUAGE)
                    .from(APP_USER)
                    .where(APP_USER.ID.eq(document.responsibleUserId()).and(APP_USER.ENABLED.isTrue()))
                    .fetch(row -> new Recipient(row.value1(), row.value2(), languageOr(row.value3())));
            if (!responsible.isEmpty()) {
                return responsible;
            }
        }
        String companyEmail = settings.get(SettingKey.COMPANY_EMAIL);
        return companyEmail == null || companyEmail.isBlank() ? List.of()
                : List.of(new Recipient(companyEmail.strip(), settings.companyProfile().name(), languageOr(null)));
    }

    /**
     * The document company's portal users who may open it: on the customer side customers (or the partner's
     * own users) with the document's area permission, on the supplier side the supplier's users.
     */
    List<Recipient> portalRecipients(DocumentInfo document, long exceptUserId) {
        Condition customerSide = hasRole(Role.CUSTOMER).or(hasRole(Role.PARTNER));
        // tickets need no area permission; every other customer-side document does
        Condition withArea = document.area() == null ? DSL.noCondition()
                : DSL.exists(DSL.selectOne().from(USER_AREA_PERMISSION).where(USER_AREA_PERMISSION.USER_ID.eq(APP_USER.ID)
                        .and(USER_AREA_PERMISSION.AREA.eq(document.area().name()))));
        Condition allowed = document.side() == DocumentSide.SUPPLIER ? hasRole(Role.SUPPLIER) : customerSide.and(withArea);
        return db.select(APP_USER.EMAIL, APP_USER.DISPLAY_NAME, DSL.coalesce(APP_USER.LANGUAGE, CONTACT.LANGUAGE))
                .from(APP_USER).join(CONTACT).on(CONTACT.ID.eq(APP_USER.CONTACT_ID))
                .where(APP_USER.KIND.eq(UserKind.PORTAL.name())
                        .and(APP_USER.ENABLED.isTrue())
                        .and(APP_USER.PASSWORD_HASH.isNotNull())
                        .and(APP_USER.ID.ne(exceptUserId))
                        .and(DSL.coalesce(CONTACT.COMPANY_ID, CONTACT.ID).eq(document.companyId()))
                        .and(allowed))
                .orderBy(APP_USER.ID)
                .fetch(row -> new Recipient(row.value1(), row.value2(), languageOr(row.value3())));
    }

    private static Condition hasRole(Role role) {
        return DSL.exists(DSL.selectOne().from(USER_ROLE)
                .where(USER_ROLE.USER_ID.eq(APP_USER.ID).and(USER_ROLE.ROLE.eq(role.name()))));
    }

    private void send(List<Recipient> recipients, DocumentInfo document, String path, String authorName, String message) {
        if (recipients.isEmpty()) {
            return;
        }
        String quoted = message.length() > MAX_QUOTED_CHARS ? message.substring(0, MAX_QUOTED_CHARS) + " …" : message;
        String link = links.to(path);
        AfterCommit.run(() -> recipients.forEach(recipient -> {
            String title = translations.getTranslation(document.titleKey(), Locale.forLanguageTag(recipient.language()),
                    document.number());
            try {
                mail.send(MailTemplate.HISTORY_MESSAGE, recipient.email(), recipient.language(), Map.of(
                        "user.name", recipient.name(),
                        "author.name", authorName,
                        "document.title", title,
                        "message", quoted,
                        "link", link));
            } catch (MailDeliveryException e) {
                // the message is saved and shows in the history; a mail server that is down must not undo it
                log.warn("History message on {} not mailed to {}", document.ref(), recipient.email());
            }
        }));
    }

    private String languageOr(String language) {
        return language == null || language.isBlank() ? translations.supported(null).getLanguage() : language;
    }
}
