package org.kundenportal.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.servlet.http.HttpSession;
import org.junit.jupiter.api.Test;
import org.kundenportal.KaribuTest;

class LoginPagesTest extends KaribuTest {

    @Test
    void theLoginPagesUiIsClosedWhenTheLoginSucceeds() {
        navigate("login");

        LoginPages.closeAll(httpSession());

        assertThat(UI.getCurrent().isClosing()).isTrue();
    }

    @Test
    void otherPagesOfTheSessionStayOpen() {
        navigate("support/new");

        LoginPages.closeAll(httpSession());

        assertThat(UI.getCurrent().isClosing()).isFalse();
    }

    @Test
    void aRequestWithoutSessionHasNothingToClose() {
        navigate("login");

        LoginPages.closeAll(null);

        assertThat(UI.getCurrent().isClosing()).isFalse();
    }

    private static HttpSession httpSession() {
        return VaadinServletRequest.getCurrent().getHttpServletRequest().getSession();
    }
}
