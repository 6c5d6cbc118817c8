package org.kundenportal.access.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.kundenportal.KaribuTest;
import org.kundenportal.TestWorld;
import org.kundenportal.access.AccessFixtures;
import org.kundenportal.base.security.UserKind;
import org.kundenportal.users.domain.UserRow;

class UsersViewTest extends KaribuTest {

    @SuppressWarnings("unchecked")
    private Grid<UserRow> grid() {
        return _get(Grid.class);
    }

    private java.util.List<String> emails() {
        Grid<UserRow> grid = grid();
        return GridKt._fetch(grid, 0, GridKt._size(grid)).stream().map(UserRow::email).toList();
    }

    @Test
    void staffSeesPortalAndInternalUsers() {
        login(TestWorld.STAFF);
        navigate("staff/users");

        assertThat(emails()).contains(TestWorld.CUSTOMER, TestWorld.PARTNER, TestWorld.SUPPLIER, TestWorld.ADMIN);
    }

    @Test
    @SuppressWarnings("unchecked")
    void portalUsersFilterHidesInternalUsers() {
        login(TestWorld.STAFF);
        navigate("staff/users");

        Select<Optional<UserKind>> kind = _get(Select.class);
        kind.setValue(Optional.of(UserKind.PORTAL));

        assertThat(emails()).contains(TestWorld.CUSTOMER, TestWorld.SUPPLIER).doesNotContain(TestWorld.STAFF, TestWorld.ADMIN);
        assertThat(GridKt._getFormatted(grid(), 0, "kind")).isEqualTo("Portal");
    }

    @Test
    void searchFindsByNameOrEmail() {
        AccessFixtures fixtures = new AccessFixtures(context);
        String name = AccessFixtures.uniqueName("Lenka");
        String email = AccessFixtures.uniqueEmail("suche");
        fixtures.grant(fixtures.person(fixtures.customerCompany(AccessFixtures.uniqueName("Suchfirma")), name, email, "en"));
        login(TestWorld.ADMIN);
        navigate("staff/users");

        _get(TextField.class).setValue(name);
        assertThat(emails()).containsExactly(email);

        _get(TextField.class).setValue(email);
        assertThat(emails()).containsExactly(email);
    }
}
