package org.kundenportal.orders.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kundenportal.KaribuTest;
import org.kundenportal.TestWorld;
import org.kundenportal.documents.domain.HistoryEvent;
import org.kundenportal.documents.ui.PreviewBanner;
import org.kundenportal.orders.OrderFixtures;
import org.kundenportal.orders.OrderFixtures.TestOrder;
import org.kundenportal.orders.domain.Carrier;
import org.kundenportal.orders.domain.CarrierRepository;
import org.kundenportal.orders.domain.Delivery;
import org.kundenportal.orders.domain.OrderRow;
import org.kundenportal.orders.domain.OrderSource;
import org.springframework.beans.factory.annotation.Autowired;

class OrdersViewTest extends KaribuTest {

    @Autowired
    CarrierRepository carriers;

    OrderFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new OrderFixtures(context);
    }

    @SuppressWarnings("unchecked")
    static Grid<OrderRow> grid() {
        return _get(Grid.class);
    }

    static List<String> numbers() {
        Grid<OrderRow> grid = grid();
        return GridKt._fetch(grid, 0, GridKt._size(grid)).stream().map(OrderRow::number).toList();
    }

    static void search(String text) {
        com.github.mvysny.kaributesting.v10.LocatorJ._setValue(_get(TextField.class,
                spec -> spec.withPlaceholder(UI.getCurrent().getTranslation("documents.filter.search"))), text);
    }

    private static String translation(String key, Object... arguments) {
        return UI.getCurrent().getTranslation(key, arguments);
    }

    /** The headings of the page the user got, which must not tell an existing order from a missing one. */
    private static List<String> refusal() {
        assertThat(_find(OrderView.class)).isEmpty();
        return _find(H1.class).stream().map(H1::getText).toList();
    }

    private static void assertNotFound() {
        assertThat(refusal()).contains(translation("error.not-found.title"));
        // the browser tab says it too: an empty title is what a screen reader announces otherwise
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo(translation("error.not-found.title"));
    }

    @Test
    void customerFindsOwnOrdersByLineTextButNotOtherCompanies() {
        TestOrder own = fixtures.confirmed(world.customer().companyId());
        TestOrder other = fixtures.confirmed(world.customer2().companyId());
        login(TestWorld.CUSTOMER);
        navigate("orders");

        search(own.lineText());
        assertThat(numbers()).containsExactly(own.number());

        search(other.lineText());
        assertThat(numbers()).isEmpty();
        assertThat(grid().getEmptyStateText()).isEqualTo(translation("orders.empty"));
    }

    @Test
    void orderPageShowsTrackingLinksSignatureAndInvoicesButNoCancelButton() {
        TestOrder order = fixtures.order(world.customer().companyId(), "CONFIRMED", OrderSource.WEB_SHOP, true);
        String invoice = fixtures.invoice(order, world.customer().companyId(), "POSTED", new BigDecimal("50.00"), new BigDecimal("50.00"),
                LocalDate.now().plusDays(10));
        String draft = fixtures.invoice(order, world.customer().companyId(), "DRAFT", new BigDecimal("50.00"), BigDecimal.ZERO,
                LocalDate.now().plusDays(10));
        long staff = fixtures.userId(TestWorld.STAFF);
        Delivery delivery = fixtures.delivery(order, staff);
        Carrier dpd = carriers.byCode("DPD").orElseThrow();
        fixtures.service.ship(delivery.id(), delivery.version(), dpd.id(), List.of("0150 1234"), LocalDate.now(), staff);

        login(TestWorld.CUSTOMER);
        navigate("orders/" + order.number());

        Anchor tracking = _get(Anchor.class, spec -> spec.withClasses("tracking-link"));
        assertThat(tracking.getHref()).isEqualTo("https://tracking.dpd.de/status/de_DE/parcel/0150%201234");
        assertThat(tracking.getElement().getAttribute("target")).isEqualTo("_blank");
        assertThat(tracking.getElement().getAttribute("rel")).isEqualTo("noopener");
        assertThat(_get(Image.class, spec -> spec.withClasses("order-signature-image")).getSrc())
                .startsWith("data:image/png;base64,");
        assertThat(_get(Anchor.class, spec -> spec.withText(invoice)).getHref()).isEqualTo("invoices/" + invoice);
        assertThat(_find(Anchor.class, spec -> spec.withText(draft))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withText(translation("orders.action.cancel")))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withText(translation("orders.delivery.action.ship")))).isEmpty();
        assertThat(_find(PreviewBanner.class)).isEmpty();
        assertThat(fixtures.events(order, HistoryEvent.VIEWED)).isEqualTo(1);
    }

    @Test
    void anotherCompanysUserGetsTheSameAnswerAsForAnUnknownNumber() {
        TestOrder customerOrder = fixtures.confirmed(world.customer().companyId());

        login(TestWorld.PARTNER);
        navigate("orders/" + customerOrder.number());
        List<String> existing = refusal();
        navigate("orders/NO-SUCH-ORDER");
        assertThat(refusal()).isEqualTo(existing);
        assertNotFound();

        // without the orders area every order address is refused alike, before any lookup
        login(TestWorld.CUSTOMER2);
        navigate("orders/" + customerOrder.number());
        existing = refusal();
        navigate("orders/NO-SUCH-ORDER");
        assertThat(refusal()).isEqualTo(existing).contains(translation("error.access-denied.title"));
    }

    @Test
    void partnerSeesItsCustomersOrderWithTheCustomer() {
        TestOrder order = fixtures.confirmed(world.partnerCustomer().companyId());
        login(TestWorld.PARTNER);
        navigate("orders");

        search(order.number());
        assertThat(numbers()).containsExactly(order.number());
        assertThat(grid().getColumnByKey("customer")).isNotNull();

        navigate("orders/" + order.number());
        assertThat(_get(OrderView.class)).isNotNull();
    }

    @Test
    void customerWithoutTheOrdersAreaIsRefused() {
        login(TestWorld.CUSTOMER2);

        navigate("orders");

        assertThat(_find(OrdersView.class)).isEmpty();
        assertThat(_find(H1.class)).extracting(H1::getText).contains(translation("error.access-denied.title"));
    }

    @Test
    void draftsAndQuotesAreNotOrders() {
        TestOrder sent = fixtures.order(world.customer().companyId(), "SENT", OrderSource.BACK_OFFICE, false);
        login(TestWorld.CUSTOMER);

        navigate("orders/" + sent.number());

        assertNotFound();
    }

    @Test
    void staffSeeTheCustomerPreviewWithoutRecordingAView() {
        TestOrder order = fixtures.confirmed(world.customer().companyId());
        login(TestWorld.STAFF);

        navigate("orders/" + order.number());

        assertThat(_find(PreviewBanner.class)).hasSize(1);
        assertThat(_find(Button.class, spec -> spec.withText(translation("orders.action.add-delivery")))).isEmpty();
        assertThat(fixtures.events(order, HistoryEvent.VIEWED)).isZero();
    }
}
