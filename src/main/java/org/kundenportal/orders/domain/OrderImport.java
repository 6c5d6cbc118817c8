package org.kundenportal.orders.domain;

import java.time.LocalDate;
import java.util.List;
import org.kundenportal.quotes.domain.QuoteDraft;

/**
 * An order as another system (web shop, ERP) sends it, addressed by that system's id.
 *
 * @param contentHash SHA-256 of the request without its deliveries: the order's content, fixed once placed
 * @param content     customer, contact, reference, order date (as quote date), payment term, note and lines
 * @param deliveries  in the order they were created; the n-th is the order's n-th delivery
 */
public record OrderImport(String externalId, String contentHash, boolean webShop, QuoteDraft content,
                          List<DeliveryImport> deliveries) {

    public OrderImport {
        deliveries = deliveries == null ? List.of() : List.copyOf(deliveries);
    }

    /**
     * A delivery and how far it has come.
     *
     * @param lines     what it carries, taken when it is created; empty: every product line of the order
     * @param carrierId with the tracking numbers, required from SHIPPED on
     */
    public record DeliveryImport(LocalDate scheduledDate, DeliveryState state, List<NewDeliveryLine> lines,
                                 Long carrierId, List<String> trackingNumbers, LocalDate shippedDate,
                                 LocalDate deliveredDate) {

        public DeliveryImport {
            lines = lines == null ? List.of() : List.copyOf(lines);
            trackingNumbers = trackingNumbers == null ? List.of() : List.copyOf(trackingNumbers);
        }
    }
}
