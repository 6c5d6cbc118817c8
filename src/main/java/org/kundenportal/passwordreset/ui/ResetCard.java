package org.kundenportal.passwordreset.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import org.kundenportal.base.settings.CompanyProfile;
import org.kundenportal.base.settings.Settings;
import org.kundenportal.base.ui.BrandLogo;

/** The card of the password reset pages, styled like the login: the company above what the page shows. */
final class ResetCard extends Div {

    private final Div content = new Div();
    private final CompanyProfile company;

    ResetCard(Settings settings) {
        company = settings.companyProfile();
        addClassNames("login-card", "reset-card");
        content.addClassName("reset-content");
        add(BrandLogo.create(settings, company.name(), "login-logo"), new H1(company.name()), content);
    }

    void show(Component... components) {
        content.removeAll();
        content.add(components);
    }

    /** Shown instead of either page while staff have switched password reset off. */
    void showUnavailable() {
        Div details = new Div();
        details.addClassName("reset-contact");
        if (!company.email().isBlank()) {
            details.add(new Div(new Anchor("mailto:" + company.email(), company.email())));
        }
        if (!company.phone().isBlank()) {
            details.add(new Div(new Anchor("tel:" + company.phone().replaceAll("[^+0-9]", ""), company.phone())));
        }
        H2 heading = new H2(getTranslation("password-reset.unavailable.title"));
        heading.setId("password-reset-unavailable");
        show(heading, new Paragraph(getTranslation("password-reset.unavailable.text", company.name())), details,
                backToLogin());
    }

    Anchor backToLogin() {
        Anchor anchor = new Anchor("login", getTranslation("password-reset.back-to-login"));
        anchor.addClassName("reset-back");
        return anchor;
    }
}
