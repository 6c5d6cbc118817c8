package org.kundenportal.orders.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.kundenportal.base.db.AfterCommit;
import org.kundenportal.base.db.ExternalRow;
import org.kundenportal.base.db.Upserted.Outcome;
import org.kundenportal.base.db.Upserted;
import org.kundenportal.base.i18n.Formats;
import org.kundenportal.base.validation.ConflictException;
import org.kundenportal.base.validation.InvalidInputException.Problem;
import org.kundenportal.base.validation.InvalidInputException;
import org.kundenportal.base.validation.RefusedException;
import org.kundenportal.documents.domain.DocumentLine;
import org.kundenportal.documents.domain.DocumentLines;
import org.kundenportal.documents.domain.DocumentNumbers;
import org.kundenportal.documents.domain.DocumentRef;
import org.kundenportal.documents.domain.HistoryEvent;
import org.kundenportal.documents.domain.HistoryLog;
import org.kundenportal.quotes.domain.QuoteEditing;
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
    private final QuoteEditing quotes;
    private final DocumentLines lines;

    public OrderService(OrderRepository orders, DeliveryRepository deliveries, CarrierRepository carriers,
                        DocumentNumbers numbers, HistoryLog history, ShippingMail shippingMail, QuoteEditing quotes,
                        DocumentLines lines) {
        this.orders = orders;
        this.deliveries = deliveries;
        this.carriers = carriers;
        this.numbers = numbers;
        this.history = history;
        this.shippingMail = shippingMail;
        this.quotes = quotes;
        this.lines = lines;
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

    /**
     * Places the order another system knows by its id (through the quote's rules and writes, confirmed at once)
     * and brings its deliveries to the states it names, through the same steps as staff: create, ready, ship with
     * tracking numbers (the customer is mailed), delivered, or cancelled. An order's content is fixed once placed;
     * deliveries are added and moved on, never removed or moved back.
     *
     * @throws InvalidInputException naming the refused fields; nothing was written
     * @throws ConflictException     when the content changed, a delivery would move back, or the order was cancelled
     */
    @Transactional
    public Upserted put(OrderImport order, long userId) {
        Optional<ExternalRow> existing = orders.findExternal(order.externalId());
        long id;
        Outcome outcome;
        if (existing.isPresent() && existing.get().writtenBy(order.contentHash())) {
            id = existing.get().id();
            outcome = Outcome.UNCHANGED;
        } else if (existing.isPresent()) {
            throw new ConflictException("orders.api.not-replaceable", orders.number(existing.get().id()));
        } else {
            id = quotes.placeOrder(order.content(), order.webShop(), userId);
            orders.linkExternal(id, order.externalId(), order.contentHash());
            outcome = Outcome.CREATED;
        }
        List<Delivery> current = deliveries.of(id);
        for (int i = 0; i < order.deliveries().size(); i++) {
            String field = "deliveries[" + i + "]";
            try {
                if (bring(id, i < current.size() ? current.get(i) : null, order.deliveries().get(i), userId)
                        && outcome == Outcome.UNCHANGED) {
                    outcome = Outcome.REPLACED;
                }
            } catch (RefusedException refused) {
                throw refusalOf(refused, field, orders.number(id));
            }
        }
        return new Upserted(id, outcome);
    }

    /** Moves one delivery (created first if new) to the wanted state; false when it was there already. */
    private boolean bring(long orderId, Delivery delivery, OrderImport.DeliveryImport wanted, long userId) {
        boolean changed = false;
        if (delivery == null) {
            List<NewDeliveryLine> goods = wanted.lines().isEmpty() ? lines.of(DocumentRef.saleOrder(orderId)).stream()
                    .filter(DocumentLine::hasAmount)
                    .map(line -> new NewDeliveryLine(line.description(), line.quantity(), line.unit())).toList()
                    : wanted.lines();
            addDelivery(orderId, wanted.scheduledDate(), goods, userId);
            delivery = deliveries.of(orderId).getLast();
            changed = true;
        }
        DeliveryState target = wanted.state();
        if (delivery.state() == target) {
            return changed;
        }
        if (delivery.state() == DeliveryState.WAITING && target == DeliveryState.READY) {
            markReady(delivery.id(), delivery.version());
        } else if (delivery.state().canBecome(DeliveryState.CANCELLED) && target == DeliveryState.CANCELLED) {
            cancelDelivery(delivery.id(), delivery.version());
        } else if (delivery.state().canBecome(DeliveryState.SHIPPED)
                && (target == DeliveryState.SHIPPED || target == DeliveryState.DELIVERED)) {
            ship(delivery.id(), delivery.version(), wanted.carrierId() == null ? 0 : wanted.carrierId(),
                    wanted.trackingNumbers(), wanted.shippedDate() == null ? LocalDate.now(Formats.ZONE)
                            : wanted.shippedDate(), userId);
            if (target == DeliveryState.DELIVERED) {
                markDelivered(delivery.id(), delivery.version() + 1, deliveredDate(wanted), userId);
            }
        } else if (delivery.state() == DeliveryState.SHIPPED && target == DeliveryState.DELIVERED) {
            markDelivered(delivery.id(), delivery.version(), deliveredDate(wanted), userId);
        } else {
            throw new ConflictException("orders.api.delivery-back", delivery.number(),
                    delivery.state().name(), target.name());
        }
        return true;
    }

    private static LocalDate deliveredDate(OrderImport.DeliveryImport wanted) {
        return wanted.deliveredDate() == null ? LocalDate.now(Formats.ZONE) : wanted.deliveredDate();
    }

    /** A refusal of a delivery step as the field it concerns, or as a conflict with the order's state. */
    private static RuntimeException refusalOf(RefusedException refused, String field, String orderNumber) {
        String part = switch (refused.messageKey()) {
            case "orders.delivery.refused.quantity", "orders.delivery.refused.empty" -> ".lines";
            case "orders.delivery.refused.carrier" -> ".carrier";
            case "orders.delivery.refused.tracking", "orders.delivery.refused.tracking-length" -> ".trackingNumbers";
            case "orders.delivery.refused.date" -> ".shippedDate";
            default -> null;
        };
        if (part == null) {
            return new ConflictException("orders.api.not-open", orderNumber);
        }
        return new InvalidInputException(List.of(new Problem(field + part, refused.messageKey(),
                List.of(refused.arguments()))));
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
        history.viewed(DocumentRef.saleOrder(orderId), userId);
    }
}
