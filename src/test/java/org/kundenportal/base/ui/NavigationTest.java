package org.kundenportal.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kundenportal.KaribuTest;
import org.kundenportal.SideNavLinks;
import org.kundenportal.demo.DemoData;

/** Each role lands on its own home page and sees only what it may open. */
class NavigationTest extends KaribuTest {

    private List<String> navPaths() {
        return SideNavLinks.paths();
    }

    @Test
    void customerLandsOnThePortalHomeWithPortalNavigationOnly() {
        login(DemoData.CUSTOMER);
        navigate("");

        assertThat(_find(HomeView.class)).hasSize(1);
        assertThat(navPaths()).contains("").noneMatch(path -> path.startsWith("staff"));
    }

    @Test
    void supplierAndPartnerSeeNoBackOffice() {
        login(DemoData.SUPPLIER);
        navigate("");
        assertThat(_find(HomeView.class)).hasSize(1);
        assertThat(navPaths()).noneMatch(path -> path.startsWith("staff"));

        login(DemoData.PARTNER);
        navigate("");
        assertThat(navPaths()).noneMatch(path -> path.startsWith("staff"));
    }

    @Test
    void staffLandsOnTheBackOfficeWithoutAdministrationOnlyItems() {
        login(DemoData.STAFF);
        navigate("");

        assertThat(_find(StaffHomeView.class)).hasSize(1);
        assertThat(navPaths()).contains("staff", "staff/users", "staff/mailbox")
                .doesNotContain("", "staff/audit");
    }

    @Test
    void adminAlsoSeesTheAuditLog() {
        login(DemoData.ADMIN);
        navigate("");

        assertThat(_find(StaffHomeView.class)).hasSize(1);
        assertThat(navPaths()).contains("staff", "staff/users", "staff/mailbox", "staff/audit");
    }

    @Test
    void navigationItemsAreTranslated() {
        login(DemoData.STAFF);
        navigate("staff");

        assertThat(SideNavLinks.labels()).contains("Benutzer", "Postfach");
    }

    @Test
    void navigationItemsLeadToTheirViewsWithTheirIcons() {
        login(DemoData.CUSTOMER);
        navigate("invoices");

        assertThat(SideNavLinks.shown()).contains(
                new SideNavLinks("invoices", "Rechnungen", "vaadin:invoice"),
                new SideNavLinks("", "Startseite", "vaadin:home"));
    }
}
