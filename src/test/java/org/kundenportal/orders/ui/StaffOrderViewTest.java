package org.kundenportal.orders.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kundenportal.KaribuTest;
import org.kundenportal.TestWorld;
import org.kundenportal.documents.domain.HistoryEvent;
import org.kundenportal.orders.OrderFixtures;
import org.kundenportal.orders.OrderFixtures.TestOrder;
import org.kundenportal.orders.domain.Carrier;
import org.kundenportal.orders.domain.CarrierRepository;
import org.kundenportal.orders.domain.Delivery;
import org.kundenportal.orders.domain.DeliveryState;
import org.springframework.beans.factory.annotation.Autowired;

class StaffOrderViewTest extends KaribuTest {

    @Autowired
    CarrierRepository carriers;

    OrderFixtures fixtures;
    TestOrder order;

    @BeforeEach
    void setUp() {
        fixtures = new OrderFixtures(context);
        order = fixtures.confirmed(world.customer().companyId());
        login(TestWorld.STAFF);
    }

    /** The order page also holds the history's message box, so fields are found by their label. */
    private static TextArea reasonField() {
        return _get(TextArea.class, spec -> spec.withLabel(translation("orders.cancel.reason")));
    }

    private static String translation(String key, Object... arguments) {
        return UI.getCurrent().getTranslation(key, arguments);
    }

    private static List<String> notifications() {
        return NotificationsKt.getNotifications().stream().map(Notification::getElement)
                .map(element -> element.getProperty("text")).toList();
    }

    private static void click(String id) {
        _click(_get(Button.class, spec -> spec.withId(id)));
    }

    private static void clickText(String key) {
        _click(_get(Button.class, spec -> spec.withText(translation(key))));
    }

    private void cancelOnThePage(String reason) {
        navigate("staff/orders/" + order.number());
        click("order-cancel");
        _setValue(reasonField(), reason);
        click("cancel-confirm");
    }

    @Test
    void staffListFiltersByCustomerCompany() {
        TestOrder cafeOrder = fixtures.confirmed(world.customer2().companyId());
        navigate("staff/orders");

        OrdersViewTest.search("T-");
        assertThat(OrdersViewTest.numbers()).contains(order.number(), cafeOrder.number());

        @SuppressWarnings("unchecked")
        ComboBox<org.kundenportal.contacts.domain.ContactOption> company = _get(ComboBox.class,
                spec -> spec.withLabel(translation("orders.filter.customer")));
        _setValue(company, new org.kundenportal.contacts.domain.ContactOption(world.customer2().companyId(), TestWorld.CUSTOMER2_COMPANY));
        assertThat(OrdersViewTest.numbers()).contains(cafeOrder.number()).doesNotContain(order.number());
    }

    @Test
    void addDeliveryWithEditedQuantitiesThenShipItWithTrackingNumbers() {
        navigate("staff/orders/" + order.number());

        click("order-add-delivery");
        List<BigDecimalField> quantities = _find(BigDecimalField.class);
        assertThat(quantities).extracting(BigDecimalField::getValue).containsExactly(new BigDecimal("4"), new BigDecimal("2"));
        _setValue(quantities.get(0), new BigDecimal("3"));
        _setValue(quantities.get(1), BigDecimal.ZERO);
        click("delivery-save");

        Delivery delivery = fixtures.deliveries(order).getFirst();
        assertThat(delivery.state()).isEqualTo(DeliveryState.WAITING);
        assertThat(delivery.lines()).extracting(Delivery.Line::quantity).containsExactly(new BigDecimal("3.000"));
        assertThat(delivery.number()).startsWith("LS-");
        assertThat(notifications()).contains(translation("orders.delivery.add.done", delivery.number()));

        clickText("orders.delivery.action.ship");
        @SuppressWarnings("unchecked")
        ComboBox<Carrier> carrier = _get(ComboBox.class, spec -> spec.withLabel(translation("orders.delivery.ship.carrier")));
        _setValue(carrier, carriers.byCode("DHL").orElseThrow());
        _setValue(_get(TextArea.class, spec -> spec.withLabel(translation("orders.delivery.ship.tracking"))), "00340434111 00340434222");
        click("ship-save");

        Delivery shipped = fixtures.deliveries(order).getFirst();
        assertThat(shipped.state()).isEqualTo(DeliveryState.SHIPPED);
        assertThat(shipped.shippedDate()).isNotNull();
        assertThat(shipped.trackings()).extracting(Delivery.Tracking::trackingNumber)
                .containsExactly("00340434111", "00340434222");
        assertThat(_find(Anchor.class, spec -> spec.withClasses("tracking-link"))).hasSize(2);
        assertThat(fixtures.events(order, HistoryEvent.SHIPPED)).isEqualTo(1);

        clickText("orders.delivery.action.delivered");
        click("delivered-save");
        assertThat(fixtures.deliveries(order).getFirst().state()).isEqualTo(DeliveryState.DELIVERED);
    }

    @Test
    void cancelByAgreementNeedsAReasonThenReturnsTheOrderToTheQuotes() {
        navigate("staff/orders/" + order.number());

        click("order-cancel");
        click("cancel-confirm");
        assertThat(reasonField().isInvalid()).isTrue();
        assertThat(fixtures.state(order)).isEqualTo("CONFIRMED");

        _setValue(reasonField(), "Kunde und Vertrieb haben sich telefonisch geeinigt");
        click("cancel-confirm");

        assertThat(fixtures.state(order)).isEqualTo("CANCELLED");
        assertThat(_find(StaffOrdersView.class)).hasSize(1);
        assertThat(notifications()).contains(translation("orders.cancel.done", order.number()));
    }

    @Test
    void cancelByAgreementIsRefusedWhileAnInvoiceIsOpen() {
        fixtures.invoice(order, world.customer().companyId(), "POSTED", new BigDecimal("10.00"), BigDecimal.ZERO, LocalDate.now());
        cancelOnThePage("Einigung");

        assertThat(fixtures.state(order)).isEqualTo("CONFIRMED");
        assertThat(notifications()).contains(translation("orders.cancel.refused.invoiced"));
    }

    @Test
    void cancelByAgreementIsRefusedAfterShipping() {
        Delivery delivery = fixtures.delivery(order, fixtures.userId(TestWorld.STAFF));
        fixtures.service.ship(delivery.id(), delivery.version(), carriers.byCode("DHL").orElseThrow().id(), List.of("X1"),
                LocalDate.now(), fixtures.userId(TestWorld.STAFF));
        cancelOnThePage("Einigung");

        assertThat(fixtures.state(order)).isEqualTo("CONFIRMED");
        assertThat(notifications()).contains(translation("orders.cancel.refused.shipped"));
    }

    @Test
    void customerPreviewButtonOpensThePortalPage() {
        navigate("staff/orders/" + order.number());

        click("order-preview");

        assertThat(_find(OrderView.class)).hasSize(1);
    }

    @Test
    void customersCannotOpenTheStaffPage() {
        login(TestWorld.CUSTOMER);

        navigate("staff/orders/" + order.number());

        assertThat(_find(StaffOrderView.class)).isEmpty();
    }
}
