package org.kundenportal.base.cluster;

import static org.kundenportal.db.Tables.CLUSTER_EVENT;

import java.time.Duration;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** The cluster events table. Its times are the database's, so the nodes' clocks never have to agree. */
@Repository
class ClusterEventRepository {

    private final DSLContext db;

    ClusterEventRepository(DSLContext db) {
        this.db = db;
    }

    long insert(ClusterEvent.Kind kind, Long userId, String exceptSessionId) {
        return db.insertInto(CLUSTER_EVENT)
                .set(CLUSTER_EVENT.KIND, kind)
                .set(CLUSTER_EVENT.USER_ID, userId)
                .set(CLUSTER_EVENT.EXCEPT_SESSION_ID, exceptSessionId)
                .returningResult(CLUSTER_EVENT.ID)
                .fetchSingle(CLUSTER_EVENT.ID);
    }

    /**
     * The events of the last {@code window}, in id order. A window rather than "after the last id seen": ids are
     * handed out at insert, so a transaction may commit an older id after a newer one was read.
     */
    List<ClusterEvent> recent(Duration window) {
        return db.select(CLUSTER_EVENT.ID, CLUSTER_EVENT.KIND, CLUSTER_EVENT.USER_ID, CLUSTER_EVENT.EXCEPT_SESSION_ID)
                .from(CLUSTER_EVENT)
                .where(notOlderThan(window))
                .orderBy(CLUSTER_EVENT.ID)
                .fetch(Records.mapping(ClusterEvent::new));
    }

    int deleteOlderThan(Duration age) {
        return db.deleteFrom(CLUSTER_EVENT)
                .where(DSL.not(notOlderThan(age)))
                .execute();
    }

    /** By the database's clock, which wrote created_at. */
    private static Condition notOlderThan(Duration age) {
        return DSL.condition("{0} >= NOW(6) - INTERVAL {1} MICROSECOND", CLUSTER_EVENT.CREATED_AT,
                DSL.inline(age.toNanos() / 1000));
    }
}
