package org.kundenportal.integration.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kundenportal.KaribuTest;
import org.kundenportal.TestWorld;
import org.kundenportal.integration.ApiClients;
import org.kundenportal.integration.ApiHttp;
import org.kundenportal.integration.domain.ApiClient;
import org.kundenportal.integration.domain.ApiScope;
import org.springframework.boot.test.web.server.LocalServerPort;

class ApiClientsViewTest extends KaribuTest {

    @LocalServerPort
    int port;

    @SuppressWarnings("unchecked")
    private Grid<ApiClient> grid() {
        return _get(Grid.class);
    }

    @SuppressWarnings("unchecked")
    private String createClient(String name, Set<ApiScope> scopes) {
        _click(_get(Button.class, spec -> spec.withId("api-client-new")));
        _setValue(_get(TextField.class, spec -> spec.withId("api-client-name")), name);
        _setValue((CheckboxGroup<ApiScope>) _get(CheckboxGroup.class, spec -> spec.withId("api-client-scopes")), scopes);
        _click(_get(Button.class, spec -> spec.withId("api-client-create")));
        return _get(TextField.class, spec -> spec.withId("api-client-token")).getValue();
    }

    @Test
    void anAdminCreatesAClientWhoseTokenIsShownOnceAndWorks() {
        String other = "Andere Kasse " + System.nanoTime();
        ApiClients.create(context, other, java.util.EnumSet.of(ApiScope.READ));
        login(TestWorld.ADMIN);
        navigate("staff/settings/api-clients");
        String name = "Kasse " + System.nanoTime();

        String token = createClient(name, Set.of(ApiScope.READ));

        assertThat(token).startsWith("kp_").hasSizeGreaterThan(40);
        assertThat(new ApiHttp(port, token).get("/api/v1/employees/" + ApiClients.employee(context)).status()).isEqualTo(200);
        assertThat(GridKt._size(grid())).isGreaterThanOrEqualTo(2);
        assertThat(GridKt._findAll(grid()).stream().map(ApiClient::name)).contains(name, other);
        // the list shows only the token's first characters
        assertThat(_get(ApiClientsView.class).getElement().getTextRecursively()).doesNotContain(token);
    }

    @Test
    void aClientNeedsANameAndAScope() {
        login(TestWorld.ADMIN);
        navigate("staff/settings/api-clients");
        _click(_get(Button.class, spec -> spec.withId("api-client-new")));

        _click(_get(Button.class, spec -> spec.withId("api-client-create")));

        assertThat(_get(TextField.class, spec -> spec.withId("api-client-name")).isInvalid()).isTrue();
        assertThat(_get(CheckboxGroup.class, spec -> spec.withId("api-client-scopes")).isInvalid()).isTrue();
        assertThat(_find(TextField.class, spec -> spec.withId("api-client-token"))).isEmpty();
    }

    @Test
    void revokingAClientStopsItsToken() {
        login(TestWorld.ADMIN);
        navigate("staff/settings/api-clients");
        String name = "Webshop " + System.nanoTime();
        String token = createClient(name, Set.of(ApiScope.READ));
        navigate("staff/settings/api-clients");
        int row = GridKt._findAll(grid()).stream().map(ApiClient::name).toList().indexOf(name);

        _click(_get(GridKt._getCellComponent(grid(), row, "actions"), Button.class,
                spec -> spec.withClasses("api-client-revoke")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        assertThat(new ApiHttp(port, token).get("/api/v1/employees/" + ApiClients.employee(context)).status()).isEqualTo(401);
    }

    @Test
    void staffWithoutAdminRightsCannotOpenIt() {
        login(TestWorld.STAFF);
        navigate("staff/settings/api-clients");

        assertThat(_find(ApiClientsView.class)).isEmpty();
    }
}
