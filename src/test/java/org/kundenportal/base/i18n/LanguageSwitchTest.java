package org.kundenportal.base.i18n;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.menubar.MenuBar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kundenportal.KaribuTest;
import org.kundenportal.TestWorld;
import org.kundenportal.base.security.PortalUser;
import org.kundenportal.users.domain.UserRepository;
import org.springframework.beans.factory.annotation.Autowired;

class LanguageSwitchTest extends KaribuTest {

    @Autowired
    UserRepository users;
    private Long changedUser;

    @AfterEach
    void restoreLanguage() {
        if (changedUser != null) {
            users.setLanguage(changedUser, "de");
        }
    }

    private void choose(String label) {
        MenuBar menu = _find(MenuBar.class).getFirst();
        MenuItem languageMenu = menu.getItems().getFirst().getSubMenu().getItems().getFirst();
        MenuItem option = languageMenu.getSubMenu().getItems().stream()
                .filter(item -> item.getText().equals(label)).findFirst().orElseThrow();
        com.github.mvysny.kaributesting.v10.ContextMenuKt._click(menu, option);
    }

    @Test
    void savedLanguageIsUsedAfterLogin() {
        login(TestWorld.CUSTOMER2);
        navigate("");

        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("en");
        assertThat(_find(H1.class)).extracting(H1::getText).contains("Hello, Ben Client");
    }

    @Test
    void switchingTheLanguageIsRememberedForTheUser() {
        PortalUser user = login(TestWorld.STAFF);
        changedUser = user.id();
        navigate("staff");
        assertThat(_find(H1.class)).extracting(H1::getText).contains("Guten Tag, Sven Stab");

        choose("English");

        assertThat(users.language(user.id())).contains("en");
        navigate("staff");
        assertThat(_find(H1.class)).extracting(H1::getText).contains("Hello, Sven Stab");
    }
}
