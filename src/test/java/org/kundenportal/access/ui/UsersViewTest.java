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
import org.kundenportal.base.security.UserKind;
import org.kundenportal.demo.DemoData;
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
        login(DemoData.STAFF);
        navigate("staff/users");

        assertThat(emails()).contains(DemoData.CUSTOMER, DemoData.PARTNER, DemoData.SUPPLIER, DemoData.ADMIN);
    }

    @Test
    @SuppressWarnings("unchecked")
    void portalUsersFilterHidesInternalUsers() {
        login(DemoData.STAFF);
        navigate("staff/users");

        Select<Optional<UserKind>> kind = _get(Select.class);
        kind.setValue(Optional.of(UserKind.PORTAL));

        assertThat(emails()).contains(DemoData.CUSTOMER, DemoData.SUPPLIER).doesNotContain(DemoData.STAFF, DemoData.ADMIN);
        assertThat(GridKt._getFormatted(grid(), 0, "kind")).isEqualTo("Portal");
    }

    @Test
    void searchFindsByNameOrEmail() {
        login(DemoData.ADMIN);
        navigate("staff/users");

        _get(TextField.class).setValue("Lena");

        assertThat(emails()).containsExactly(DemoData.CUSTOMER2);
    }
}
