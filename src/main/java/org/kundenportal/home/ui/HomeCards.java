package org.kundenportal.home.ui;

import com.vaadin.flow.component.html.Div;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.kundenportal.base.security.CurrentUser;
import org.kundenportal.base.security.PortalScope;
import org.kundenportal.base.ui.HomeCardCounter;
import org.kundenportal.base.ui.NavItem;
import org.kundenportal.base.ui.Navigation;
import org.springframework.stereotype.Component;

/** Builds the card grid of a home page from the navigation the user may open. */
@Component
class HomeCards {

    private final Navigation navigation;
    private final CurrentUser currentUser;
    private final Map<NavItem, HomeCardCounter> counters;

    HomeCards(Navigation navigation, CurrentUser currentUser, List<HomeCardCounter> counters) {
        this.navigation = navigation;
        this.currentUser = currentUser;
        this.counters = counters.stream().collect(Collectors.toMap(HomeCardCounter::item, Function.identity()));
    }

    /** Cards for the visible items of the given sections; empty when there are none. */
    Div cards(List<NavItem.Section> sections, List<NavItem> excluded) {
        Div grid = new Div();
        grid.addClassName("home-cards");
        PortalScope scope = currentUser.scope();
        for (NavItem item : navigation.visibleItems()) {
            if (!sections.contains(item.section()) || excluded.contains(item)) {
                continue;
            }
            HomeCardCounter counter = counters.get(item);
            String figure = counter == null ? null : grid.getTranslation(counter.labelKey(), counter.count(scope));
            navigation.view(item).ifPresent(view -> grid.add(new HomeCard(item, view, figure)));
        }
        return grid;
    }
}
