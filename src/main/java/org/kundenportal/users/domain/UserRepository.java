package org.kundenportal.users.domain;

import static org.kundenportal.db.Tables.APP_USER;
import static org.kundenportal.db.Tables.CONTACT;
import static org.kundenportal.db.Tables.USER_AREA_PERMISSION;
import static org.kundenportal.db.Tables.USER_ROLE;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import org.kundenportal.base.db.SortOrders;
import org.kundenportal.base.security.AreaPermission;
import org.kundenportal.base.security.PortalUser;
import org.kundenportal.base.security.Role;
import org.kundenportal.base.security.UserDirectory;
import org.kundenportal.base.security.UserKind;
import org.kundenportal.db.tables.Contact;
import org.kundenportal.db.tables.records.AppUserRecord;
import org.springframework.stereotype.Repository;

@Repository
public class UserRepository implements UserDirectory {

    /** Sort keys the user grid may ask for; anything else is refused. */
    public static final Map<String, Field<?>> SORT_FIELDS = Map.of(
            "displayName", APP_USER.DISPLAY_NAME,
            "email", APP_USER.EMAIL,
            "kind", APP_USER.KIND,
            "lastLoginAt", APP_USER.LAST_LOGIN_AT);

    private final DSLContext db;

    public UserRepository(DSLContext db) {
        this.db = db;
    }

    @Override
    public Optional<PortalUser> findPrincipal(String email) {
        return db.selectFrom(APP_USER)
                .where(APP_USER.EMAIL.eq(normalizeEmail(email)))
                .fetchOptional()
                .map(user -> new PortalUser(user.getId(), user.getEmail(), user.getDisplayName(),
                        user.getKind(), user.getContactId(), roles(user.getId()),
                        user.getPasswordHash(), user.getEnabled(), user.getLockedUntil()));
    }

    public Optional<UserAccount> account(long userId) {
        return db.selectFrom(APP_USER).where(APP_USER.ID.eq(userId)).fetchOptional(UserRepository::toAccount);
    }

    public Optional<UserAccount> accountByEmail(String email) {
        return db.selectFrom(APP_USER).where(APP_USER.EMAIL.eq(normalizeEmail(email))).fetchOptional(UserRepository::toAccount);
    }

    public Optional<UserAccount> accountOfContact(long contactId) {
        return db.selectFrom(APP_USER).where(APP_USER.CONTACT_ID.eq(contactId)).fetchOptional(UserRepository::toAccount);
    }

    private static UserAccount toAccount(AppUserRecord user) {
        return new UserAccount(user.getId(), user.getEmail(), user.getDisplayName(), user.getKind(),
                user.getContactId(), user.getLanguage(), user.getEnabled(), user.getPasswordHash() != null,
                user.getLockedUntil(), user.getLastLoginAt(), user.getInvitedAt(), user.getAccessRevokedAt(),
                user.getTotpEnabledAt() != null, user.getDeletedAt());
    }

    /** Sets a new password (already hashed) and remembers when. */
    public void setPasswordHash(long userId, String passwordHash) {
        Instant now = Instant.now();
        db.update(APP_USER)
                .set(APP_USER.PASSWORD_HASH, passwordHash)
                .set(APP_USER.PASSWORD_CHANGED_AT, now)
                .set(APP_USER.UPDATED_AT, now)
                .where(APP_USER.ID.eq(userId))
                .execute();
    }

    public boolean emailTaken(String email, Long exceptUserId) {
        var condition = APP_USER.EMAIL.eq(normalizeEmail(email));
        if (exceptUserId != null) {
            condition = condition.and(APP_USER.ID.ne(exceptUserId));
        }
        return db.fetchExists(APP_USER, condition);
    }

    public Set<Role> roles(long userId) {
        return db.select(USER_ROLE.ROLE).from(USER_ROLE).where(USER_ROLE.USER_ID.eq(userId)).fetch(USER_ROLE.ROLE).stream()
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }

    @Override
    public Set<AreaPermission> areaPermissions(long userId) {
        List<String> names = db.select(USER_AREA_PERMISSION.AREA).from(USER_AREA_PERMISSION)
                .where(USER_AREA_PERMISSION.USER_ID.eq(userId)).fetch(USER_AREA_PERMISSION.AREA);
        return names.stream().map(AreaPermission::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(AreaPermission.class)));
    }

    public long create(NewUser user) {
        AppUserRecord record = db.newRecord(APP_USER)
                .setEmail(normalizeEmail(user.email()))
                .setDisplayName(user.displayName())
                .setKind(user.kind())
                .setContactId(user.contactId())
                .setPasswordHash(user.passwordHash())
                .setLanguage(user.language())
                .setEnabled(true);
        record.store();
        long id = record.getId();
        for (Role role : user.roles()) {
            db.insertInto(USER_ROLE).set(USER_ROLE.USER_ID, id).set(USER_ROLE.ROLE, role).execute();
        }
        for (AreaPermission area : user.areaPermissions()) {
            db.insertInto(USER_AREA_PERMISSION).set(USER_AREA_PERMISSION.USER_ID, id)
                    .set(USER_AREA_PERMISSION.AREA, area.name()).execute();
        }
        return id;
    }

    /** A disabled user cannot log in, whatever its password. */
    public void disable(long userId) {
        db.update(APP_USER).set(APP_USER.ENABLED, false).set(APP_USER.UPDATED_AT, Instant.now())
                .where(APP_USER.ID.eq(userId)).execute();
    }

    public boolean exists() {
        return db.fetchExists(APP_USER);
    }

    @Override
    public boolean twoFactorEnabled(long userId) {
        return account(userId).map(UserAccount::twoFactorEnabled).orElse(false);
    }

    @Override
    public void recordLogin(long userId, Instant at) {
        db.update(APP_USER)
                .set(APP_USER.LAST_LOGIN_AT, at)
                .set(APP_USER.FAILED_LOGINS, 0)
                .where(APP_USER.ID.eq(userId))
                .execute();
    }

    @Override
    public Optional<String> language(long userId) {
        return db.select(APP_USER.LANGUAGE).from(APP_USER).where(APP_USER.ID.eq(userId)).fetchOptional(APP_USER.LANGUAGE);
    }

    @Override
    public void setLanguage(long userId, String language) {
        db.update(APP_USER)
                .set(APP_USER.LANGUAGE, language)
                .set(APP_USER.UPDATED_AT, Instant.now())
                .where(APP_USER.ID.eq(userId))
                .execute();
    }

    public List<UserRow> page(UserFilter filter, int offset, int limit, List<SortOrders.Sort> sort) {
        Contact company = CONTACT.as("company");
        List<SortField<?>> orderBy = new ArrayList<>(SortOrders.toSortFields(sort, SORT_FIELDS));
        orderBy.add(APP_USER.ID.asc());
        var rows = db.select(APP_USER.ID, APP_USER.EMAIL, APP_USER.DISPLAY_NAME, APP_USER.KIND, APP_USER.ENABLED,
                        APP_USER.PASSWORD_HASH.isNotNull().as("registered"), APP_USER.LOCKED_UNTIL, APP_USER.LAST_LOGIN_AT,
                        DSL.coalesce(company.NAME, CONTACT.NAME).as("company_name"))
                .from(APP_USER)
                .leftJoin(CONTACT).on(CONTACT.ID.eq(APP_USER.CONTACT_ID))
                .leftJoin(company).on(company.ID.eq(CONTACT.COMPANY_ID))
                .where(condition(filter))
                .orderBy(orderBy)
                .offset(offset)
                .limit(limit)
                .fetch();
        Map<Long, Set<Role>> roles = rolesOf(rows.getValues(APP_USER.ID));
        return rows.map(row -> new UserRow(row.get(APP_USER.ID), row.get(APP_USER.EMAIL), row.get(APP_USER.DISPLAY_NAME),
                row.get(APP_USER.KIND), row.get("company_name", String.class),
                roles.getOrDefault(row.get(APP_USER.ID), Set.of()), row.get(APP_USER.ENABLED),
                row.get("registered", Boolean.class), row.get(APP_USER.LOCKED_UNTIL), row.get(APP_USER.LAST_LOGIN_AT)));
    }

    public int count(UserFilter filter) {
        return db.fetchCount(APP_USER, condition(filter));
    }

    public int count(UserKind kind) {
        return count(new UserFilter(kind, null));
    }

    private Map<Long, Set<Role>> rolesOf(List<Long> userIds) {
        return db.select(USER_ROLE.USER_ID, USER_ROLE.ROLE).from(USER_ROLE).where(USER_ROLE.USER_ID.in(userIds))
                .fetchGroups(USER_ROLE.USER_ID, USER_ROLE.ROLE).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().stream()
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)))));
    }

    private static Condition condition(UserFilter filter) {
        Condition condition = DSL.noCondition();
        if (filter.kind() != null) {
            condition = condition.and(APP_USER.KIND.eq(filter.kind()));
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            String pattern = "%" + filter.text().strip() + "%";
            condition = condition.and(APP_USER.DISPLAY_NAME.likeIgnoreCase(pattern).or(APP_USER.EMAIL.likeIgnoreCase(pattern)));
        }
        return condition;
    }

    public Optional<String> displayName(long userId) {
        return db.select(APP_USER.DISPLAY_NAME).from(APP_USER).where(APP_USER.ID.eq(userId)).fetchOptional(APP_USER.DISPLAY_NAME);
    }

    /** The user follows its contact's changed email address and name. */
    public void readdress(long userId, String email, String displayName, Instant at) {
        db.update(APP_USER)
                .set(APP_USER.EMAIL, normalizeEmail(email))
                .set(APP_USER.DISPLAY_NAME, displayName)
                .set(APP_USER.UPDATED_AT, at)
                .where(APP_USER.ID.eq(userId))
                .execute();
    }

    public static String normalizeEmail(String email) {
        return UserDirectory.normalizeEmail(email);
    }
}
