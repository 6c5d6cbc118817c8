package org.kundenportal.subscriptions.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.kundenportal.db.Tables.HISTORY_ENTRY;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kundenportal.KaribuTest;
import org.kundenportal.TestWorld;
import org.kundenportal.documents.domain.DocumentType;
import org.kundenportal.documents.ui.PreviewBanner;
import org.kundenportal.subscriptions.SubscriptionFixtures;
import org.kundenportal.subscriptions.domain.SubscriptionLine;
import org.kundenportal.subscriptions.domain.SubscriptionRow;
import org.kundenportal.subscriptions.domain.SubscriptionState;
import org.springframework.beans.factory.annotation.Autowired;

class SubscriptionsViewTest extends KaribuTest {

    @Autowired
    DSLContext db;

    SubscriptionFixtures fixtures;
    long bakery;

    @BeforeEach
    void setUp() {
        fixtures = new SubscriptionFixtures(context);
        bakery = fixtures.companyOf(TestWorld.CUSTOMER);
    }

    private List<SubscriptionRow> rows() {
        Grid<SubscriptionRow> grid = _get(SubscriptionsView.class).grid();
        return GridKt._fetch(grid, 0, GridKt._size(grid));
    }

    private String text(String key, Object... arguments) {
        return UI.getCurrent().getTranslation(key, arguments);
    }

    private long viewedEvents(String number) {
        long id = fixtures.subscriptions.find(org.kundenportal.base.security.PortalScope.staff(), number).orElseThrow().id();
        return db.fetchCount(HISTORY_ENTRY, HISTORY_ENTRY.DOCUMENT_TYPE.eq(DocumentType.SUBSCRIPTION)
                .and(HISTORY_ENTRY.DOCUMENT_ID.eq(id)).and(HISTORY_ENTRY.EVENT.eq("VIEWED")));
    }

    private void assertNotFound(String number) {
        assertThat(_find(SubscriptionView.class)).isEmpty();
        assertThat(_find(H1.class)).extracting(H1::getText).contains(text("error.not-found.title"))
                .noneMatch(heading -> heading.contains(number));
    }

    @Test
    void customerSeesTheCompanysSubscriptionsInEveryStateWithoutACustomerColumn() {
        List<String> numbers = java.util.Arrays.stream(SubscriptionState.values())
                .map(state -> fixtures.subscription(bakery, state, SubscriptionFixtures.unique("Modul " + state))).toList();
        fixtures.subscription(world.customer2().companyId(), SubscriptionState.ACTIVE, SubscriptionFixtures.unique("Modul Beta"));
        login(TestWorld.CUSTOMER);
        navigate("subscriptions");

        assertThat(rows()).extracting(SubscriptionRow::number).containsAll(numbers);
        assertThat(rows()).allMatch(row -> row.companyName().equals(TestWorld.CUSTOMER_COMPANY));
        assertThat(rows()).extracting(SubscriptionRow::state).contains(SubscriptionState.values());
        assertThat(_get(SubscriptionsView.class).grid().getColumnByKey("customer")).isNull();
        assertThat(_get(SubscriptionsView.class).filterBar().searchField().getPlaceholder())
                .isEqualTo(text("subscriptions.search"));
    }

    @Test
    void searchByModuleNameAnswersDoIHaveIt() {
        String module = SubscriptionFixtures.unique("Modul Karibu");
        String number = fixtures.subscription(bakery, SubscriptionState.ACTIVE, module);
        login(TestWorld.CUSTOMER);
        navigate("subscriptions");

        _setValue(_get(SubscriptionsView.class).filterBar().searchField(), module);

        assertThat(rows()).extracting(SubscriptionRow::number).containsExactly(number);
    }

    @Test
    void theStateFilterShowsOnlyThatState() {
        String paused = fixtures.subscription(bakery, SubscriptionState.PAUSED, SubscriptionFixtures.unique("Modul Pause"));
        fixtures.subscription(bakery, SubscriptionState.ACTIVE, SubscriptionFixtures.unique("Modul Aktiv"));
        login(TestWorld.CUSTOMER);
        navigate("subscriptions");

        _get(SubscriptionsView.class).filterBar().setState(SubscriptionState.PAUSED);

        assertThat(rows()).extracting(SubscriptionRow::number).contains(paused);
        assertThat(rows()).allMatch(row -> row.state() == SubscriptionState.PAUSED);
    }

    @Test
    void theDetailShowsTheModulesAndRecordsOneViewPerDay() {
        String module = SubscriptionFixtures.unique("Modul Detail");
        String number = fixtures.subscription(bakery, SubscriptionState.ACTIVE, module);
        login(TestWorld.CUSTOMER);

        navigate("subscriptions/" + number);
        navigate("subscriptions/" + number);

        assertThat(_find(H1.class)).extracting(H1::getText).contains(text("subscriptions.detail.title", number));
        assertThat(_find(PreviewBanner.class)).isEmpty();
        @SuppressWarnings("unchecked")
        Grid<SubscriptionLine> lines = _get(Grid.class, spec -> spec.withClasses("subscription-lines"));
        assertThat(GridKt._fetch(lines, 0, 10)).extracting(SubscriptionLine::name).containsExactly("Kasse Basis", module);
        assertThat(_get(Span.class, spec -> spec.withClasses("subscription-total")).getText()).contains("64");
        assertThat(viewedEvents(number)).isEqualTo(1);
    }

    @Test
    void staffSeeTheCustomerPreviewWithoutAViewRecorded() {
        String number = fixtures.subscription(bakery, SubscriptionState.PAUSED, SubscriptionFixtures.unique("Modul Vorschau"));
        login(TestWorld.STAFF);

        navigate("subscriptions/" + number);

        assertThat(_find(PreviewBanner.class)).hasSize(1);
        assertThat(_find(H1.class)).extracting(H1::getText).contains(text("subscriptions.detail.title", number));
        assertThat(viewedEvents(number)).isZero();
    }

    @Test
    void aUserWithoutTheSubscriptionsPermissionIsRefused() {
        login(TestWorld.CUSTOMER2);

        navigate("subscriptions");

        assertThat(_find(SubscriptionsView.class)).isEmpty();
        assertThat(_find(H1.class)).extracting(H1::getText).contains(text("error.access-denied.title"));
    }

    @Test
    void anotherCompanysUserGetsNotFound() {
        String number = fixtures.subscription(bakery, SubscriptionState.ACTIVE, SubscriptionFixtures.unique("Modul Geheim"));
        login(TestWorld.PARTNER);

        navigate("subscriptions/" + number);

        assertNotFound(number);
        assertThat(viewedEvents(number)).isZero();
    }

    @Test
    void thePartnerSeesItsCustomersSubscriptionWithTheCustomerColumn() {
        String number = fixtures.subscription(world.partnerCustomer().companyId(), SubscriptionState.ACTIVE,
                SubscriptionFixtures.unique("Modul Partner"));
        fixtures.subscription(bakery, SubscriptionState.ACTIVE, SubscriptionFixtures.unique("Modul Fremd"));
        login(TestWorld.PARTNER);
        navigate("subscriptions");

        assertThat(_get(SubscriptionsView.class).grid().getColumnByKey("customer")).isNotNull();
        assertThat(rows()).extracting(SubscriptionRow::number).contains(number);
        assertThat(rows()).extracting(SubscriptionRow::companyName).contains(TestWorld.PARTNER_CUSTOMER_COMPANY)
                .doesNotContain(TestWorld.CUSTOMER_COMPANY);

        navigate("subscriptions/" + number);
        assertThat(_get(Span.class, spec -> spec.withClasses("subscription-customer")).getText())
                .isEqualTo(TestWorld.PARTNER_CUSTOMER_COMPANY);
    }
}
