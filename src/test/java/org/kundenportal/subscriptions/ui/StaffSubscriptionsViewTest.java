package org.kundenportal.subscriptions.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.kundenportal.subscriptions.SubscriptionFixtures.line;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.data.provider.SortDirection;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kundenportal.KaribuTest;
import org.kundenportal.SideNavLinks;
import org.kundenportal.TestWorld;
import org.kundenportal.contacts.domain.ContactOption;
import org.kundenportal.subscriptions.SubscriptionFixtures;
import org.kundenportal.subscriptions.domain.BillingPeriod;
import org.kundenportal.subscriptions.domain.SubscriptionDraft;
import org.kundenportal.subscriptions.domain.SubscriptionRow;
import org.kundenportal.subscriptions.domain.SubscriptionState;

/** The back-office list: every customer, filters by customer, state and text, sorting and paging in SQL. */
class StaffSubscriptionsViewTest extends KaribuTest {

    SubscriptionFixtures fixtures;
    String companyName;
    long company;

    @BeforeEach
    void setUp() {
        fixtures = new SubscriptionFixtures(context);
        companyName = SubscriptionFixtures.unique("Abo Liste GmbH");
        company = fixtures.customerCompany(companyName);
    }

    private String tr(String key, Object... arguments) {
        return UI.getCurrent().getTranslation(key, arguments);
    }

    private StaffSubscriptionsView view() {
        return _get(StaffSubscriptionsView.class);
    }

    private List<SubscriptionRow> rows() {
        return GridKt._fetch(view().grid(), 0, GridKt._size(view().grid()));
    }

    /** An active subscription of the test company whose recurring amount is the given price. */
    private String withTotal(String plan, String price) {
        LocalDate today = LocalDate.now();
        return fixtures.service.save(fixtures.staff(), new SubscriptionDraft(null, 0, company, plan, BillingPeriod.MONTHLY,
                today, today, null, "EUR", null, List.of(line("M", "Modul", "1", price))));
    }

    private void onlyTheTestCompany() {
        _setValue(view().customer(), new ContactOption(company, companyName));
    }

    @Test
    void staffSeeEveryCustomersSubscriptionsWithTheCustomerColumn() {
        fixtures.subscription(world.customer().companyId(), SubscriptionState.ACTIVE, SubscriptionFixtures.unique("Modul A"));
        fixtures.subscription(world.customer2().companyId(), SubscriptionState.ACTIVE, SubscriptionFixtures.unique("Modul B"));
        fixtures.subscription(world.partnerCustomer().companyId(), SubscriptionState.ACTIVE, SubscriptionFixtures.unique("Modul D"));
        login(TestWorld.STAFF);
        navigate("staff/subscriptions");

        assertThat(view().grid().getColumnByKey("customer")).isNotNull();
        assertThat(rows()).extracting(SubscriptionRow::companyName)
                .contains(TestWorld.CUSTOMER_COMPANY, TestWorld.CUSTOMER2_COMPANY, TestWorld.PARTNER_CUSTOMER_COMPANY);
        assertThat(view().filterBar().searchField().getPlaceholder()).isEqualTo(tr("subscriptions.staff.search"));
    }

    @Test
    void theBackOfficeMenuLeadsHere() {
        login(TestWorld.STAFF);
        navigate("staff");

        assertThat(SideNavLinks.shown()).filteredOn(link -> "staff/subscriptions".equals(link.path()))
                .extracting(SideNavLinks::label).containsExactly(tr("nav.staff-subscriptions"));
    }

    @Test
    void theCustomerAndStateFiltersNarrowTheList() {
        String active = fixtures.subscription(company, SubscriptionState.ACTIVE, SubscriptionFixtures.unique("Modul A"));
        String paused = fixtures.subscription(company, SubscriptionState.PAUSED, SubscriptionFixtures.unique("Modul P"));
        login(TestWorld.STAFF);
        navigate("staff/subscriptions");

        onlyTheTestCompany();
        assertThat(rows()).extracting(SubscriptionRow::number).containsExactlyInAnyOrder(active, paused);

        view().filterBar().setState(SubscriptionState.PAUSED);
        assertThat(rows()).extracting(SubscriptionRow::number).containsExactly(paused);
    }

    @Test
    void theSearchFindsByCustomerNameModuleAndNumber() {
        String module = SubscriptionFixtures.unique("Modul Staffsuche");
        String number = fixtures.subscription(company, SubscriptionState.ACTIVE, module);
        String other = fixtures.subscription(company, SubscriptionState.ACTIVE, SubscriptionFixtures.unique("Modul Anderes"));
        login(TestWorld.STAFF);
        navigate("staff/subscriptions");

        _setValue(view().filterBar().searchField(), companyName.toLowerCase());
        assertThat(rows()).extracting(SubscriptionRow::number).containsExactlyInAnyOrder(number, other);

        _setValue(view().filterBar().searchField(), module);
        assertThat(rows()).extracting(SubscriptionRow::number).containsExactly(number);

        _setValue(view().filterBar().searchField(), other);
        assertThat(rows()).extracting(SubscriptionRow::number).containsExactly(other);
    }

    @Test
    void sortingAndPagingHappenInTheQuery() {
        String cheap = withTotal("Klein", "5.00");
        String dear = withTotal("Groß", "500.00");
        String middle = withTotal("Mittel", "50.00");
        login(TestWorld.STAFF);
        navigate("staff/subscriptions");
        onlyTheTestCompany();

        GridKt._sortByKey(view().grid(), "total", SortDirection.DESCENDING);
        assertThat(rows()).extracting(SubscriptionRow::number).containsExactly(dear, middle, cheap);
        assertThat(rows()).extracting(SubscriptionRow::recurringTotal).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("500"), new BigDecimal("50"), new BigDecimal("5"));

        GridKt._sortByKey(view().grid(), "plan", SortDirection.ASCENDING);
        List<SubscriptionRow> firstPage = GridKt._fetch(view().grid(), 0, 2);
        List<SubscriptionRow> secondPage = GridKt._fetch(view().grid(), 2, 2);
        assertThat(firstPage).extracting(SubscriptionRow::planName).containsExactly("Groß", "Klein");
        assertThat(secondPage).extracting(SubscriptionRow::planName).containsExactly("Mittel");
        List<SubscriptionRow> all = new ArrayList<>(firstPage);
        all.addAll(secondPage);
        assertThat(all).extracting(SubscriptionRow::number).containsExactlyInAnyOrder(cheap, dear, middle);
    }

    @Test
    void newSubscriptionOpensAnEmptyEditor() {
        login(TestWorld.STAFF);
        navigate("staff/subscriptions");

        _click(_get(Button.class, spec -> spec.withId("staff-subscriptions-new")));

        StaffSubscriptionView editor = _get(StaffSubscriptionView.class);
        assertThat(editor.subscription()).isNull();
        assertThat(editor.getPageTitle()).isEqualTo(tr("subscriptions.staff.new"));
    }

    @Test
    void aRowOpensTheEditor() {
        String number = fixtures.subscription(company, SubscriptionState.ACTIVE, SubscriptionFixtures.unique("Modul Klick"));
        login(TestWorld.STAFF);
        navigate("staff/subscriptions");
        onlyTheTestCompany();

        GridKt._clickItem(view().grid(), 0);

        assertThat(_get(StaffSubscriptionView.class).subscription().number()).isEqualTo(number);
    }

    @Test
    void portalUsersCannotOpenTheBackOfficeList() {
        login(TestWorld.CUSTOMER);

        navigate("staff/subscriptions");

        assertThat(_find(StaffSubscriptionsView.class)).isEmpty();
        assertThat(SideNavLinks.paths()).doesNotContain("staff/subscriptions");
    }
}
