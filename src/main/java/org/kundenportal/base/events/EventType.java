package org.kundenportal.base.events;

import java.util.Arrays;
import java.util.Optional;

/**
 * The events the portal publishes to other systems (webhooks), by their names on the wire. Endpoints subscribe to
 * these names; the payload of each is listed in the README.
 */
public enum EventType {
    QUOTE_ACCEPTED("quote.accepted"),
    QUOTE_DECLINED("quote.declined"),
    INVOICE_PAYMENT_ANNOUNCED("invoice.payment_announced"),
    INVOICE_PAID("invoice.paid"),
    INVOICE_REFUNDED("invoice.refunded"),
    SIGNATURE_REQUEST_SIGNED("signature_request.signed"),
    TICKET_CREATED("ticket.created"),
    TICKET_UPDATED("ticket.updated"),
    MESSAGE_POSTED("message.posted"),
    CONTACT_UPDATED("contact.updated"),
    PORTAL_ACCESS_GRANTED("portal_access.granted"),
    PORTAL_ACCESS_REVOKED("portal_access.revoked"),
    SUBSCRIPTION_UPDATED("subscription.updated");

    private final String wire;

    EventType(String wire) {
        this.wire = wire;
    }

    /** The name in the payload's {@code type} and in an endpoint's subscription. */
    public String wire() {
        return wire;
    }

    public static Optional<EventType> ofWire(String wire) {
        return Arrays.stream(values()).filter(type -> type.wire.equals(wire)).findFirst();
    }
}
