package org.kundenportal.tickets.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import org.kundenportal.base.settings.Settings;
import org.kundenportal.base.ui.BrandLogo;

/** The card of the support pages visitors open without a login, styled like the login page. */
class PublicPageCard extends Div {

    PublicPageCard(Settings settings, Component content) {
        String companyName = settings.companyProfile().name();
        add(BrandLogo.create(settings, companyName, "login-logo"), new H1(companyName), content);
        addClassNames("login-card", "public-ticket-card");
    }

    static Anchor loginLink() {
        Anchor login = new Anchor();
        login.setHref("login");
        login.setText(login.getTranslation("tickets.public.to-login"));
        login.addClassName("reset-back");
        return login;
    }
}
