package org.kundenportal.purchasing.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kundenportal.KaribuTest;
import org.kundenportal.TestWorld;
import org.kundenportal.documents.domain.HistoryEvent;
import org.kundenportal.documents.ui.PreviewBanner;
import org.kundenportal.purchasing.PurchasingFixtures;
import org.kundenportal.purchasing.PurchasingFixtures.Supplier;
import org.kundenportal.purchasing.domain.PurchaseOrderRow;
import org.kundenportal.purchasing.domain.PurchaseOrderService;
import org.kundenportal.purchasing.domain.PurchaseOrderState;

/** The supplier's side: its list, the detail with acknowledge, and who may not see any of it. */
class PurchaseOrdersViewTest extends KaribuTest {

    PurchasingFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new PurchasingFixtures(context);
    }

    private static String tr(String key, Object... arguments) {
        return UI.getCurrent().getTranslation(key, arguments);
    }

    private List<PurchaseOrderRow> rows() {
        PurchaseOrderGrid grid = _get(PurchaseOrderGrid.class);
        return GridKt._fetch(grid, 0, GridKt._size(grid));
    }

    private List<String> notifications() {
        return NotificationsKt.getNotifications().stream().map(Notification::getElement)
                .map(element -> element.getProperty("text", "")).toList();
    }

    private List<Button> acknowledgeButtons() {
        return _find(Button.class, spec -> spec.withClasses("purchase-order-acknowledge"));
    }

    private String errorHeading() {
        return _get(H1.class).getText();
    }

    @Test
    void supplierSeesItsOrdersButNoDrafts() {
        Supplier supplier = fixtures.supplierWithUser();
        List<String> visible = List.of(fixtures.createSent(supplier), fixtures.createAcknowledged(supplier),
                fixtures.createReceived(supplier), fixtures.createCancelled(supplier));
        String draft = fixtures.createDraft(supplier);
        String othersOrder = fixtures.createSent(fixtures.supplierWithUser());
        login(supplier.email());
        navigate("purchase-orders");

        List<PurchaseOrderRow> rows = rows();
        assertThat(rows).extracting(PurchaseOrderRow::number).containsExactlyInAnyOrderElementsOf(visible)
                .doesNotContain(draft, othersOrder);
        assertThat(rows).extracting(PurchaseOrderRow::state).doesNotContain(PurchaseOrderState.DRAFT)
                .contains(PurchaseOrderState.SENT, PurchaseOrderState.ACKNOWLEDGED, PurchaseOrderState.RECEIVED,
                        PurchaseOrderState.CANCELLED);
        assertThat(rows).extracting(PurchaseOrderRow::supplierName).containsOnly(fixtures.name(supplier));
    }

    @Test
    void aRowOpensTheOrderWithItsLines() {
        Supplier supplier = fixtures.supplierWithUser();
        String number = fixtures.createSent(supplier);
        login(supplier.email());
        navigate("purchase-orders");

        assertThat(rows()).extracting(PurchaseOrderRow::number).containsExactly(number);
        navigate("purchase-orders/" + number);

        assertThat(_get(PurchaseOrderView.class).getPageTitle()).isEqualTo(tr("purchasing.title", number));
        assertThat(_find(PurchaseOrderDetails.class)).hasSize(1);
        assertThat(_find(PreviewBanner.class)).isEmpty();
    }

    @Test
    void supplierAcknowledgesAnOrderOnce() {
        Supplier supplier = fixtures.supplierWithUser();
        String number = fixtures.createSent(supplier);
        login(supplier.email());
        navigate("purchase-orders/" + number);
        LocalDate confirmed = PurchaseOrderService.today().plusDays(9);

        _setValue(_get(DatePicker.class, spec -> spec.withClasses("purchase-order-confirmed-date")), confirmed);
        _click(acknowledgeButtons().getFirst());

        assertThat(notifications()).contains(tr("purchasing.acknowledge.done", number));
        assertThat(fixtures.order(number).state()).isEqualTo(PurchaseOrderState.ACKNOWLEDGED);
        assertThat(fixtures.order(number).confirmedDate()).isEqualTo(confirmed);
        assertThat(acknowledgeButtons()).isEmpty();
        assertThat(fixtures.events(fixtures.order(number), HistoryEvent.ACKNOWLEDGED)).isEqualTo(1);
    }

    @Test
    void aSecondAcknowledgeFromAnotherTabIsRefused() {
        Supplier supplier = fixtures.supplierWithUser();
        String number = fixtures.createSent(supplier);
        login(supplier.email());
        navigate("purchase-orders/" + number);
        Button staleButton = acknowledgeButtons().getFirst();
        // the other tab was faster
        fixtures.service.acknowledge(number, fixtures.scopeOf(supplier.email()), supplier.userId(), null);

        _click(staleButton);

        assertThat(notifications()).contains(tr("purchasing.acknowledge.already"));
        assertThat(fixtures.events(fixtures.order(number), HistoryEvent.ACKNOWLEDGED)).isEqualTo(1);
        assertThat(acknowledgeButtons()).isEmpty();
    }

    @Test
    void openingRecordsOneViewPerDay() {
        Supplier supplier = fixtures.supplierWithUser();
        String number = fixtures.createSent(supplier);
        login(supplier.email());

        navigate("purchase-orders/" + number);
        navigate("purchase-orders");
        navigate("purchase-orders/" + number);

        assertThat(fixtures.events(fixtures.order(number), HistoryEvent.VIEWED)).isEqualTo(1);
    }

    @Test
    void staffPreviewShowsTheOrderWithoutActionsOrViewedEvent() {
        Supplier supplier = fixtures.supplierWithUser();
        String number = fixtures.createSent(supplier);
        login(TestWorld.STAFF);

        navigate("purchase-orders/" + number);

        assertThat(_find(PreviewBanner.class)).hasSize(1);
        assertThat(_find(PurchaseOrderDetails.class)).hasSize(1);
        assertThat(acknowledgeButtons()).isEmpty();
        assertThat(fixtures.events(fixtures.order(number), HistoryEvent.VIEWED)).isZero();
    }

    @Test
    void staffPreviewOfADraftIsNotFound() {
        String draft = fixtures.createDraft(fixtures.supplierWithUser());
        login(TestWorld.STAFF);

        navigate("purchase-orders/" + draft);

        assertThat(_find(PurchaseOrderView.class)).isEmpty();
    }

    @Test
    void customerCannotOpenPurchaseOrders() {
        String number = fixtures.createSent(fixtures.supplierWithUser());
        login(TestWorld.CUSTOMER);

        navigate("purchase-orders");
        assertThat(_find(PurchaseOrdersView.class)).isEmpty();
        assertThat(errorHeading()).isEqualTo(tr("error.access-denied.title"));

        navigate("purchase-orders/" + number);
        assertThat(_find(PurchaseOrderView.class)).isEmpty();
        assertThat(errorHeading()).isEqualTo(tr("error.access-denied.title"));
    }

    @Test
    void anotherSuppliersUserGetsTheSameAnswerAsForAnUnknownNumber() {
        String number = fixtures.createSent(fixtures.supplierWithUser());
        Supplier other = fixtures.supplierWithUser();
        login(other.email());

        navigate("purchase-orders/BE-1999-99999");
        String unknown = errorHeading();
        navigate("purchase-orders/" + number);

        assertThat(_find(PurchaseOrderView.class)).isEmpty();
        assertThat(_find(PurchaseOrderDetails.class)).isEmpty();
        assertThat(errorHeading()).isEqualTo(unknown);
        assertThat(fixtures.events(fixtures.order(number), HistoryEvent.VIEWED)).isZero();
    }

    @Test
    void homeCardCountsOrdersWaitingForAcknowledgement() {
        Supplier supplier = fixtures.supplierWithUser();
        fixtures.createSent(supplier);
        fixtures.createSent(supplier);
        login(supplier.email());

        navigate("");

        assertThat(_find(Span.class, spec -> spec.withClasses("home-card-figure"))).extracting(Span::getText)
                .contains(tr("purchasing.home.waiting", 2L));
    }
}
