package org.kundenportal.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;
import static org.kundenportal.db.Tables.USER_AREA_PERMISSION;

import com.vaadin.flow.component.Html;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.kundenportal.KaribuTest;
import org.kundenportal.SideNavLinks;
import org.kundenportal.TestWorld;
import org.kundenportal.base.security.AreaPermission;
import org.kundenportal.base.security.PortalUser;
import org.kundenportal.home.ui.HomeView;
import org.kundenportal.home.ui.StaffHomeView;
import org.springframework.beans.factory.annotation.Autowired;

/** Each role lands on its own home page and sees only what it may open. */
class NavigationTest extends KaribuTest {

    @Autowired
    DSLContext db;

    private List<String> navPaths() {
        return SideNavLinks.paths();
    }

    @Test
    void customerLandsOnThePortalHomeWithPortalNavigationOnly() {
        login(TestWorld.CUSTOMER);
        navigate("");

        assertThat(_find(HomeView.class)).hasSize(1);
        assertThat(navPaths()).contains("").noneMatch(path -> path.startsWith("staff"));
    }

    @Test
    void supplierAndPartnerSeeNoBackOffice() {
        login(TestWorld.SUPPLIER);
        navigate("");
        assertThat(_find(HomeView.class)).hasSize(1);
        assertThat(navPaths()).noneMatch(path -> path.startsWith("staff"));

        login(TestWorld.PARTNER);
        navigate("");
        assertThat(navPaths()).noneMatch(path -> path.startsWith("staff"));
    }

    @Test
    void staffLandsOnTheBackOfficeWithoutAdministrationOnlyItems() {
        login(TestWorld.STAFF);
        navigate("");

        assertThat(_find(StaffHomeView.class)).hasSize(1);
        assertThat(navPaths()).contains("staff", "staff/users", "staff/mailbox")
                .doesNotContain("", "staff/audit");
    }

    @Test
    void adminAlsoSeesTheAuditLog() {
        login(TestWorld.ADMIN);
        navigate("");

        assertThat(_find(StaffHomeView.class)).hasSize(1);
        assertThat(navPaths()).contains("staff", "staff/users", "staff/mailbox", "staff/audit");
    }

    @Test
    void theItemsKeepTheirOrderUnderTheirSections() {
        login(TestWorld.CUSTOMER);
        navigate("");
        assertThat(navPaths()).containsSubsequence("", "quotes", "invoices");
        assertThat(SideNavLinks.sections()).containsExactly("Portal");

        login(TestWorld.ADMIN);
        navigate("staff");
        assertThat(navPaths()).containsSubsequence("staff", "staff/contacts", "staff/quotes", "staff/invoices",
                "staff/employees", "staff/users", "staff/mailbox", "staff/settings", "staff/audit");
        assertThat(SideNavLinks.sections()).containsExactly("Verwaltung", "Administration");
    }

    @Test
    void navigationItemsAreTranslated() {
        login(TestWorld.STAFF);
        navigate("staff");

        assertThat(SideNavLinks.labels()).contains("Benutzer", "Postfach");
    }

    @Test
    void navigationItemsLeadToTheirViewsWithTheirIcons() {
        login(TestWorld.CUSTOMER);
        navigate("invoices");

        assertThat(SideNavLinks.shown()).contains(
                new SideNavLinks("invoices", "Rechnungen", "vaadin:invoice"),
                new SideNavLinks("", "Startseite", "vaadin:home"));
    }

    @Test
    void sideNavigationIsKeptWhenANavigationChangesNothingInIt() {
        login(TestWorld.CUSTOMER);
        navigate("");
        List<Html> before = _find(Html.class).stream()
                .filter(html -> html.getClassNames().contains("drawer-nav")).toList();

        navigate("invoices");

        assertThat(_find(Html.class)).filteredOn(html -> html.getClassNames().contains("drawer-nav"))
                .hasSize(1).containsExactlyElementsOf(before);
    }

    @Test
    void anAreaStaffTakeAwayMeanwhileLeavesTheNavigationAtTheNextNavigation() {
        PortalUser customer = login(TestWorld.CUSTOMER);
        navigate("");
        assertThat(navPaths()).contains("invoices");
        try {
            db.deleteFrom(USER_AREA_PERMISSION).where(USER_AREA_PERMISSION.USER_ID.eq(customer.id()),
                    USER_AREA_PERMISSION.AREA.eq(AreaPermission.INVOICES.name())).execute();

            navigate("quotes");

            assertThat(navPaths()).contains("quotes").doesNotContain("invoices");
        } finally {
            db.insertInto(USER_AREA_PERMISSION).set(USER_AREA_PERMISSION.USER_ID, customer.id())
                    .set(USER_AREA_PERMISSION.AREA, AreaPermission.INVOICES.name()).onDuplicateKeyIgnore().execute();
        }
    }
}
