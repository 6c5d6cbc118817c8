package org.kundenportal.orders.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A delivery (delivery note) of a sales order with its lines and parcel tracking numbers. */
public record Delivery(long id, long orderId, String number, DeliveryState state, LocalDate scheduledDate,
                       LocalDate shippedDate, LocalDate deliveredDate, int version, List<Line> lines,
                       List<Tracking> trackings) {

    public record Line(String description, BigDecimal quantity, String unit) {
    }

    /** @param url the carrier's tracking page for this number */
    public record Tracking(String carrierName, String trackingNumber, String url) {
    }
}
