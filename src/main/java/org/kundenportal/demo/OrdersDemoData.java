package org.kundenportal.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.kundenportal.base.i18n.Formats;
import org.kundenportal.documents.domain.DocumentLine;
import org.kundenportal.documents.domain.DocumentLines;
import org.kundenportal.documents.domain.DocumentNumbers;
import org.kundenportal.documents.domain.DocumentRef;
import org.kundenportal.documents.domain.HistoryEvent;
import org.kundenportal.documents.domain.HistoryLog;
import org.kundenportal.orders.domain.Carrier;
import org.kundenportal.orders.domain.CarrierRepository;
import org.kundenportal.orders.domain.DeliveryRepository;
import org.kundenportal.orders.domain.DeliveryState;
import org.kundenportal.orders.domain.NewDeliveryLine;
import org.kundenportal.orders.domain.OrderRepository;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Deliveries for the demo's confirmed orders (created by the quotes part before this one): delivered ones with DHL
 * and DPD tracking numbers, shipped ones, one order shipped in part, and some still waiting. Writes through the
 * repositories, so no shipping mails go out to the demo users.
 */
@Component
@Order(20)
class OrdersDemoData implements DemoDataPart {

    private final OrderRepository orders;
    private final DeliveryRepository deliveries;
    private final CarrierRepository carriers;
    private final DocumentLines lines;
    private final DocumentNumbers numbers;
    private final HistoryLog history;

    OrdersDemoData(OrderRepository orders, DeliveryRepository deliveries, CarrierRepository carriers, DocumentLines lines,
                   DocumentNumbers numbers, HistoryLog history) {
        this.orders = orders;
        this.deliveries = deliveries;
        this.carriers = carriers;
        this.lines = lines;
        this.numbers = numbers;
        this.history = history;
    }

    @Override
    public void load(DemoCompanies demo) {
        Carrier dhl = carriers.byCode("DHL").orElseThrow();
        Carrier dpd = carriers.byCode("DPD").orElseThrow();
        boolean partialDone = false;
        List<Long> confirmed = orders.confirmedIds();
        for (int index = 0; index < confirmed.size(); index++) {
            long orderId = confirmed.get(index);
            List<NewDeliveryLine> goods = lines.of(DocumentRef.saleOrder(orderId)).stream().filter(DocumentLine::hasAmount)
                    .map(line -> new NewDeliveryLine(line.description(), line.quantity(), line.unit())).toList();
            if (goods.isEmpty()) {
                continue;
            }
            LocalDate ordered = orders.orderDate(orderId).orElse(null);
            LocalDate start = ordered == null ? LocalDate.now(Formats.ZONE).minusDays(7) : ordered;
            long staff = demo.staffUser();
            switch (index % 5) {
                case 0 -> deliver(ship(create(orderId, start, goods, staff), dhl, "00340434" + digits(orderId, 12), start, staff), start, staff);
                case 1 -> ship(create(orderId, start, goods, staff), dpd, digits(orderId, 14), start, staff);
                case 2 -> {
                    if (partialDone) {
                        create(orderId, start.plusDays(3), goods, staff);
                    } else {
                        partialDone = true;
                        List<NewDeliveryLine> first = portion(goods, true);
                        List<NewDeliveryLine> rest = portion(goods, false);
                        ship(create(orderId, start, first, staff), dhl, "00340434" + digits(orderId + 7, 12), start, staff);
                        if (!rest.isEmpty()) {
                            create(orderId, start.plusDays(14), rest, staff);
                        }
                    }
                }
                case 3 -> create(orderId, start.plusDays(5), goods, staff);
                default -> {
                    Created ready = create(orderId, start.plusDays(2), goods, staff);
                    deliveries.changeState(ready.id(), 0, DeliveryState.READY, null, null);
                }
            }
        }
    }

    private record Created(long orderId, long id, String number) {
    }

    private Created create(long orderId, LocalDate scheduled, List<NewDeliveryLine> goods, long staff) {
        String number = numbers.next(DocumentNumbers.Series.DELIVERY, scheduled);
        long id = deliveries.create(orderId, number, scheduled, goods);
        history.event(DocumentRef.saleOrder(orderId), HistoryEvent.DELIVERY_CREATED, staff, number);
        return new Created(orderId, id, number);
    }

    private Created ship(Created delivery, Carrier carrier, String trackingNumber, LocalDate start, long staff) {
        deliveries.changeState(delivery.id(), 0, DeliveryState.SHIPPED, notAfterToday(start.plusDays(2)), null);
        deliveries.addTracking(delivery.id(), carrier.id(), trackingNumber);
        history.event(DocumentRef.saleOrder(delivery.orderId()), HistoryEvent.SHIPPED, staff,
                delivery.number() + ": " + carrier.name() + " " + trackingNumber);
        return delivery;
    }

    private void deliver(Created delivery, LocalDate start, long staff) {
        deliveries.changeState(delivery.id(), 1, DeliveryState.DELIVERED, null, notAfterToday(start.plusDays(4)));
        history.event(DocumentRef.saleOrder(delivery.orderId()), HistoryEvent.DELIVERED, staff, delivery.number());
    }

    /** The first delivery of a split order takes half of each line (rounded up), the second the rest. */
    private static List<NewDeliveryLine> portion(List<NewDeliveryLine> goods, boolean first) {
        List<NewDeliveryLine> part = new ArrayList<>();
        for (NewDeliveryLine line : goods) {
            BigDecimal half = line.quantity().divide(BigDecimal.TWO, 0, RoundingMode.CEILING);
            BigDecimal quantity = first ? half : line.quantity().subtract(half);
            if (quantity.signum() > 0) {
                part.add(new NewDeliveryLine(line.description(), quantity, line.unit()));
            }
        }
        return part;
    }

    private static LocalDate notAfterToday(LocalDate date) {
        LocalDate today = LocalDate.now(Formats.ZONE);
        return date.isAfter(today) ? today : date;
    }

    /** A made-up but stable parcel number for an order. */
    private static String digits(long seed, int length) {
        String value = Long.toString(Math.abs(seed * 7919L + 104729L) * 31L);
        StringBuilder digits = new StringBuilder(value);
        while (digits.length() < length) {
            digits.append(digits);
        }
        return digits.substring(0, length);
    }
}
