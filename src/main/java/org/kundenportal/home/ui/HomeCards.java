package org.kundenportal.home.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.kundenportal.base.security.CurrentUser;
import org.kundenportal.base.security.PortalScope;
import org.kundenportal.base.ui.HomeCardCounter;
import org.kundenportal.base.ui.MenuSection;
import org.kundenportal.base.ui.NavItem;
import org.kundenportal.base.ui.Navigation;

/** Builds the card grid of a home page from the navigation the user may open. */
@org.springframework.stereotype.Component
class HomeCards {

    private final Navigation navigation;
    private final CurrentUser currentUser;
    private final Map<Class<? extends Component>, HomeCardCounter> counters;

    HomeCards(Navigation navigation, CurrentUser currentUser, List<HomeCardCounter> counters) {
        this.navigation = navigation;
        this.currentUser = currentUser;
        this.counters = counters.stream().collect(Collectors.toMap(HomeCardCounter::view, Function.identity()));
    }

    /** Cards for the visible items of the given sections but the home page itself; empty when there are none. */
    Div cards(Set<MenuSection> sections, Class<? extends Component> home) {
        Div grid = new Div();
        grid.addClassName("home-cards");
        PortalScope scope = currentUser.scope();
        for (NavItem item : navigation.visibleItems()) {
            if (!sections.contains(item.section()) || item.view().equals(home)) {
                continue;
            }
            HomeCardCounter counter = counters.get(item.view());
            String figure = counter == null ? null : grid.getTranslation(counter.labelKey(), counter.count(scope));
            grid.add(new HomeCard(item, figure));
        }
        return grid;
    }
}
