package org.kundenportal.subscriptions.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kundenportal.SpringTest;
import org.kundenportal.base.security.PortalScope;
import org.kundenportal.demo.DemoData;
import org.kundenportal.documents.domain.DocumentFilter;
import org.kundenportal.subscriptions.SubscriptionFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

class SubscriptionRepositoryTest extends SpringTest {

    @Autowired
    ApplicationContext context;

    SubscriptionFixtures fixtures;
    PortalScope bakeryScope;

    @BeforeEach
    void setUp() {
        fixtures = new SubscriptionFixtures(context);
        bakeryScope = fixtures.scopeOf(DemoData.CUSTOMER);
    }

    private List<SubscriptionRow> search(PortalScope scope, String text, SubscriptionState state) {
        return fixtures.subscriptions.page(scope, new DocumentFilter<>(text, null, null, state, null), 0, 100, List.of());
    }

    @Test
    void searchFindsASubscriptionByModuleNameAndByModuleCode() {
        String module = SubscriptionFixtures.unique("Modul Suche");
        String number = fixtures.subscription(bakeryScope.ownCompanyId(), SubscriptionState.ACTIVE, module);

        assertThat(search(bakeryScope, module.toLowerCase(), null)).extracting(SubscriptionRow::number)
                .containsExactly(number);
        assertThat(search(bakeryScope, module.replace(" ", ""), null)).extracting(SubscriptionRow::number)
                .containsExactly(number);
        assertThat(fixtures.subscriptions.count(bakeryScope, new DocumentFilter<>(module, null, null, null, null)))
                .isEqualTo(1);
    }

    @Test
    void searchFindsThePlanAndTheStateNarrowsIt() {
        List<SubscriptionRow> gastro = search(bakeryScope, "Modul Gastronomie", null);
        assertThat(gastro).isNotEmpty().allMatch(row -> row.companyName().startsWith("Bäckerei"));

        assertThat(search(bakeryScope, "Weihnachtsmarkt", null)).extracting(SubscriptionRow::state)
                .containsExactly(SubscriptionState.EXPIRED);
        assertThat(search(bakeryScope, "Weihnachtsmarkt", SubscriptionState.ACTIVE)).isEmpty();
    }

    @Test
    void theSearchNeverReachesBeyondTheScope() {
        String module = SubscriptionFixtures.unique("Modul Fremd");
        fixtures.subscription(bakeryScope.ownCompanyId(), SubscriptionState.ACTIVE, module);

        assertThat(search(fixtures.scopeOf(DemoData.PARTNER), module, null)).isEmpty();
        assertThat(search(PortalScope.staff(), module, null)).hasSize(1);
    }

    @Test
    void everyStateOfTheDemoBakeryIsThereAndOnlyActiveOnesAreCounted() {
        assertThat(search(bakeryScope, null, null)).extracting(SubscriptionRow::state)
                .contains(SubscriptionState.values());
        int active = search(bakeryScope, null, SubscriptionState.ACTIVE).size();
        assertThat(fixtures.subscriptions.countActive(bakeryScope)).isEqualTo(active).isGreaterThanOrEqualTo(2);
    }
}
