package org.kundenportal.orders.domain;

import static org.kundenportal.db.Tables.CARRIER;

import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.kundenportal.db.tables.records.CarrierRecord;
import org.springframework.stereotype.Repository;

/** Parcel carriers; a handful of rows, so lists are read whole. */
@Repository
public class CarrierRepository {

    private final DSLContext db;

    public CarrierRepository(DSLContext db) {
        this.db = db;
    }

    public List<Carrier> all() {
        return db.selectFrom(CARRIER).orderBy(CARRIER.NAME, CARRIER.ID).fetch(CarrierRepository::toCarrier);
    }

    public List<Carrier> active() {
        return db.selectFrom(CARRIER).where(CARRIER.ACTIVE.isTrue()).orderBy(CARRIER.NAME, CARRIER.ID)
                .fetch(CarrierRepository::toCarrier);
    }

    public Optional<Carrier> find(long id) {
        return db.selectFrom(CARRIER).where(CARRIER.ID.eq(id)).fetchOptional(CarrierRepository::toCarrier);
    }

    public Optional<Carrier> byCode(String code) {
        return db.selectFrom(CARRIER).where(CARRIER.CODE.eq(code)).fetchOptional(CarrierRepository::toCarrier);
    }

    boolean codeTaken(String code, Long exceptId) {
        return db.fetchExists(CARRIER, CARRIER.CODE.eq(code)
                .and(exceptId == null ? DSL.noCondition() : CARRIER.ID.ne(exceptId)));
    }

    long save(Carrier carrier) {
        if (carrier.id() == null) {
            return db.insertInto(CARRIER)
                    .set(CARRIER.CODE, carrier.code())
                    .set(CARRIER.NAME, carrier.name())
                    .set(CARRIER.TRACKING_URL, carrier.trackingUrl())
                    .set(CARRIER.ACTIVE, carrier.active())
                    .returning(CARRIER.ID)
                    .fetchSingle(CARRIER.ID);
        }
        db.update(CARRIER)
                .set(CARRIER.CODE, carrier.code())
                .set(CARRIER.NAME, carrier.name())
                .set(CARRIER.TRACKING_URL, carrier.trackingUrl())
                .set(CARRIER.ACTIVE, carrier.active())
                .where(CARRIER.ID.eq(carrier.id()))
                .execute();
        return carrier.id();
    }

    void setActive(long id, boolean active) {
        db.update(CARRIER).set(CARRIER.ACTIVE, active).where(CARRIER.ID.eq(id)).execute();
    }

    private static Carrier toCarrier(CarrierRecord row) {
        return new Carrier(row.getId(), row.getCode(), row.getName(), row.getTrackingUrl(), row.getActive());
    }
}
