package org.kundenportal.orders.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kundenportal.db.Tables.SALE_ORDER;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kundenportal.Mails;
import org.kundenportal.SpringTest;
import org.kundenportal.TestWorld;
import org.kundenportal.access.AccessFixtures;
import org.kundenportal.base.security.PortalScope;
import org.kundenportal.base.validation.RefusedException;
import org.kundenportal.documents.domain.DocumentFilter;
import org.kundenportal.documents.domain.HistoryEvent;
import org.kundenportal.orders.OrderFixtures;
import org.kundenportal.orders.OrderFixtures.TestOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

class OrderServiceTest extends SpringTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    OrderService service;
    @Autowired
    OrderRepository orders;
    @Autowired
    CarrierRepository carriers;
    @Autowired
    CarrierService carrierService;
    @Autowired
    GreenMail smtp;
    @Autowired
    DSLContext db;

    OrderFixtures fixtures;
    long staff;

    @BeforeEach
    void setUp() {
        fixtures = new OrderFixtures(context);
        staff = fixtures.userId(TestWorld.STAFF);
    }

    private long dhl() {
        return carriers.byCode("DHL").orElseThrow().id();
    }

    private void ship(Delivery delivery, String... parcels) {
        service.ship(delivery.id(), delivery.version(), dhl(), List.of(parcels), LocalDate.now(), staff);
    }

    private Delivery reread(TestOrder order, Delivery delivery) {
        return fixtures.deliveries(order).stream().filter(d -> d.id() == delivery.id()).findFirst().orElseThrow();
    }

    @Test
    void cancelByAgreementHappensOnceWhenTwoCallsRace() throws Exception {
        TestOrder order = fixtures.confirmed(world.customer().companyId());
        CyclicBarrier start = new CyclicBarrier(2);
        Callable<Boolean> cancel = () -> {
            start.await();
            try {
                service.cancelByAgreement(order.id(), "Kunde hat storniert", staff);
                return true;
            } catch (RefusedException refused) {
                assertThat(refused.messageKey()).isEqualTo("orders.refused.not-confirmed");
                return false;
            }
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Boolean>> results = new ArrayList<>(List.of(pool.submit(cancel), pool.submit(cancel)));
            List<Boolean> outcomes = new ArrayList<>();
            for (Future<Boolean> result : results) {
                outcomes.add(result.get());
            }
            assertThat(outcomes).containsExactlyInAnyOrder(true, false);
        } finally {
            pool.shutdown();
        }
        assertThat(fixtures.state(order)).isEqualTo("CANCELLED");
        assertThat(fixtures.events(order, HistoryEvent.CANCELLED)).isEqualTo(1);
        assertThat(orders.find(PortalScope.staff(), order.number())).isEmpty();
    }

    @Test
    void cancelNeedsAReason() {
        TestOrder order = fixtures.confirmed(world.customer().companyId());

        assertThatThrownBy(() -> service.cancelByAgreement(order.id(), "  ", staff))
                .isInstanceOfSatisfying(RefusedException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("orders.cancel.refused.reason"));
        assertThat(fixtures.state(order)).isEqualTo("CONFIRMED");
    }

    @Test
    void cancelIsRefusedWhileAnInvoiceIsNotCancelled() {
        TestOrder order = fixtures.confirmed(world.customer().companyId());
        fixtures.invoice(order, world.customer().companyId(), "POSTED", new BigDecimal("100.00"), BigDecimal.ZERO, LocalDate.now().plusDays(14));

        assertThatThrownBy(() -> service.cancelByAgreement(order.id(), "Einigung", staff))
                .isInstanceOfSatisfying(RefusedException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("orders.cancel.refused.invoiced"));
        assertThat(fixtures.state(order)).isEqualTo("CONFIRMED");
    }

    @Test
    void cancelIsAllowedWhenTheOnlyInvoiceIsCancelled() {
        TestOrder order = fixtures.confirmed(world.customer().companyId());
        fixtures.invoice(order, world.customer().companyId(), "CANCELLED", new BigDecimal("100.00"), BigDecimal.ZERO, LocalDate.now());
        Delivery waiting = fixtures.delivery(order, staff);

        service.cancelByAgreement(order.id(), "Einigung", staff);

        assertThat(fixtures.state(order)).isEqualTo("CANCELLED");
        assertThat(reread(order, waiting).state()).isEqualTo(DeliveryState.CANCELLED);
    }

    @Test
    void cancelIsRefusedOnceGoodsHaveBeenShipped() {
        TestOrder order = fixtures.confirmed(world.customer().companyId());
        ship(fixtures.delivery(order, staff), "SHIPPED-1");

        assertThatThrownBy(() -> service.cancelByAgreement(order.id(), "Einigung", staff))
                .isInstanceOfSatisfying(RefusedException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("orders.cancel.refused.shipped"));
        assertThat(fixtures.state(order)).isEqualTo("CONFIRMED");
    }

    @Test
    void deliveryStatusFollowsTheDeliveries() {
        TestOrder order = fixtures.confirmed(world.customer().companyId());
        assertThat(orders.deliveryStatus(order.id())).isEqualTo(ShippingStatus.NOT_SHIPPED);

        Delivery first = fixtures.delivery(order, staff);
        Delivery second = fixtures.delivery(order, staff);
        Delivery third = fixtures.delivery(order, staff);
        assertThat(orders.deliveryStatus(order.id())).isEqualTo(ShippingStatus.NOT_SHIPPED);

        service.cancelDelivery(third.id(), third.version());
        ship(first, "P-1");
        assertThat(orders.deliveryStatus(order.id())).isEqualTo(ShippingStatus.PARTIALLY_SHIPPED);

        ship(second, "P-2");
        assertThat(orders.deliveryStatus(order.id())).isEqualTo(ShippingStatus.SHIPPED);

        Delivery shippedFirst = reread(order, first);
        service.markDelivered(shippedFirst.id(), shippedFirst.version(), LocalDate.now(), staff);
        assertThat(orders.deliveryStatus(order.id())).isEqualTo(ShippingStatus.SHIPPED);

        Delivery shippedSecond = reread(order, second);
        service.markDelivered(shippedSecond.id(), shippedSecond.version(), LocalDate.now(), staff);
        assertThat(orders.deliveryStatus(order.id())).isEqualTo(ShippingStatus.DELIVERED);
        assertThat(fixtures.events(order, HistoryEvent.DELIVERY_CREATED)).isEqualTo(3);
        assertThat(fixtures.events(order, HistoryEvent.SHIPPED)).isEqualTo(2);
        assertThat(fixtures.events(order, HistoryEvent.DELIVERED)).isEqualTo(2);

        DocumentFilter<ShippingStatus> delivered = new DocumentFilter<>(order.number(), null, null, ShippingStatus.DELIVERED, null);
        assertThat(orders.page(PortalScope.staff(), delivered, 0, 10, List.of())).extracting(OrderRow::number)
                .containsExactly(order.number());
    }

    @Test
    void everyOrderKeepsTheDeliveryStatusItsDeliveriesGive() {
        TestOrder order = fixtures.confirmed(world.customer().companyId());
        ship(fixtures.delivery(order, staff), "P-STORED");
        fixtures.delivery(order, staff);

        assertThat(orders.deliveryStatus(order.id())).isEqualTo(ShippingStatus.PARTIALLY_SHIPPED);
        assertThat(db.fetchCount(SALE_ORDER, SALE_ORDER.DELIVERY_STATUS.ne(OrderRepository.DELIVERY_STATUS_OF_DELIVERIES)))
                .as("orders whose stored delivery status differs from their deliveries'").isZero();
    }

    @Test
    void aStaleDeliveryCannotBeShippedTwice() {
        TestOrder order = fixtures.confirmed(world.customer().companyId());
        Delivery delivery = fixtures.delivery(order, staff);
        ship(delivery, "FIRST");

        assertThatThrownBy(() -> ship(delivery, "SECOND"))
                .isInstanceOfSatisfying(RefusedException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("orders.delivery.refused.changed"));
        assertThat(reread(order, delivery).trackings()).extracting(Delivery.Tracking::trackingNumber).containsExactly("FIRST");
    }

    @Test
    void shippingNeedsATrackingNumber() {
        TestOrder order = fixtures.confirmed(world.customer().companyId());
        Delivery delivery = fixtures.delivery(order, staff);

        assertThatThrownBy(() -> ship(delivery, " ", ""))
                .isInstanceOfSatisfying(RefusedException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("orders.delivery.refused.tracking"));
        assertThat(reread(order, delivery).state()).isEqualTo(DeliveryState.WAITING);
    }

    @Test
    void aDeliveryNeedsSomethingToShip() {
        TestOrder order = fixtures.confirmed(world.customer().companyId());

        assertThatThrownBy(() -> service.addDelivery(order.id(), LocalDate.now(),
                List.of(new NewDeliveryLine("Nichts", BigDecimal.ZERO, null)), staff))
                .isInstanceOf(RefusedException.class);
        assertThat(fixtures.deliveryCount(order)).isZero();
    }

    @Test
    void shippingMailsTheTrackingLinksToTheContactWhenTheCompanyHasNoPortalUser() {
        AccessFixtures access = new AccessFixtures(context);
        long company = access.customerCompany(AccessFixtures.uniqueName("Versandtest"));
        String email = AccessFixtures.uniqueEmail("versand");
        long person = access.person(company, "Vera Versand", email, "de");
        TestOrder order = fixtures.confirmed(company);
        fixtures.contactPerson(order, person);

        ship(fixtures.delivery(order, staff), "JJD 0001");

        MimeMessage mail = Mails.awaitMailTo(smtp, email);
        assertThat(Mails.subject(mail)).contains(order.number());
        assertThat(Mails.text(mail)).contains("https://www.dhl.de/de/privatkunden/pakete-empfangen/verfolgen.html?piececode=JJD%200001")
                .contains("/orders/" + order.number());
    }

    @Test
    void aPortalUserViewIsRecordedOncePerDay() {
        TestOrder order = fixtures.confirmed(world.customer().companyId());
        long clara = fixtures.userId(TestWorld.CUSTOMER);

        service.recordView(order.id(), clara);
        service.recordView(order.id(), clara);

        assertThat(fixtures.events(order, HistoryEvent.VIEWED)).isEqualTo(1);
    }

    @Test
    void quotesAndDraftsAreNotOrders() {
        TestOrder draft = fixtures.order(world.customer().companyId(), "DRAFT", OrderSource.BACK_OFFICE, false);
        TestOrder sent = fixtures.order(world.customer().companyId(), "SENT", OrderSource.BACK_OFFICE, false);

        assertThat(orders.find(PortalScope.staff(), draft.number())).isEmpty();
        assertThat(orders.find(PortalScope.staff(), sent.number())).isEmpty();
        assertThat(orders.count(PortalScope.staff(), new DocumentFilter<>(draft.lineText(), null, null, null, null))).isZero();
    }

    @Test
    void carrierTrackingUrlMustBeHttpsWithThePlaceholder() {
        assertThatThrownBy(() -> carrierService.save(new Carrier(null, "TST1", "Test", "http://track.example/{tracking}", true)))
                .isInstanceOfSatisfying(RefusedException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("orders.carriers.refused.url"));
        assertThatThrownBy(() -> carrierService.save(new Carrier(null, "TST1", "Test", "https://track.example/", true)))
                .isInstanceOf(RefusedException.class);
        assertThatThrownBy(() -> carrierService.save(new Carrier(null, "DHL", "Doppelt", "https://x.example/{tracking}", true)))
                .isInstanceOfSatisfying(RefusedException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("orders.carriers.refused.code-taken"));
        assertThat(carriers.byCode("TST1")).isEmpty();
    }

    @Test
    void theHomeCardCountsTheCompanysOrdersNotYetDelivered() {
        long company = new AccessFixtures(context).customerCompany(AccessFixtures.uniqueName("Zähltest"));
        PortalScope scope = new PortalScope(false, company, Set.of(company), Set.of());
        fixtures.confirmed(company);
        TestOrder done = fixtures.confirmed(company);
        Delivery delivery = fixtures.delivery(done, staff);
        ship(delivery, "DONE-1");
        Delivery shipped = reread(done, delivery);
        service.markDelivered(shipped.id(), shipped.version(), LocalDate.now(), staff);

        assertThat(orders.countOpen(scope)).isEqualTo(1);
        assertThat(orders.count(scope, DocumentFilter.none())).isEqualTo(2);
    }

    @Test
    void trackingNumbersAreUrlEncodedIntoTheLink() {
        assertThat(Carrier.trackingLink("https://t.example/?n={tracking}", "A B&c=1"))
                .isEqualTo("https://t.example/?n=A%20B%26c%3D1");
    }
}
