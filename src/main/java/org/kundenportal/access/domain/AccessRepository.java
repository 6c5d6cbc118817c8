package org.kundenportal.access.domain;

import static org.kundenportal.db.Tables.APP_USER;
import static org.kundenportal.db.Tables.CONTACT;
import static org.kundenportal.db.Tables.USER_AREA_PERMISSION;
import static org.kundenportal.db.Tables.USER_ROLE;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.jooq.impl.DSL;
import org.kundenportal.base.security.AreaPermission;
import org.kundenportal.base.security.Role;
import org.kundenportal.db.tables.Contact;
import org.springframework.stereotype.Repository;

/** The SQL of portal access and user administration: grants, revocation, roles, permissions, locks. */
@Repository
public class AccessRepository {

    /** A lock that only an admin ends: the latest time the DATETIME column holds comfortably. */
    public static final Instant LOCKED_FOR_GOOD = Instant.parse("9999-12-31T00:00:00Z");

    private final DSLContext db;

    public AccessRepository(DSLContext db) {
        this.db = db;
    }

    /** The company the contact acts for, with its partner (reseller) if one sold to it. */
    public Optional<CompanyContext> companyContext(long contactId) {
        Contact company = CONTACT.as("acting_company");
        Contact partner = CONTACT.as("partner");
        return db.select(company.ID, company.NAME, company.IS_CUSTOMER, company.IS_SUPPLIER, company.IS_PARTNER,
                        company.PARTNER_ID, partner.NAME)
                .from(CONTACT)
                .join(company).on(company.ID.eq(DSL.coalesce(CONTACT.COMPANY_ID, CONTACT.ID)))
                .leftJoin(partner).on(partner.ID.eq(company.PARTNER_ID))
                .where(CONTACT.ID.eq(contactId))
                .fetchOptional(Records.mapping(CompanyContext::new));
    }

    public Optional<Long> contactOfUser(long userId) {
        return db.select(APP_USER.CONTACT_ID).from(APP_USER).where(APP_USER.ID.eq(userId))
                .fetchOptional(APP_USER.CONTACT_ID);
    }

    /** Makes the user's area permissions exactly these; true when anything changed. */
    public boolean replaceAreaPermissions(long userId, Set<AreaPermission> areas, Long grantedBy) {
        List<String> names = areas.stream().map(Enum::name).toList();
        int removed = db.deleteFrom(USER_AREA_PERMISSION)
                .where(USER_AREA_PERMISSION.USER_ID.eq(userId).and(USER_AREA_PERMISSION.AREA.notIn(names)))
                .execute();
        int added = 0;
        for (String area : names) {
            added += db.insertInto(USER_AREA_PERMISSION)
                    .set(USER_AREA_PERMISSION.USER_ID, userId)
                    .set(USER_AREA_PERMISSION.AREA, area)
                    .set(USER_AREA_PERMISSION.GRANTED_BY, grantedBy)
                    .set(USER_AREA_PERMISSION.GRANTED_AT, Instant.now())
                    .onDuplicateKeyIgnore()
                    .execute();
        }
        return removed + added > 0;
    }

    /** Makes the user's roles exactly these; true when anything changed. */
    public boolean replaceRoles(long userId, Set<Role> roles) {
        int removed = db.deleteFrom(USER_ROLE).where(USER_ROLE.USER_ID.eq(userId).and(USER_ROLE.ROLE.notIn(roles))).execute();
        int added = 0;
        for (Role role : roles) {
            added += db.insertInto(USER_ROLE).set(USER_ROLE.USER_ID, userId).set(USER_ROLE.ROLE, role)
                    .onDuplicateKeyIgnore().execute();
        }
        return removed + added > 0;
    }


    public void markInvited(long userId, Instant at) {
        db.update(APP_USER).set(APP_USER.INVITED_AT, at).set(APP_USER.UPDATED_AT, at).where(APP_USER.ID.eq(userId)).execute();
    }

    /** Disables a portal user that still has access; false when it had none (already revoked). */
    public boolean revoke(long userId, Instant at) {
        return db.update(APP_USER)
                .set(APP_USER.ENABLED, false)
                .set(APP_USER.ACCESS_REVOKED_AT, at)
                .set(APP_USER.UPDATED_AT, at)
                .where(APP_USER.ID.eq(userId).and(APP_USER.ACCESS_REVOKED_AT.isNull()).and(APP_USER.ENABLED.isTrue()))
                .execute() == 1;
    }

    /** Gives a revoked (not deleted) portal user access again, as freshly invited; false when it was not revoked. */
    public boolean reenable(long userId, String email, String displayName, Instant at) {
        return db.update(APP_USER)
                .set(APP_USER.ENABLED, true)
                .set(APP_USER.ACCESS_REVOKED_AT, (Instant) null)
                .set(APP_USER.EMAIL, email)
                .set(APP_USER.DISPLAY_NAME, displayName)
                .set(APP_USER.INVITED_AT, at)
                .set(APP_USER.UPDATED_AT, at)
                .where(APP_USER.ID.eq(userId).and(APP_USER.DELETED_AT.isNull())
                        .and(APP_USER.ACCESS_REVOKED_AT.isNotNull().or(APP_USER.ENABLED.isFalse())))
                .execute() == 1;
    }

    public void lock(long userId, Instant at) {
        db.update(APP_USER).set(APP_USER.LOCKED_UNTIL, LOCKED_FOR_GOOD).set(APP_USER.UPDATED_AT, at)
                .where(APP_USER.ID.eq(userId)).execute();
    }

    public void unlock(long userId, Instant at) {
        db.update(APP_USER).set(APP_USER.LOCKED_UNTIL, (Instant) null).set(APP_USER.FAILED_LOGINS, 0)
                .set(APP_USER.UPDATED_AT, at).where(APP_USER.ID.eq(userId)).execute();
    }
}
