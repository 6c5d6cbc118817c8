package org.kundenportal.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NavigationTrigger;
import org.junit.jupiter.api.Test;
import org.kundenportal.KaribuTest;
import org.kundenportal.TestWorld;
import org.kundenportal.access.ui.UsersView;
import org.kundenportal.audit.ui.AuditView;
import org.kundenportal.home.ui.StaffHomeView;

/** A direct URL to a forbidden view shows the access-denied view, never the page. */
class AccessControlTest extends KaribuTest {

    private void assertAccessDenied() {
        assertThat(_find(H1.class)).extracting(H1::getText)
                .contains(UI.getCurrent().getTranslation("error.access-denied.title"));
    }

    @Test
    void anonymousVisitorsAreSentToTheLogin() {
        navigate("staff/users");

        assertThat(_find(LoginView.class)).hasSize(1);
        assertThat(_find(UsersView.class)).isEmpty();
    }

    @Test
    void customerCannotOpenTheBackOffice() {
        login(TestWorld.CUSTOMER);

        navigate("staff/users");

        assertThat(_find(UsersView.class)).isEmpty();
        assertAccessDenied();
    }

    @Test
    void supplierCannotOpenTheStaffHome() {
        login(TestWorld.SUPPLIER);

        navigate("staff");

        assertThat(_find(StaffHomeView.class)).isEmpty();
        assertAccessDenied();
    }

    @Test
    void staffCannotOpenTheAdminOnlyAuditLog() {
        login(TestWorld.STAFF);

        navigate("staff/audit");

        assertThat(_find(AuditView.class)).isEmpty();
        assertAccessDenied();
    }

    @Test
    void areaViewNeedsTheAreaPermission() {
        login(TestWorld.CUSTOMER2);
        navigate("test/orders-area");
        assertThat(_find(AreaGuardedTestView.class)).isEmpty();
        assertAccessDenied();

        login(TestWorld.CUSTOMER);
        navigate("test/orders-area");
        assertThat(_find(AreaGuardedTestView.class)).hasSize(1);
    }

    @Test
    void staffMayOpenAnyAreaView() {
        login(TestWorld.STAFF);

        navigate("test/orders-area");

        assertThat(_find(AreaGuardedTestView.class)).hasSize(1);
    }

    @Test
    void unknownAddressShowsNotFound() {
        login(TestWorld.CUSTOMER);

        // UI.navigate hands unknown paths to the browser; a typed-in address reaches the router like this
        UI ui = UI.getCurrent();
        ui.getInternals().getRouter().navigate(ui, new Location("no/such/page"), NavigationTrigger.PAGE_LOAD);

        assertThat(_find(H1.class)).extracting(H1::getText).contains("Seite nicht gefunden");
    }
}
