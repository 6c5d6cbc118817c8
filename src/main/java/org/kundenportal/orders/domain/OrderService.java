package org.kundenportal.orders.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.kundenportal.access.domain.AfterCommit;
import org.kundenportal.access.domain.RefusedException;
import org.kundenportal.base.i18n.Formats;
import org.kundenportal.documents.domain.DocumentNumbers;
import org.kundenportal.documents.domain.DocumentRef;
import org.kundenportal.documents.domain.HistoryEvent;
import org.kundenportal.documents.domain.HistoryLog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What staff do with a sales order: deliveries from creation to delivery, and cancelling the order by agreement
 * with the customer. Every change first locks the confirmed order, so a cancellation and a shipment never cross,
 * and is guarded in SQL, so a double click or a second tab cannot do it twice.
 */
@Service
public class OrderService {

    static final int MAX_TRACKING_LENGTH = 60;
    static final int MAX_REASON_LENGTH = 2000;

    private final OrderRepository orders;
    private final DeliveryRepository deliveries;
    private final CarrierRepository carriers;
    private final DocumentNumbers numbers;
    private final HistoryLog history;
    private final ShippingMail shippingMail;

    public OrderService(OrderRepository orders, DeliveryRepository deliveries, CarrierRepository carriers,
                        DocumentNumbers numbers, HistoryLog history, ShippingMail shippingMail) {
        this.orders = orders;
        this.deliveries = deliveries;
        this.carriers = carriers;
        this.numbers = numbers;
        this.history = history;
        this.shippingMail = shippingMail;
    }

    /**
     * Creates a waiting delivery of the given quantities; lines with nothing to ship are left out.
     *
     * @return the delivery note number
     */
    @Transactional
    public String addDelivery(long orderId, LocalDate scheduledDate, List<NewDeliveryLine> lines, long actorUserId) {
        if (lines.stream().anyMatch(line -> line.quantity() == null || line.quantity().signum() < 0)) {
            throw new RefusedException("orders.delivery.refused.quantity");
        }
        List<NewDeliveryLine> shipped = lines.stream().filter(line -> line.quantity().signum() > 0).toList();
        if (shipped.isEmpty()) {
            throw new RefusedException("orders.delivery.refused.empty");
        }
        lockConfirmed(orderId);
        String number = numbers.next(DocumentNumbers.Series.DELIVERY, LocalDate.now(Formats.ZONE));
        deliveries.create(orderId, number, scheduledDate, shipped);
        history.event(DocumentRef.saleOrder(orderId), HistoryEvent.DELIVERY_CREATED, actorUserId, number);
        return number;
    }

    /** The goods are packed and waiting for the carrier. */
    @Transactional
    public void markReady(long deliveryId, int version) {
        change(deliveryId, version, DeliveryState.READY, null, null);
    }

    /** Calls off a delivery that has not left yet. */
    @Transactional
    public void cancelDelivery(long deliveryId, int version) {
        change(deliveryId, version, DeliveryState.CANCELLED, null, null);
    }

    /**
     * Hands a delivery to a carrier with one or more parcel numbers; the customer's users are told by mail with the
     * tracking links once this is committed.
     */
    @Transactional
    public void ship(long deliveryId, int version, long carrierId, List<String> trackingNumbers, LocalDate shippedDate,
                     long actorUserId) {
        Carrier carrier = carriers.find(carrierId).filter(Carrier::active)
                .orElseThrow(() -> new RefusedException("orders.delivery.refused.carrier"));
        Set<String> parcels = new LinkedHashSet<>();
        for (String number : trackingNumbers) {
            String parcel = number == null ? "" : number.strip();
            if (parcel.length() > MAX_TRACKING_LENGTH) {
                throw new RefusedException("orders.delivery.refused.tracking-length", MAX_TRACKING_LENGTH);
            }
            if (!parcel.isEmpty()) {
                parcels.add(parcel);
            }
        }
        if (parcels.isEmpty()) {
            throw new RefusedException("orders.delivery.refused.tracking");
        }
        if (shippedDate == null) {
            throw new RefusedException("orders.delivery.refused.date");
        }
        long orderId = change(deliveryId, version, DeliveryState.SHIPPED, shippedDate, null);
        parcels.forEach(parcel -> deliveries.addTracking(deliveryId, carrierId, parcel));
        String deliveryNumber = deliveries.number(deliveryId).orElseThrow();
        history.event(DocumentRef.saleOrder(orderId), HistoryEvent.SHIPPED, actorUserId,
                deliveryNumber + ": " + carrier.name() + " " + String.join(", ", parcels));
        List<Delivery.Tracking> links = parcels.stream().map(parcel -> new Delivery.Tracking(carrier.name(), parcel,
                Carrier.trackingLink(carrier.trackingUrl(), parcel))).toList();
        ShippingMail.Letter letter = shippingMail.prepare(orderId, links);
        AfterCommit.run(() -> shippingMail.send(letter));
    }

    @Transactional
    public void markDelivered(long deliveryId, int version, LocalDate deliveredDate, long actorUserId) {
        if (deliveredDate == null) {
            throw new RefusedException("orders.delivery.refused.date");
        }
        long orderId = change(deliveryId, version, DeliveryState.DELIVERED, null, deliveredDate);
        history.event(DocumentRef.saleOrder(orderId), HistoryEvent.DELIVERED, actorUserId,
                deliveries.number(deliveryId).orElseThrow());
    }

    private long change(long deliveryId, int version, DeliveryState next, LocalDate shippedDate, LocalDate deliveredDate) {
        long orderId = deliveries.orderOf(deliveryId).orElseThrow(() -> new RefusedException("orders.delivery.refused.changed"));
        lockConfirmed(orderId);
        if (deliveries.changeState(deliveryId, version, next, shippedDate, deliveredDate) != 1) {
            throw new RefusedException("orders.delivery.refused.changed");
        }
        return orderId;
    }

    private void lockConfirmed(long orderId) {
        if (!orders.lockConfirmed(orderId)) {
            throw new RefusedException("orders.refused.not-confirmed");
        }
    }

    /**
     * Cancels an order the customer and we agreed to call off: it returns to the quotes as CANCELLED with the
     * reason. Refused while an invoice that is not cancelled exists or goods have left; exactly once however often
     * it is asked for.
     */
    @Transactional
    public void cancelByAgreement(long orderId, String reason, long actorUserId) {
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty()) {
            throw new RefusedException("orders.cancel.refused.reason");
        }
        if (text.length() > MAX_REASON_LENGTH) {
            throw new RefusedException("orders.cancel.refused.reason-length", MAX_REASON_LENGTH);
        }
        lockConfirmed(orderId);
        if (orders.hasOpenInvoice(orderId)) {
            throw new RefusedException("orders.cancel.refused.invoiced");
        }
        if (deliveries.hasShipped(orderId)) {
            throw new RefusedException("orders.cancel.refused.shipped");
        }
        if (orders.cancel(orderId, text, Instant.now()) != 1) {
            throw new RefusedException("orders.refused.not-confirmed");
        }
        deliveries.cancelOpen(orderId);
        history.event(DocumentRef.saleOrder(orderId), HistoryEvent.CANCELLED, actorUserId, text);
    }

    /** A portal user opened the order: recorded at most once per user and day, so the history is not flooded. */
    @Transactional
    public void recordView(long orderId, long userId) {
        Instant startOfDay = LocalDate.now(Formats.ZONE).atStartOfDay(Formats.ZONE).toInstant();
        if (!orders.viewedSince(orderId, userId, startOfDay)) {
            history.event(DocumentRef.saleOrder(orderId), HistoryEvent.VIEWED, userId, null);
        }
    }
}
