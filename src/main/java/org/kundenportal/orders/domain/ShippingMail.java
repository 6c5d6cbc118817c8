package org.kundenportal.orders.domain;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.kundenportal.base.mail.MailDeliveryException;
import org.kundenportal.base.mail.MailRecipients;
import org.kundenportal.base.mail.MailRecipients.Recipient;
import org.kundenportal.base.mail.MailService;
import org.kundenportal.base.mail.MailTemplate;
import org.kundenportal.base.mail.PortalLinks;
import org.kundenportal.base.security.AreaPermission;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The "your order is on its way" mail: to the customer's portal users who may see orders, or, when the company has
 * none, to the order's contact person. Recipients are read inside the shipment's transaction, the mails go out
 * after it committed.
 */
@Component
public class ShippingMail {

    private static final Logger log = LoggerFactory.getLogger(ShippingMail.class);

    /** One prepared mail per recipient. */
    public record Letter(String orderNumber, List<Recipient> recipients, String tracking) {
    }

    private final OrderRepository orders;
    private final MailRecipients recipients;
    private final MailService mail;
    private final PortalLinks links;

    public ShippingMail(OrderRepository orders, MailRecipients recipients, MailService mail, PortalLinks links) {
        this.orders = orders;
        this.recipients = recipients;
        this.mail = mail;
        this.links = links;
    }

    Letter prepare(long orderId, List<Delivery.Tracking> trackings) {
        OrderRepository.Addressee order = orders.addressee(orderId);
        List<Recipient> to = recipients.customerUsers(order.companyId(), AreaPermission.ORDERS);
        if (to.isEmpty()) {
            to = recipients.contact(order.contactId()).stream().toList();
        }
        String tracking = trackings.stream().map(parcel -> parcel.carrierName() + " " + parcel.trackingNumber() + ": " + parcel.url())
                .collect(Collectors.joining("\n"));
        return new Letter(order.number(), List.copyOf(to), tracking);
    }

    /** Sends what can be sent; the shipment is committed already, so a mail server failure is only logged. */
    void send(Letter letter) {
        for (Recipient recipient : letter.recipients()) {
            try {
                mail.send(MailTemplate.ORDER_SHIPPED, recipient.email(), recipient.language(),
                        Map.of("contact.name", recipient.name(), "document.number", letter.orderNumber(),
                                "tracking", letter.tracking(), "link", links.to("orders/" + letter.orderNumber())));
            } catch (MailDeliveryException e) {
                log.warn("Shipping mail of order {} to {} failed", letter.orderNumber(), recipient.email(), e);
            }
        }
    }
}
