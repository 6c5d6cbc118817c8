package org.kundenportal.account.domain;

import static org.kundenportal.db.Tables.APP_USER;
import static org.kundenportal.db.Tables.AUTH_TOKEN;
import static org.kundenportal.db.Tables.CONTACT;
import static org.kundenportal.db.Tables.CONTACT_ADDRESS;
import static org.kundenportal.db.Tables.RECOVERY_CODE;
import static org.kundenportal.db.Tables.USER_ROLE;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.kundenportal.base.security.Role;
import org.kundenportal.base.security.TokenPurpose;
import org.kundenportal.contacts.domain.ContactKind;
import org.kundenportal.db.tables.records.ContactRecord;
import org.springframework.stereotype.Repository;

/** The user's own account data: login, contact, company; and what deleting the account changes. */
@Repository
public class AccountRepository {

    /** The raw rows behind {@link AccountDetails}; the service decides what may be edited. */
    record Rows(long userId, String email, String displayName, String language, ContactRecord contact,
                ContactRecord company) {
    }

    private final DSLContext db;

    public AccountRepository(DSLContext db) {
        this.db = db;
    }

    Optional<Rows> rows(long userId) {
        return db.selectFrom(APP_USER).where(APP_USER.ID.eq(userId).and(APP_USER.DELETED_AT.isNull())).fetchOptional()
                .map(user -> {
                    ContactRecord contact = user.getContactId() == null ? null
                            : db.selectFrom(CONTACT).where(CONTACT.ID.eq(user.getContactId())).fetchOne();
                    ContactRecord company = null;
                    if (contact != null && contact.getCompanyId() != null) {
                        company = db.selectFrom(CONTACT).where(CONTACT.ID.eq(contact.getCompanyId())).fetchOne();
                    } else if (contact != null && contact.getKind() == ContactKind.COMPANY) {
                        company = contact;
                    }
                    return new Rows(user.getId(), user.getEmail(), user.getDisplayName(), user.getLanguage(), contact,
                            company);
                });
    }

    void updateUser(long userId, String displayName, String language) {
        db.update(APP_USER)
                .set(APP_USER.DISPLAY_NAME, displayName)
                .set(APP_USER.LANGUAGE, language)
                .set(APP_USER.UPDATED_AT, Instant.now())
                .set(APP_USER.VERSION, APP_USER.VERSION.plus(1))
                .where(APP_USER.ID.eq(userId))
                .execute();
    }

    void updateContact(long contactId, DetailsChange change) {
        db.update(CONTACT)
                .set(CONTACT.NAME, change.name())
                .set(CONTACT.PHONE, change.phone())
                .set(CONTACT.STREET, change.street())
                .set(CONTACT.ZIP, change.zip())
                .set(CONTACT.CITY, change.city())
                .set(CONTACT.COUNTRY_CODE, change.countryCode())
                .set(CONTACT.LANGUAGE, change.language())
                .set(CONTACT.UPDATED_AT, Instant.now())
                .set(CONTACT.VERSION, CONTACT.VERSION.plus(1))
                .where(CONTACT.ID.eq(contactId))
                .execute();
    }

    void updateCompany(long companyId, String legalName, String vatId) {
        db.update(CONTACT)
                .set(CONTACT.NAME, legalName)
                .set(CONTACT.VAT_ID, vatId)
                .set(CONTACT.UPDATED_AT, Instant.now())
                .set(CONTACT.VERSION, CONTACT.VERSION.plus(1))
                .where(CONTACT.ID.eq(companyId))
                .execute();
    }

    /** The new login email, also on the user's contact. */
    void changeEmail(long userId, Long contactId, String newEmail) {
        Instant now = Instant.now();
        db.update(APP_USER)
                .set(APP_USER.EMAIL, newEmail)
                .set(APP_USER.UPDATED_AT, now)
                .set(APP_USER.VERSION, APP_USER.VERSION.plus(1))
                .where(APP_USER.ID.eq(userId))
                .execute();
        if (contactId != null) {
            db.update(CONTACT)
                    .set(CONTACT.EMAIL, newEmail)
                    .set(CONTACT.UPDATED_AT, now)
                    .set(CONTACT.VERSION, CONTACT.VERSION.plus(1))
                    .where(CONTACT.ID.eq(contactId))
                    .execute();
        }
    }

    Optional<AccountDetails.PendingEmailChange> pendingEmailChange(long userId) {
        return db.select(AUTH_TOKEN.NEW_EMAIL, AUTH_TOKEN.EXPIRES_AT).from(AUTH_TOKEN)
                .where(AUTH_TOKEN.USER_ID.eq(userId).and(openEmailChange()))
                .orderBy(AUTH_TOKEN.CREATED_AT.desc())
                .limit(1)
                .fetchOptional(Records.mapping(AccountDetails.PendingEmailChange::new));
    }

    /** Kills the open confirmation link of an email change; true when there was one. */
    boolean cancelEmailChange(long userId) {
        return db.update(AUTH_TOKEN).set(AUTH_TOKEN.REVOKED_AT, Instant.now())
                .where(AUTH_TOKEN.USER_ID.eq(userId).and(openEmailChange()))
                .execute() > 0;
    }

    private static Condition openEmailChange() {
        return AUTH_TOKEN.PURPOSE.eq(TokenPurpose.EMAIL_CHANGE.name()).and(AUTH_TOKEN.USED_AT.isNull())
                .and(AUTH_TOKEN.REVOKED_AT.isNull()).and(AUTH_TOKEN.EXPIRES_AT.gt(Instant.now()));
    }

    Optional<String> passwordHash(long userId) {
        return db.select(APP_USER.PASSWORD_HASH).from(APP_USER)
                .where(APP_USER.ID.eq(userId).and(APP_USER.DELETED_AT.isNull()))
                .fetchOptional(APP_USER.PASSWORD_HASH);
    }

    /**
     * The admins who can still log in, their rows locked until the transaction ends, so that two admins
     * deleting their accounts at once cannot both pass the "not the last admin" check.
     */
    List<Long> lockActiveAdmins() {
        return db.select(APP_USER.ID).from(APP_USER)
                .join(USER_ROLE).on(USER_ROLE.USER_ID.eq(APP_USER.ID).and(USER_ROLE.ROLE.eq(Role.ADMIN)))
                .where(APP_USER.ENABLED.isTrue().and(APP_USER.DELETED_AT.isNull()))
                .orderBy(APP_USER.ID)
                .forUpdate()
                .fetch(APP_USER.ID);
    }

    /**
     * Disables the login for good and removes what identifies the person: a unique placeholder email, an
     * anonymous name, no password and no second factor (nor its recovery codes). False when the account was deleted already.
     */
    boolean anonymiseUser(long userId, String placeholderEmail, String anonymousName) {
        Instant now = Instant.now();
        db.deleteFrom(RECOVERY_CODE).where(RECOVERY_CODE.USER_ID.eq(userId)).execute();
        return db.update(APP_USER)
                .set(APP_USER.ENABLED, false)
                .set(APP_USER.EMAIL, placeholderEmail)
                .set(APP_USER.DISPLAY_NAME, anonymousName)
                .setNull(APP_USER.PASSWORD_HASH)
                .setNull(APP_USER.TOTP_SECRET)
                .setNull(APP_USER.TOTP_ENABLED_AT)
                .setNull(APP_USER.TOTP_LAST_STEP)
                .set(APP_USER.TOTP_FAILED_CODES, 0)
                .setNull(APP_USER.TOTP_FAILED_AT)
                .set(APP_USER.DELETED_AT, now)
                .set(APP_USER.UPDATED_AT, now)
                .set(APP_USER.VERSION, APP_USER.VERSION.plus(1))
                .where(APP_USER.ID.eq(userId).and(APP_USER.DELETED_AT.isNull()))
                .execute() == 1;
    }

    /** Removes a person's name, ways of contact and addresses; the row stays for the documents pointing to it. */
    void anonymisePerson(long contactId, String anonymousName) {
        db.update(CONTACT)
                .set(CONTACT.NAME, anonymousName)
                .setNull(CONTACT.EMAIL)
                .setNull(CONTACT.PHONE)
                .setNull(CONTACT.MOBILE)
                .setNull(CONTACT.JOB_TITLE)
                .setNull(CONTACT.STREET)
                .setNull(CONTACT.ZIP)
                .setNull(CONTACT.CITY)
                .setNull(CONTACT.COUNTRY_CODE)
                .setNull(CONTACT.VAT_ID)
                .set(CONTACT.UPDATED_AT, Instant.now())
                .set(CONTACT.VERSION, CONTACT.VERSION.plus(1))
                .where(CONTACT.ID.eq(contactId).and(CONTACT.KIND.eq(ContactKind.PERSON)))
                .execute();
        db.deleteFrom(CONTACT_ADDRESS).where(CONTACT_ADDRESS.CONTACT_ID.eq(contactId)).execute();
    }
}
