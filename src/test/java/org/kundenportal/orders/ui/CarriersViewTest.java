package org.kundenportal.orders.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kundenportal.KaribuTest;
import org.kundenportal.TestWorld;
import org.kundenportal.orders.domain.Carrier;
import org.kundenportal.orders.domain.CarrierRepository;
import org.springframework.beans.factory.annotation.Autowired;

class CarriersViewTest extends KaribuTest {

    @Autowired
    CarrierRepository carriers;

    private static String translation(String key) {
        return UI.getCurrent().getTranslation(key);
    }

    private static void fill(String labelKey, String value) {
        _setValue(_get(TextField.class, spec -> spec.withLabel(translation(labelKey))), value);
    }

    private static List<String> notifications() {
        return NotificationsKt.getNotifications().stream().map(Notification::getElement)
                .map(element -> element.getProperty("text")).toList();
    }

    @Test
    void adminSeesTheSeededCarriers() {
        login(TestWorld.ADMIN);
        navigate("staff/settings/carriers");

        var grid = _get(CarriersView.class).grid();
        assertThat(GridKt._fetch(grid, 0, GridKt._size(grid))).extracting(Carrier::code)
                .contains("DHL", "DPD", "UPS", "GLS", "HERMES");
    }

    @Test
    void aTrackingUrlWithoutHttpsOrPlaceholderIsRefusedWithAMessage() {
        String code = "B" + (System.nanoTime() % 100000);
        login(TestWorld.ADMIN);
        navigate("staff/settings/carriers");

        _click(_get(Button.class, spec -> spec.withId("carrier-add")));
        fill("orders.carriers.name", "Bote");
        fill("orders.carriers.code", code);
        fill("orders.carriers.url", "http://bote.example/track/{tracking}");
        _click(_get(Button.class, spec -> spec.withId("carrier-save")));

        assertThat(notifications()).contains(translation("orders.carriers.refused.url"));
        assertThat(_find(Dialog.class)).hasSize(1);
        assertThat(carriers.byCode(code)).isEmpty();

        fill("orders.carriers.url", "https://bote.example/track/{tracking}");
        _click(_get(Button.class, spec -> spec.withId("carrier-save")));

        assertThat(carriers.byCode(code)).get().extracting(Carrier::trackingUrl)
                .isEqualTo("https://bote.example/track/{tracking}");
    }

    @Test
    void staffWithoutAdminRoleAreRefused() {
        login(TestWorld.STAFF);

        navigate("staff/settings/carriers");

        assertThat(_find(CarriersView.class)).isEmpty();
    }
}
