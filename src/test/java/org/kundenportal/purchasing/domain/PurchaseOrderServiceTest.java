package org.kundenportal.purchasing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kundenportal.Mails;
import org.kundenportal.SpringTest;
import org.kundenportal.TestWorld;
import org.kundenportal.base.security.PortalScope;
import org.kundenportal.base.security.PortalUser;
import org.kundenportal.base.validation.RefusedException;
import org.kundenportal.documents.domain.DocumentFilter;
import org.kundenportal.documents.domain.HistoryEvent;
import org.kundenportal.purchasing.PurchasingFixtures.Supplier;
import org.kundenportal.purchasing.PurchasingFixtures;
import org.kundenportal.users.domain.UserRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

class PurchaseOrderServiceTest extends SpringTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    GreenMail smtp;

    PurchasingFixtures fixtures;
    PurchaseOrderService service;
    PurchaseOrderRepository orders;

    @BeforeEach
    void setUp() {
        fixtures = new PurchasingFixtures(context);
        service = fixtures.service;
        orders = fixtures.orders;
    }

    @Test
    void acknowledgeRaceHasExactlyOneWinner() throws Exception {
        Supplier supplier = fixtures.supplierWithUser();
        String number = fixtures.createSent(supplier);
        PortalScope scope = fixtures.scopeOf(supplier.email());
        CountDownLatch start = new CountDownLatch(1);
        Callable<Boolean> acknowledge = () -> {
            start.await();
            try {
                service.acknowledge(number, scope, supplier.userId(), null);
                return true;
            } catch (RefusedException refused) {
                assertThat(refused.messageKey()).isEqualTo("purchasing.acknowledge.already");
                return false;
            }
        };
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<Boolean>> results = new ArrayList<>(List.of(threads.submit(acknowledge), threads.submit(acknowledge)));
            start.countDown();
            List<Boolean> outcomes = new ArrayList<>();
            for (Future<Boolean> result : results) {
                outcomes.add(result.get());
            }
            assertThat(outcomes).containsExactlyInAnyOrder(true, false);
        } finally {
            threads.shutdown();
        }
        PurchaseOrder order = fixtures.order(number);
        assertThat(order.state()).isEqualTo(PurchaseOrderState.ACKNOWLEDGED);
        assertThat(order.acknowledgedAt()).isNotNull();
        assertThat(order.acknowledgedBy()).isEqualTo("Sven Lieferant");
        assertThat(fixtures.events(order, HistoryEvent.ACKNOWLEDGED)).isEqualTo(1);
    }

    @Test
    void aConfirmedDeliveryDateBeforeTheOrderDateIsRefused() {
        Supplier supplier = fixtures.supplierWithUser();
        String number = fixtures.createSent(supplier);
        PortalScope scope = fixtures.scopeOf(supplier.email());
        PurchaseOrder order = fixtures.order(number);

        assertThatThrownBy(() -> service.acknowledge(number, scope, supplier.userId(), order.orderDate().minusDays(1)))
                .hasMessageContaining("purchasing.confirmed-date.before-order");
        assertThat(fixtures.order(number).state()).isEqualTo(PurchaseOrderState.SENT);

        service.acknowledge(number, scope, supplier.userId(), order.orderDate().plusDays(3));
        assertThat(fixtures.order(number).confirmedDate()).isEqualTo(order.orderDate().plusDays(3));
    }

    @Test
    void draftsAreNeverVisibleToSuppliers() {
        Supplier supplier = fixtures.supplierWithUser();
        String draft = fixtures.createDraft(supplier);
        String sent = fixtures.createSent(supplier);
        PortalScope scope = fixtures.scopeOf(supplier.email());

        assertThat(orders.find(scope, draft)).isEmpty();
        assertThat(orders.find(scope, sent)).isPresent();
        assertThat(orders.page(scope, DocumentFilter.none(), 0, 50, List.of()))
                .extracting(PurchaseOrderRow::number).containsExactly(sent);
        assertThat(orders.count(scope, DocumentFilter.none())).isEqualTo(1);
        assertThatThrownBy(() -> service.acknowledge(draft, scope, supplier.userId(), null))
                .isInstanceOf(RefusedException.class);
        assertThat(fixtures.order(draft).state()).isEqualTo(PurchaseOrderState.DRAFT);
    }

    @Test
    void anotherSuppliersUserSeesNothingOfTheOrder() {
        Supplier ours = fixtures.supplierWithUser();
        Supplier other = fixtures.supplierWithUser();
        String number = fixtures.createSent(ours);
        PortalScope otherScope = fixtures.scopeOf(other.email());

        assertThat(orders.find(otherScope, number)).isEmpty();
        assertThat(orders.count(otherScope, DocumentFilter.none())).isZero();
        assertThatThrownBy(() -> service.acknowledge(number, otherScope, other.userId(), null))
                .isInstanceOf(RefusedException.class);
        assertThat(fixtures.order(number).state()).isEqualTo(PurchaseOrderState.SENT);
    }

    @Test
    void customersSeeNoPurchaseOrders() {
        String number = fixtures.createSent(fixtures.supplierWithUser());
        PortalScope customer = fixtures.scopeOf(TestWorld.CUSTOMER);

        assertThat(orders.find(customer, number)).isEmpty();
        assertThat(orders.count(customer, DocumentFilter.none())).isZero();
    }

    @Test
    void sendingMailsTheSuppliersPortalUsers() {
        Supplier supplier = fixtures.supplierWithUser();
        String number = fixtures.createSent(supplier);

        MimeMessage mail = Mails.awaitMailTo(smtp, supplier.email());
        assertThat(Mails.subject(mail)).contains(number);
        assertThat(Mails.text(mail)).contains("/purchase-orders/" + number);
        PurchaseOrder order = fixtures.order(number);
        assertThat(order.state()).isEqualTo(PurchaseOrderState.SENT);
        assertThat(order.sentAt()).isNotNull();
        assertThat(fixtures.events(order, HistoryEvent.SENT)).isEqualTo(1);
    }

    @Test
    void withoutPortalUserTheContactPersonGetsTheMail() {
        Supplier supplier = fixtures.supplierWithoutUser(true);
        String number = fixtures.createSent(supplier);

        assertThat(Mails.subject(Mails.awaitMailTo(smtp, supplier.email()))).contains(number);
    }

    @Test
    void sendingIsRefusedWithoutRecipientOrLines() {
        String noRecipient = fixtures.createDraft(fixtures.supplierWithoutUser(false));
        Supplier supplier = fixtures.supplierWithUser();
        String noLines = service.create(fixtures.draft(supplier, List.of()), fixtures.staffId());

        assertThatThrownBy(() -> service.send(fixtures.order(noRecipient).id(), fixtures.staffId()))
                .isInstanceOf(RefusedException.class).hasMessageContaining("purchasing.send.no-recipient");
        assertThatThrownBy(() -> service.send(fixtures.order(noLines).id(), fixtures.staffId()))
                .isInstanceOf(RefusedException.class).hasMessageContaining("purchasing.send.no-lines");
        assertThat(fixtures.order(noRecipient).state()).isEqualTo(PurchaseOrderState.DRAFT);
        assertThat(fixtures.order(noLines).state()).isEqualTo(PurchaseOrderState.DRAFT);
    }

    @Test
    void sendingTwiceIsRefused() {
        Supplier supplier = fixtures.supplierWithUser();
        String number = fixtures.createSent(supplier);

        assertThatThrownBy(() -> service.send(fixtures.order(number).id(), fixtures.staffId()))
                .isInstanceOf(RefusedException.class).hasMessageContaining("purchasing.state.changed");
        assertThat(fixtures.events(fixtures.order(number), HistoryEvent.SENT)).isEqualTo(1);
    }

    @Test
    void savingAStaleDraftIsRefused() {
        Supplier supplier = fixtures.supplierWithUser();
        PurchaseOrder order = fixtures.order(fixtures.createDraft(supplier));
        PurchaseOrderDraft read = new PurchaseOrderDraft(order.id(), order.version(), supplier.companyId(),
                supplier.contactId(), "first", order.orderDate(), null, null, null, PurchasingFixtures.lines());
        service.save(read);

        assertThatThrownBy(() -> service.save(read)).isInstanceOf(RefusedException.class)
                .hasMessageContaining("purchasing.save.stale");
        assertThat(fixtures.order(order.number()).reference()).isEqualTo("first");
        assertThat(fixtures.order(order.number()).total()).isEqualByComparingTo("147.56");
    }

    @Test
    void badInputIsRefused() {
        Supplier supplier = fixtures.supplierWithUser();
        Supplier other = fixtures.supplierWithUser();
        PurchaseOrderDraft draft = fixtures.draft(supplier, PurchasingFixtures.lines());

        assertThatThrownBy(() -> service.create(new PurchaseOrderDraft(null, 0, null, null, null, draft.orderDate(),
                null, null, null, List.of()), fixtures.staffId())).hasMessageContaining("purchasing.supplier.required");
        assertThatThrownBy(() -> service.create(new PurchaseOrderDraft(null, 0, supplier.companyId(), other.contactId(),
                null, draft.orderDate(), null, null, null, List.of()), fixtures.staffId()))
                .hasMessageContaining("purchasing.contact.invalid");
        assertThatThrownBy(() -> service.create(new PurchaseOrderDraft(null, 0, supplier.companyId(), null, null,
                draft.orderDate(), draft.orderDate().minusDays(1), null, null, List.of()), fixtures.staffId()))
                .hasMessageContaining("purchasing.expected-date.before-order");
    }

    @Test
    void receivedOrdersCannotBeCancelled() {
        Supplier supplier = fixtures.supplierWithUser();
        String number = fixtures.createSent(supplier);
        long id = fixtures.order(number).id();
        service.markReceived(id, fixtures.staffId());

        assertThatThrownBy(() -> service.cancel(id, fixtures.staffId())).isInstanceOf(RefusedException.class);
        assertThatThrownBy(() -> service.markReceived(id, fixtures.staffId())).isInstanceOf(RefusedException.class);
        PurchaseOrder order = fixtures.order(number);
        assertThat(order.state()).isEqualTo(PurchaseOrderState.RECEIVED);
        assertThat(fixtures.events(order, HistoryEvent.RECEIVED)).isEqualTo(1);
    }

    @Test
    void aViewIsRecordedOncePerUserAndDay() {
        Supplier supplier = fixtures.supplierWithUser();
        PurchaseOrder order = fixtures.order(fixtures.createSent(supplier));
        PortalUser user = context.getBean(UserRepository.class).findPrincipal(supplier.email()).orElseThrow();

        service.recordView(order, user);
        service.recordView(order, user);

        assertThat(fixtures.events(order, HistoryEvent.VIEWED)).isEqualTo(1);
    }

    @Test
    void searchFindsNumberReferenceAndTextOfLines() {
        Supplier supplier = fixtures.supplierWithUser();
        String number = fixtures.createSent(supplier);
        PortalScope scope = fixtures.scopeOf(supplier.email());
        String reference = fixtures.order(number).reference();

        for (String text : List.of(number, reference, "thermorollen 80", "TR-80")) {
            assertThat(orders.page(scope, new DocumentFilter<>(text, null, null, null, null), 0, 10, List.of()))
                    .as(text).extracting(PurchaseOrderRow::number).containsExactly(number);
        }
        assertThat(orders.count(scope, new DocumentFilter<>("Bonrollen 100%", null, null, null, null))).isZero();
        assertThat(orders.count(scope, new DocumentFilter<>(null, null, null, PurchaseOrderState.RECEIVED, null))).isZero();
    }

    @Test
    void staffCountEveryStateAndTheSupplierCountsWhatWaitsForItsAcknowledgement() {
        Supplier supplier = fixtures.supplierWithUser();
        fixtures.createDraft(supplier);
        fixtures.createSent(supplier);
        fixtures.createSent(supplier);
        fixtures.createAcknowledged(supplier);
        fixtures.createReceived(supplier);
        fixtures.createCancelled(supplier);

        for (PurchaseOrderState state : PurchaseOrderState.values()) {
            assertThat(orders.staffCount(new DocumentFilter<>(null, null, null, state, null)))
                    .as(state.name()).isPositive();
        }
        assertThat(orders.waitingForAcknowledgement(fixtures.scopeOf(supplier.email()))).isEqualTo(2);
    }
}
