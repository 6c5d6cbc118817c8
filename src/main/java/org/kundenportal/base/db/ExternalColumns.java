package org.kundenportal.base.db;

import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Records;
import org.jooq.TableField;

/**
 * The columns by which another system addresses a table's rows (V20, V22): its id for the row, and the SHA-256 of
 * the request that wrote the row last. One instance per table, held by the table's repository.
 */
public record ExternalColumns<R extends Record>(TableField<R, Long> id, TableField<R, String> externalId,
                                                TableField<R, String> hash) {

    public Optional<ExternalRow> find(DSLContext db, String external) {
        return db.select(id, hash).from(id.getTable()).where(externalId.eq(external))
                .fetchOptional(Records.mapping(ExternalRow::new));
    }

    public String externalIdOf(DSLContext db, long rowId) {
        return db.select(externalId).from(id.getTable()).where(id.eq(rowId)).fetchOne(externalId);
    }

    /** Records which request of which system wrote the row last. */
    public void link(DSLContext db, long rowId, String external, String requestHash) {
        db.update(id.getTable()).set(externalId, external).set(hash, requestHash).where(id.eq(rowId)).execute();
    }
}
