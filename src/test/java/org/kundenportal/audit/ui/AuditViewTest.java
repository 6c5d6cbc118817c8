package org.kundenportal.audit.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.kundenportal.KaribuTest;
import org.kundenportal.TestWorld;
import org.kundenportal.base.audit.AuditEntry;

class AuditViewTest extends KaribuTest {

    @Test
    @SuppressWarnings("unchecked")
    void adminSeesLoginsNewestFirst() {
        login(TestWorld.ADMIN);
        navigate("staff/audit");

        Grid<AuditEntry> grid = _get(Grid.class);
        _get(TextField.class).setValue(TestWorld.ADMIN);

        AuditEntry newest = GridKt._get(grid, 0);
        assertThat(newest.action()).isEqualTo("LOGIN_SUCCEEDED");
        assertThat(newest.actorEmail()).isEqualTo(TestWorld.ADMIN);
        assertThat(GridKt._getFormatted(grid, 0, "action")).isEqualTo("Angemeldet");
    }
}
