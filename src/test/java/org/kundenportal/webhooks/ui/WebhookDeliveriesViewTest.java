package org.kundenportal.webhooks.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kundenportal.KaribuTest;
import org.kundenportal.TestWorld;
import org.kundenportal.base.events.EventType;
import org.kundenportal.base.events.Outbox;
import org.kundenportal.webhooks.WebhookReceiver;
import org.kundenportal.webhooks.domain.CreatedEndpoint;
import org.kundenportal.webhooks.domain.DeliveryRow;
import org.kundenportal.webhooks.domain.WebhookDeliveryState;
import org.kundenportal.webhooks.domain.WebhookEndpointService;
import org.springframework.beans.factory.annotation.Autowired;

class WebhookDeliveriesViewTest extends KaribuTest {

    @Autowired
    WebhookEndpointService service;
    @Autowired
    Outbox outbox;

    private WebhookReceiver receiver;
    private CreatedEndpoint endpoint;

    @BeforeEach
    void endpointThatRefusesTwoEventsAtFirst() {
        receiver = WebhookReceiver.start();
        endpoint = service.create(receiver.url(), Set.of("ticket.updated"), "log test");
    }

    @AfterEach
    void deleteEndpoint() {
        service.delete(endpoint.id());
        receiver.close();
    }

    private DeliveryRow await(String subject, WebhookDeliveryState state) {
        long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < end) {
            var row = service.deliveries(state, endpoint.id(), 0, 50).stream()
                    .filter(r -> r.subject().equals(subject)).findFirst();
            if (row.isPresent()) {
                return row.get();
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        throw new AssertionError(subject + " never " + state);
    }

    private static List<DeliveryRow> rows(Grid<DeliveryRow> grid) {
        return GridKt._fetch(grid, 0, GridKt._size(grid));
    }

    @Test
    void theLogFiltersByStateAndSendsAFailedDeliveryAgain() {
        String failing = "ticket:T-LOG-" + UUID.randomUUID();
        String working = "ticket:T-LOG-" + UUID.randomUUID();
        AtomicInteger accepted = new AtomicInteger();
        receiver.answer(request -> request.body().contains(failing) && accepted.get() == 0 ? 500 : 200);
        outbox.publish(EventType.TICKET_UPDATED, failing, Map.of("subject", failing));
        outbox.publish(EventType.TICKET_UPDATED, working, Map.of("subject", working));
        await(failing, WebhookDeliveryState.FAILED);
        await(working, WebhookDeliveryState.DELIVERED);
        login(TestWorld.ADMIN);
        navigate("staff/settings/webhooks/deliveries");
        WebhookDeliveriesView view = _get(WebhookDeliveriesView.class);
        Grid<DeliveryRow> grid = view.grid();
        assertThat(rows(grid)).extracting(DeliveryRow::subject).contains(failing, working);

        _setValue(view.stateFilter(), WebhookDeliveryState.FAILED);

        assertThat(rows(grid)).extracting(DeliveryRow::subject).contains(failing).doesNotContain(working);
        int row = rows(grid).stream().map(DeliveryRow::subject).toList().indexOf(failing);
        assertThat(GridKt._getFormattedRow(grid, row)).contains("ticket.updated", failing, receiver.url(), "500");
        int attemptsBefore = receiver.received(r -> r.body().contains(failing)).size();
        accepted.set(1);

        _click((Button) GridKt._getCellComponent(grid, row, "actions"));

        await(failing, WebhookDeliveryState.DELIVERED);
        assertThat(receiver.received(r -> r.body().contains(failing))).hasSize(attemptsBefore + 1);
        _setValue(view.stateFilter(), WebhookDeliveryState.DELIVERED);
        assertThat(rows(grid)).extracting(DeliveryRow::subject).contains(failing, working);
    }

    @Test
    void staffWithoutTheAdminRoleAreRefused() {
        login(TestWorld.STAFF);

        navigate("staff/settings/webhooks/deliveries");

        assertThat(_find(WebhookDeliveriesView.class)).isEmpty();
    }
}
