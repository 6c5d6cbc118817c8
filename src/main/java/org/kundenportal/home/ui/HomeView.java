package org.kundenportal.home.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Set;
import org.kundenportal.base.security.CurrentUser;
import org.kundenportal.base.security.PortalUser;
import org.kundenportal.base.ui.MenuSection;
import org.kundenportal.contacts.domain.ContactRepository;

/** The portal user's start page: a card per area they may open. Staff are sent to the back-office home. */
@Route("")
@Menu(order = 10, icon = "vaadin:home", title = "nav.home")
@PermitAll
public class HomeView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final CurrentUser currentUser;
    private final ContactRepository contacts;
    private final HomeCards homeCards;

    public HomeView(CurrentUser currentUser, ContactRepository contacts, HomeCards homeCards) {
        this.currentUser = currentUser;
        this.contacts = contacts;
        this.homeCards = homeCards;
        addClassName("home-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        PortalUser user = currentUser.require();
        if (user.isInternal()) {
            event.forwardTo(StaffHomeView.class);
            return;
        }
        removeAll();
        add(new H1(getTranslation("home.greeting", user.displayName())));
        Long company = currentUser.scope().ownCompanyId();
        if (company != null) {
            contacts.name(company).ifPresent(name -> add(new Paragraph(getTranslation("home.company", name))));
        }
        Div cards = homeCards.cards(Set.of(MenuSection.PORTAL), HomeView.class);
        if (cards.getChildren().findAny().isPresent()) {
            add(cards);
        } else {
            Div empty = new Div(new Paragraph(getTranslation("home.empty")));
            empty.addClassName("empty-state");
            add(empty);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.home");
    }
}
