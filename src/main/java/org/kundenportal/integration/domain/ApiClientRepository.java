package org.kundenportal.integration.domain;

import static org.kundenportal.db.Tables.API_CLIENT;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.kundenportal.db.tables.records.ApiClientRecord;
import org.springframework.stereotype.Repository;

@Repository
public class ApiClientRepository {

    private final DSLContext db;

    public ApiClientRepository(DSLContext db) {
        this.db = db;
    }

    public long create(String name, long userId, String tokenHash, String tokenHint, Set<ApiScope> scopes) {
        return db.insertInto(API_CLIENT)
                .set(API_CLIENT.NAME, name)
                .set(API_CLIENT.USER_ID, userId)
                .set(API_CLIENT.TOKEN_HASH, tokenHash)
                .set(API_CLIENT.TOKEN_HINT, tokenHint)
                .set(API_CLIENT.SCOPES, wire(scopes))
                .set(API_CLIENT.CREATED_AT, Instant.now())
                .returningResult(API_CLIENT.ID)
                .fetchOne(API_CLIENT.ID);
    }

    public List<ApiClient> all() {
        return db.selectFrom(API_CLIENT).orderBy(API_CLIENT.REVOKED_AT.isNotNull(), API_CLIENT.NAME, API_CLIENT.ID)
                .fetch(ApiClientRepository::toClient);
    }

    public Optional<ApiClient> find(long id) {
        return db.selectFrom(API_CLIENT).where(API_CLIENT.ID.eq(id)).fetchOptional(ApiClientRepository::toClient);
    }

    /** The client holding this token, revoked or not. */
    public Optional<ApiClient> findByTokenHash(String tokenHash) {
        return db.selectFrom(API_CLIENT).where(API_CLIENT.TOKEN_HASH.eq(tokenHash))
                .fetchOptional(ApiClientRepository::toClient);
    }

    public boolean replaceToken(long id, String tokenHash, String tokenHint, Instant at) {
        return db.update(API_CLIENT)
                .set(API_CLIENT.TOKEN_HASH, tokenHash)
                .set(API_CLIENT.TOKEN_HINT, tokenHint)
                .set(API_CLIENT.ROTATED_AT, at)
                .where(API_CLIENT.ID.eq(id).and(API_CLIENT.REVOKED_AT.isNull()))
                .execute() == 1;
    }

    public boolean revoke(long id, Instant at) {
        return db.update(API_CLIENT).set(API_CLIENT.REVOKED_AT, at)
                .where(API_CLIENT.ID.eq(id).and(API_CLIENT.REVOKED_AT.isNull()))
                .execute() == 1;
    }

    public void setScopes(long id, Set<ApiScope> scopes) {
        db.update(API_CLIENT).set(API_CLIENT.SCOPES, wire(scopes)).where(API_CLIENT.ID.eq(id)).execute();
    }

    public void markUsed(long id, Instant at) {
        db.update(API_CLIENT).set(API_CLIENT.LAST_USED_AT, at).where(API_CLIENT.ID.eq(id)).execute();
    }

    private static String wire(Set<ApiScope> scopes) {
        return scopes.stream().sorted().map(ApiScope::wire).collect(Collectors.joining(" "));
    }

    private static ApiClient toClient(ApiClientRecord row) {
        Set<ApiScope> scopes = EnumSet.noneOf(ApiScope.class);
        Arrays.stream(row.getScopes().split(" ")).map(ApiScope::ofWire).flatMap(Optional::stream).forEach(scopes::add);
        return new ApiClient(row.getId(), row.getName(), row.getUserId(), row.getTokenHint(), scopes, row.getCreatedAt(),
                row.getRotatedAt(), row.getRevokedAt(), row.getLastUsedAt());
    }
}
