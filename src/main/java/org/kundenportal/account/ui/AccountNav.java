package org.kundenportal.account.ui;

import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.router.HighlightConditions;
import com.vaadin.flow.router.RouterLink;

/** The two account pages, as tabs above each of them. */
class AccountNav extends Nav {

    AccountNav() {
        addClassName("account-nav");
        getElement().setAttribute("aria-label", getTranslation("nav.account"));
        add(link(getTranslation("account.details.tab"), AccountView.class),
                link(getTranslation("account.security.tab"), AccountSecurityView.class));
    }

    private static RouterLink link(String text, Class<? extends com.vaadin.flow.component.Component> view) {
        RouterLink link = new RouterLink(text, view);
        link.setHighlightCondition(HighlightConditions.sameLocation());
        return link;
    }
}
