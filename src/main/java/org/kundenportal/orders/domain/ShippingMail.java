package org.kundenportal.orders.domain;

import static org.kundenportal.db.Tables.APP_USER;
import static org.kundenportal.db.Tables.CONTACT;
import static org.kundenportal.db.Tables.SALE_ORDER;
import static org.kundenportal.db.Tables.USER_AREA_PERMISSION;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.kundenportal.base.mail.MailDeliveryException;
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

    public record Recipient(String email, String name, String language) {
    }

    private final DSLContext db;
    private final MailService mail;
    private final PortalLinks links;

    public ShippingMail(DSLContext db, MailService mail, PortalLinks links) {
        this.db = db;
        this.mail = mail;
        this.links = links;
    }

    Letter prepare(long orderId, List<Delivery.Tracking> trackings) {
        var order = db.select(SALE_ORDER.NUMBER, SALE_ORDER.CUSTOMER_COMPANY_ID, SALE_ORDER.CUSTOMER_CONTACT_ID)
                .from(SALE_ORDER).where(SALE_ORDER.ID.eq(orderId)).fetchSingle();
        List<Recipient> recipients = new ArrayList<>(db.select(APP_USER.EMAIL, APP_USER.DISPLAY_NAME, APP_USER.LANGUAGE)
                .from(APP_USER).join(CONTACT).on(CONTACT.ID.eq(APP_USER.CONTACT_ID))
                .where(CONTACT.COMPANY_ID.eq(order.value2()), APP_USER.KIND.eq("PORTAL"), APP_USER.ENABLED.isTrue(),
                        APP_USER.PASSWORD_HASH.isNotNull(), APP_USER.ACCESS_REVOKED_AT.isNull(),
                        APP_USER.DELETED_AT.isNull(),
                        DSL.exists(DSL.selectOne().from(USER_AREA_PERMISSION).where(
                                USER_AREA_PERMISSION.USER_ID.eq(APP_USER.ID),
                                USER_AREA_PERMISSION.AREA.eq(AreaPermission.ORDERS.name()))))
                .orderBy(APP_USER.ID)
                .fetch(row -> new Recipient(row.value1(), row.value2(), row.value3())));
        if (recipients.isEmpty() && order.value3() != null) {
            db.select(CONTACT.EMAIL, CONTACT.NAME, CONTACT.LANGUAGE).from(CONTACT)
                    .where(CONTACT.ID.eq(order.value3()), CONTACT.EMAIL.isNotNull())
                    .fetchOptional(row -> new Recipient(row.value1(), row.value2(), row.value3()))
                    .ifPresent(recipients::add);
        }
        String tracking = trackings.stream().map(parcel -> parcel.carrierName() + " " + parcel.trackingNumber() + ": " + parcel.url())
                .collect(Collectors.joining("\n"));
        return new Letter(order.value1(), List.copyOf(recipients), tracking);
    }

    /** Sends what can be sent; the shipment is committed already, so a mail server failure is only logged. */
    void send(Letter letter) {
        for (Recipient recipient : letter.recipients()) {
            try {
                mail.send(MailTemplate.ORDER_SHIPPED, recipient.email(), recipient.language() == null ? "de" : recipient.language(),
                        Map.of("contact.name", recipient.name(), "document.number", letter.orderNumber(),
                                "tracking", letter.tracking(), "link", links.to("orders/" + letter.orderNumber())));
            } catch (MailDeliveryException e) {
                log.warn("Shipping mail of order {} to {} failed", letter.orderNumber(), recipient.email(), e);
            }
        }
    }
}
