package org.kundenportal.account.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import org.junit.jupiter.api.Test;
import org.kundenportal.KaribuTest;

class AccountDeletedViewTest extends KaribuTest {

    @Test
    void confirmsTheDeletionOutsideTheShellWithTheWayToTheLogin() {
        navigate("account/deleted");

        assertThat(_get(H2.class).getText()).isEqualTo("Your account was deleted");
        assertThat(_get(Anchor.class).getHref()).isEqualTo("login");
    }
}
