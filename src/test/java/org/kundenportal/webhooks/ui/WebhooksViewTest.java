package org.kundenportal.webhooks.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kundenportal.KaribuTest;
import org.kundenportal.TestWorld;
import org.kundenportal.settings.ui.SettingsView;
import org.kundenportal.webhooks.domain.CreatedEndpoint;
import org.kundenportal.webhooks.domain.WebhookEndpoint;
import org.kundenportal.webhooks.domain.WebhookEndpointService;
import org.springframework.beans.factory.annotation.Autowired;

class WebhooksViewTest extends KaribuTest {

    @Autowired
    WebhookEndpointService service;

    private final List<Long> created = new ArrayList<>();

    @AfterEach
    void deleteEndpoints() {
        created.forEach(service::delete);
        service.list().stream().filter(endpoint -> endpoint.url().contains("/karibu-"))
                .forEach(endpoint -> service.delete(endpoint.id()));
    }

    private static String translation(String key, Object... arguments) {
        return UI.getCurrent().getTranslation(key, arguments);
    }

    private static String uniqueUrl() {
        return "http://127.0.0.1:9/karibu-" + System.nanoTime();
    }

    private static int rowOf(Grid<WebhookEndpoint> grid, String url) {
        List<WebhookEndpoint> rows = GridKt._fetch(grid, 0, GridKt._size(grid));
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).url().equals(url)) {
                return i;
            }
        }
        throw new AssertionError("No row for " + url);
    }

    private static Button button(Grid<WebhookEndpoint> grid, int row, String className) {
        HorizontalLayout actions = (HorizontalLayout) GridKt._getCellComponent(grid, row, "actions");
        return (Button) actions.getChildren().filter(child -> child.hasClassName(className)).findFirst().orElseThrow();
    }

    @Test
    void adminCreatesAnEndpointAndSeesItsSecretOnce() {
        String url = uniqueUrl();
        login(TestWorld.ADMIN);
        navigate("staff/settings/webhooks");

        _click(_get(Button.class, spec -> spec.withId("webhook-add")));
        _setValue(_get(TextField.class, spec -> spec.withId("webhook-url")), url);
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<String> events = _get(MultiSelectComboBox.class, spec -> spec.withId("webhook-events"));
        _setValue(events, Set.of("quote.accepted", "invoice.paid"));
        _setValue(_get(TextArea.class, spec -> spec.withId("webhook-description")), "ERP");
        _click(_get(Button.class, spec -> spec.withId("webhook-save")));

        WebhookEndpoint endpoint = service.list().stream().filter(e -> e.url().equals(url)).findFirst().orElseThrow();
        created.add(endpoint.id());
        assertThat(endpoint.eventTypes()).containsExactlyInAnyOrder("quote.accepted", "invoice.paid");
        assertThat(endpoint.description()).isEqualTo("ERP");
        String secret = _get(TextField.class, spec -> spec.withId("webhook-secret")).getValue();
        assertThat(secret).startsWith("whsec_").hasSizeGreaterThan(40);
        _click(_get(Button.class, spec -> spec.withId("webhook-secret-close")));
        assertThat(_find(TextField.class, spec -> spec.withId("webhook-secret"))).isEmpty();
        Grid<WebhookEndpoint> grid = _get(WebhooksView.class).grid();
        assertThat(GridKt._getFormattedRow(grid, rowOf(grid, url))).contains(url, "invoice.paid, quote.accepted", "ERP");
    }

    @Test
    void refusedInputIsShownBesideItsField() {
        login(TestWorld.ADMIN);
        navigate("staff/settings/webhooks");
        int before = service.list().size();

        _click(_get(Button.class, spec -> spec.withId("webhook-add")));
        _setValue(_get(TextField.class, spec -> spec.withId("webhook-url")), "ftp://example.com/hook");
        _click(_get(Button.class, spec -> spec.withId("webhook-save")));

        TextField url = _get(TextField.class, spec -> spec.withId("webhook-url"));
        assertThat(url.isInvalid()).isTrue();
        assertThat(url.getErrorMessage()).isEqualTo(translation("webhooks.error.url-invalid"));
        MultiSelectComboBox<?> events = _get(MultiSelectComboBox.class, spec -> spec.withId("webhook-events"));
        assertThat(events.isInvalid()).isTrue();
        assertThat(events.getErrorMessage()).isEqualTo(translation("webhooks.error.events-required"));
        assertThat(_find(TextField.class, spec -> spec.withId("webhook-secret"))).isEmpty();
        assertThat(service.list()).hasSize(before);
    }

    @Test
    void adminDisablesEnablesAndDeletesAnEndpoint() {
        CreatedEndpoint endpoint = service.create(uniqueUrl(), Set.of("ticket.created"), null);
        created.add(endpoint.id());
        String url = endpoint.endpoint().url();
        login(TestWorld.ADMIN);
        navigate("staff/settings/webhooks");
        Grid<WebhookEndpoint> grid = _get(WebhooksView.class).grid();

        _click(button(grid, rowOf(grid, url), "webhook-toggle"));
        assertThat(service.find(endpoint.id()).orElseThrow().enabled()).isFalse();
        assertThat(GridKt._getFormattedRow(grid, rowOf(grid, url))).isNotNull();
        assertThat(button(grid, rowOf(grid, url), "webhook-toggle").getText()).isEqualTo(translation("webhooks.enable"));
        _click(button(grid, rowOf(grid, url), "webhook-toggle"));
        assertThat(service.find(endpoint.id()).orElseThrow().enabled()).isTrue();

        _click(button(grid, rowOf(grid, url), "webhook-delete"));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        assertThat(service.find(endpoint.id())).isEmpty();
        assertThat(GridKt._fetch(grid, 0, GridKt._size(grid))).extracting(WebhookEndpoint::url).doesNotContain(url);
    }

    @Test
    void theSettingsPageLinksToTheWebhooks() {
        login(TestWorld.ADMIN);
        navigate("staff/settings");

        _get(SettingsView.class);
        assertThat(_get(Anchor.class, spec -> spec.withId("settings-webhooks-link")).getHref())
                .isEqualTo("staff/settings/webhooks");
    }

    @Test
    void staffWithoutTheAdminRoleAreRefused() {
        login(TestWorld.STAFF);

        navigate("staff/settings/webhooks");

        assertThat(_find(WebhooksView.class)).isEmpty();
    }
}
