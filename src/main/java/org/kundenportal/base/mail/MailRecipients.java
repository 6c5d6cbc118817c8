package org.kundenportal.base.mail;

import static org.kundenportal.db.Tables.APP_USER;
import static org.kundenportal.db.Tables.CONTACT;
import static org.kundenportal.db.Tables.USER_AREA_PERMISSION;
import static org.kundenportal.db.Tables.USER_ROLE;

import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.kundenportal.base.security.AreaPermission;
import org.kundenportal.base.security.Role;
import org.kundenportal.base.security.UserKind;
import org.springframework.stereotype.Repository;

/**
 * Who gets a document's mail. Portal users count only when they can sign in: enabled, registered (password set),
 * neither revoked nor deleted. A recipient's language is the user's, else the contact's, else {@code "de"}.
 */
@Repository
public class MailRecipients {

    /** Someone to send a mail to, in the language the mail is written in (never null). */
    public record Recipient(String email, String name, String language) {
    }

    static final String DEFAULT_LANGUAGE = "de";

    private final DSLContext db;

    public MailRecipients(DSLContext db) {
        this.db = db;
    }

    /**
     * The company's customer-side portal users (CUSTOMER or PARTNER role) holding the area permission; with no
     * area (tickets) every customer-side user.
     */
    public List<Recipient> customerUsers(long companyId, AreaPermission area) {
        return customerUsers(companyId, area, null);
    }

    /** As {@link #customerUsers(long, AreaPermission)}, without the given user (the author of a message). */
    public List<Recipient> customerUsers(long companyId, AreaPermission area, Long exceptUserId) {
        Condition withArea = area == null ? DSL.noCondition()
                : DSL.exists(DSL.selectOne().from(USER_AREA_PERMISSION).where(
                        USER_AREA_PERMISSION.USER_ID.eq(APP_USER.ID), USER_AREA_PERMISSION.AREA.eq(area.name())));
        return portalUsers(companyId, hasRole(Role.CUSTOMER).or(hasRole(Role.PARTNER)).and(withArea), exceptUserId);
    }

    /** The supplier company's portal users with the SUPPLIER role. */
    public List<Recipient> supplierUsers(long companyId) {
        return supplierUsers(companyId, null);
    }

    /** As {@link #supplierUsers(long)}, without the given user (the author of a message). */
    public List<Recipient> supplierUsers(long companyId, Long exceptUserId) {
        return portalUsers(companyId, hasRole(Role.SUPPLIER), exceptUserId);
    }

    /** One portal user who can sign in, e.g. the one who paid. */
    public Optional<Recipient> portalUser(long userId) {
        return db.select(APP_USER.EMAIL, APP_USER.DISPLAY_NAME, APP_USER.LANGUAGE, CONTACT.LANGUAGE)
                .from(APP_USER).leftJoin(CONTACT).on(CONTACT.ID.eq(APP_USER.CONTACT_ID))
                .where(APP_USER.ID.eq(userId), signInPortalUser())
                .fetchOptional(row -> new Recipient(row.value1(), row.value2(), language(row.value3(), row.value4())));
    }

    /** The contact person, when there is one with an email address: the fallback when no portal user qualifies. */
    public Optional<Recipient> contact(Long contactId) {
        if (contactId == null) {
            return Optional.empty();
        }
        return db.select(CONTACT.EMAIL, CONTACT.NAME, CONTACT.LANGUAGE).from(CONTACT)
                .where(CONTACT.ID.eq(contactId), CONTACT.EMAIL.isNotNull(), CONTACT.EMAIL.ne(""))
                .fetchOptional(row -> new Recipient(row.value1(), row.value2(), language(row.value3(), null)));
    }

    /** The contact person with an email address, else the company itself when it has one. */
    public Optional<Recipient> contactOrCompany(Long contactId, long companyId) {
        return db.select(CONTACT.EMAIL, CONTACT.NAME, CONTACT.LANGUAGE).from(CONTACT)
                .where(CONTACT.ID.in(contactId == null ? companyId : contactId, companyId), CONTACT.EMAIL.isNotNull(),
                        CONTACT.EMAIL.ne(""))
                .orderBy(DSL.when(CONTACT.ID.eq(companyId), 1).otherwise(0))
                .limit(1)
                .fetchOptional(row -> new Recipient(row.value1(), row.value2(), language(row.value3(), null)));
    }

    /** The responsible staff user when enabled; empty when there is none or they are disabled. */
    public List<Recipient> responsibleStaff(Long responsibleUserId) {
        if (responsibleUserId == null) {
            return List.of();
        }
        return staff(APP_USER.ID.eq(responsibleUserId));
    }

    /** The responsible user, or every enabled staff user when nobody is responsible. */
    public List<Recipient> responsibleOrAllStaff(Long responsibleUserId) {
        return responsibleUserId != null ? responsibleStaff(responsibleUserId) : staff(hasRole(Role.STAFF));
    }

    /** Every enabled administrator (ADMIN role). */
    public List<Recipient> admins() {
        return staff(hasRole(Role.ADMIN));
    }

    private List<Recipient> staff(Condition which) {
        return db.select(APP_USER.EMAIL, APP_USER.DISPLAY_NAME, APP_USER.LANGUAGE)
                .from(APP_USER)
                .where(which, APP_USER.ENABLED.isTrue())
                .orderBy(APP_USER.ID)
                .fetch(row -> new Recipient(row.value1(), row.value2(), language(row.value3(), null)));
    }

    private List<Recipient> portalUsers(long companyId, Condition allowed, Long exceptUserId) {
        return db.select(APP_USER.EMAIL, APP_USER.DISPLAY_NAME, APP_USER.LANGUAGE, CONTACT.LANGUAGE)
                .from(APP_USER).join(CONTACT).on(CONTACT.ID.eq(APP_USER.CONTACT_ID))
                .where(DSL.coalesce(CONTACT.COMPANY_ID, CONTACT.ID).eq(companyId), signInPortalUser(), allowed,
                        exceptUserId == null ? DSL.noCondition() : APP_USER.ID.ne(exceptUserId))
                .orderBy(APP_USER.ID)
                .fetch(row -> new Recipient(row.value1(), row.value2(), language(row.value3(), row.value4())));
    }

    private static Condition signInPortalUser() {
        return APP_USER.KIND.eq(UserKind.PORTAL)
                .and(APP_USER.ENABLED.isTrue())
                .and(APP_USER.PASSWORD_HASH.isNotNull())
                .and(APP_USER.ACCESS_REVOKED_AT.isNull())
                .and(APP_USER.DELETED_AT.isNull());
    }

    private static Condition hasRole(Role role) {
        return DSL.exists(DSL.selectOne().from(USER_ROLE)
                .where(USER_ROLE.USER_ID.eq(APP_USER.ID), USER_ROLE.ROLE.eq(role)));
    }

    private static String language(String userLanguage, String contactLanguage) {
        if (userLanguage != null && !userLanguage.isBlank()) {
            return userLanguage;
        }
        return contactLanguage != null && !contactLanguage.isBlank() ? contactLanguage : DEFAULT_LANGUAGE;
    }
}
