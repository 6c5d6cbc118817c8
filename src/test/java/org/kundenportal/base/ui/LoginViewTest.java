package org.kundenportal.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.kundenportal.KaribuTest;
import org.kundenportal.TestWorld;
import org.kundenportal.home.ui.HomeView;

class LoginViewTest extends KaribuTest {

    @Test
    void showsTheSellingCompanyAndALoginFormPostingToSpringSecurity() {
        navigate("login");

        assertThat(_get(H1.class).getText()).isEqualTo(TestWorld.SELLER);
        LoginForm form = _get(LoginForm.class);
        assertThat(form.getAction()).isEqualTo("login");
        assertThat(form.isError()).isFalse();
    }

    @Test
    void failedLoginShowsTheError() {
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));

        assertThat(_get(LoginForm.class).isError()).isTrue();
    }

    @Test
    void loggedInUserIsSentHome() {
        login(TestWorld.CUSTOMER);

        navigate("login");

        assertThat(_find(LoginView.class)).isEmpty();
        assertThat(_find(HomeView.class)).hasSize(1);
    }
}
