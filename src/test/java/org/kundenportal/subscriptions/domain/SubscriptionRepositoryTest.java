package org.kundenportal.subscriptions.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kundenportal.SpringTest;
import org.kundenportal.TestWorld;
import org.kundenportal.base.security.PortalScope;
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
        bakeryScope = fixtures.scopeOf(TestWorld.CUSTOMER);
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
        String plan = SubscriptionFixtures.unique("Weihnachtsmarkt");
        String module = SubscriptionFixtures.unique("Modul Gastronomie");
        String expired = fixtures.subscription(bakeryScope.ownCompanyId(), SubscriptionState.EXPIRED, module, plan);

        assertThat(search(bakeryScope, module, null)).extracting(SubscriptionRow::number).containsExactly(expired);
        assertThat(search(bakeryScope, plan, null)).extracting(SubscriptionRow::state)
                .containsExactly(SubscriptionState.EXPIRED);
        assertThat(search(bakeryScope, plan, SubscriptionState.ACTIVE)).isEmpty();
    }

    @Test
    void theSearchNeverReachesBeyondTheScope() {
        String module = SubscriptionFixtures.unique("Modul Fremd");
        fixtures.subscription(bakeryScope.ownCompanyId(), SubscriptionState.ACTIVE, module);

        assertThat(search(fixtures.scopeOf(TestWorld.PARTNER), module, null)).isEmpty();
        assertThat(search(PortalScope.staff(), module, null)).hasSize(1);
    }

    @Test
    void everyStateOfACompanyIsThereAndOnlyActiveOnesAreCounted() {
        long company = fixtures.customerCompany(SubscriptionFixtures.unique("Abo Zählung GmbH"));
        for (SubscriptionState state : SubscriptionState.values()) {
            fixtures.subscription(company, state, SubscriptionFixtures.unique("Modul " + state));
        }
        fixtures.subscription(company, SubscriptionState.ACTIVE, SubscriptionFixtures.unique("Modul Zwei"));
        // the scope of a customer user of that company
        PortalScope scope = new PortalScope(false, company, java.util.Set.of(company), java.util.Set.of());

        assertThat(search(scope, null, null)).extracting(SubscriptionRow::state)
                .contains(SubscriptionState.values());
        int active = search(scope, null, SubscriptionState.ACTIVE).size();
        assertThat(fixtures.subscriptions.countActive(scope)).isEqualTo(active).isEqualTo(2);
    }
}
