package org.kundenportal.orders.domain;

import static org.kundenportal.db.Tables.CARRIER;
import static org.kundenportal.db.Tables.DELIVERY;
import static org.kundenportal.db.Tables.DELIVERY_LINE;
import static org.kundenportal.db.Tables.DELIVERY_TRACKING;
import static org.kundenportal.db.Tables.SALE_ORDER;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.kundenportal.db.tables.records.DeliveryRecord;
import org.springframework.stereotype.Repository;

/** Deliveries of sales orders, their lines and tracking numbers. Callers have checked access to the order. */
@Repository
public class DeliveryRepository {

    private final DSLContext db;

    public DeliveryRepository(DSLContext db) {
        this.db = db;
    }

    /** The deliveries of an order, oldest first, with lines and tracking links. */
    public List<Delivery> of(long orderId) {
        List<DeliveryRecord> deliveries = db.selectFrom(DELIVERY).where(DELIVERY.SALE_ORDER_ID.eq(orderId))
                .orderBy(DELIVERY.ID).fetch();
        List<Long> ids = deliveries.stream().map(DeliveryRecord::getId).toList();
        Map<Long, List<Delivery.Line>> lines = db.selectFrom(DELIVERY_LINE).where(DELIVERY_LINE.DELIVERY_ID.in(ids))
                .orderBy(DELIVERY_LINE.DELIVERY_ID, DELIVERY_LINE.POSITION)
                .stream()
                .collect(Collectors.groupingBy(line -> line.getDeliveryId(), Collectors.mapping(
                        line -> new Delivery.Line(line.getDescription(), line.getQuantity(), line.getUnit()),
                        Collectors.toList())));
        Map<Long, List<Delivery.Tracking>> trackings = db.select(DELIVERY_TRACKING.DELIVERY_ID, CARRIER.NAME,
                        CARRIER.TRACKING_URL, DELIVERY_TRACKING.TRACKING_NUMBER)
                .from(DELIVERY_TRACKING).join(CARRIER).on(CARRIER.ID.eq(DELIVERY_TRACKING.CARRIER_ID))
                .where(DELIVERY_TRACKING.DELIVERY_ID.in(ids))
                .orderBy(DELIVERY_TRACKING.ID)
                .stream()
                .collect(Collectors.groupingBy(row -> row.get(DELIVERY_TRACKING.DELIVERY_ID), Collectors.mapping(
                        row -> new Delivery.Tracking(row.get(CARRIER.NAME), row.get(DELIVERY_TRACKING.TRACKING_NUMBER),
                                Carrier.trackingLink(row.get(CARRIER.TRACKING_URL), row.get(DELIVERY_TRACKING.TRACKING_NUMBER))),
                        Collectors.toList())));
        return deliveries.stream().map(row -> new Delivery(row.getId(), row.getSaleOrderId(), row.getNumber(),
                row.getState(), row.getScheduledDate(), row.getShippedDate(),
                row.getDeliveredDate(), row.getVersion(), lines.getOrDefault(row.getId(), List.of()),
                trackings.getOrDefault(row.getId(), List.of()))).toList();
    }

    /** The order a delivery belongs to. */
    Optional<Long> orderOf(long deliveryId) {
        return db.select(DELIVERY.SALE_ORDER_ID).from(DELIVERY).where(DELIVERY.ID.eq(deliveryId))
                .fetchOptional(DELIVERY.SALE_ORDER_ID);
    }

    Optional<String> number(long deliveryId) {
        return db.select(DELIVERY.NUMBER).from(DELIVERY).where(DELIVERY.ID.eq(deliveryId)).fetchOptional(DELIVERY.NUMBER);
    }

    public long create(long orderId, String number, LocalDate scheduledDate, List<NewDeliveryLine> lines) {
        long id = db.insertInto(DELIVERY)
                .set(DELIVERY.SALE_ORDER_ID, orderId)
                .set(DELIVERY.NUMBER, number)
                .set(DELIVERY.STATE, DeliveryState.WAITING)
                .set(DELIVERY.SCHEDULED_DATE, scheduledDate)
                .returning(DELIVERY.ID)
                .fetchSingle(DELIVERY.ID);
        int position = 0;
        for (NewDeliveryLine line : lines) {
            db.insertInto(DELIVERY_LINE)
                    .set(DELIVERY_LINE.DELIVERY_ID, id)
                    .set(DELIVERY_LINE.POSITION, ++position)
                    .set(DELIVERY_LINE.DESCRIPTION, line.description())
                    .set(DELIVERY_LINE.QUANTITY, line.quantity())
                    .set(DELIVERY_LINE.UNIT, line.unit())
                    .execute();
        }
        storeStatus(SALE_ORDER.ID.eq(orderId));
        return id;
    }

    /**
     * Moves a delivery to a new state if it is still in a state that may precede it and nobody changed it since
     * the caller read it; 0 rows when either is not so.
     */
    public int changeState(long deliveryId, int version, DeliveryState next, LocalDate shippedDate, LocalDate deliveredDate) {
        var update = db.update(DELIVERY)
                .set(DELIVERY.STATE, next)
                .set(DELIVERY.VERSION, DELIVERY.VERSION.plus(1));
        if (shippedDate != null) {
            update = update.set(DELIVERY.SHIPPED_DATE, shippedDate);
        }
        if (deliveredDate != null) {
            update = update.set(DELIVERY.DELIVERED_DATE, deliveredDate);
        }
        int changed = update.where(DELIVERY.ID.eq(deliveryId), DELIVERY.VERSION.eq(version),
                        DELIVERY.STATE.in(next.predecessors().stream().map(Enum::name).toList()))
                .execute();
        if (changed == 1) {
            storeStatus(SALE_ORDER.ID.eq(DSL.select(DELIVERY.SALE_ORDER_ID).from(DELIVERY).where(DELIVERY.ID.eq(deliveryId))));
        }
        return changed;
    }

    public void addTracking(long deliveryId, long carrierId, String trackingNumber) {
        db.insertInto(DELIVERY_TRACKING)
                .set(DELIVERY_TRACKING.DELIVERY_ID, deliveryId)
                .set(DELIVERY_TRACKING.CARRIER_ID, carrierId)
                .set(DELIVERY_TRACKING.TRACKING_NUMBER, trackingNumber)
                .execute();
    }

    boolean hasShipped(long orderId) {
        return db.fetchExists(DELIVERY, DELIVERY.SALE_ORDER_ID.eq(orderId)
                .and(DELIVERY.STATE.in(DeliveryState.SHIPPED, DeliveryState.DELIVERED)));
    }

    /** Deliveries not yet on their way are called off with the order. */
    void cancelOpen(long orderId) {
        db.update(DELIVERY)
                .set(DELIVERY.STATE, DeliveryState.CANCELLED)
                .set(DELIVERY.VERSION, DELIVERY.VERSION.plus(1))
                .where(DELIVERY.SALE_ORDER_ID.eq(orderId),
                        DELIVERY.STATE.in(DeliveryState.WAITING, DeliveryState.READY))
                .execute();
        storeStatus(SALE_ORDER.ID.eq(orderId));
    }

    /** Keeps the order's delivery status, which the order lists filter and sort by, in step with its deliveries. */
    private void storeStatus(Condition order) {
        db.update(SALE_ORDER).set(SALE_ORDER.DELIVERY_STATUS, OrderRepository.DELIVERY_STATUS_OF_DELIVERIES)
                .where(order)
                .execute();
    }
}
