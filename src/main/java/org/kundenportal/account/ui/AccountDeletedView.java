package org.kundenportal.account.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.kundenportal.base.settings.Settings;

/** Where a user lands after deleting their account: already logged out, told what happened. */
@Route(value = "account/deleted", autoLayout = false)
@AnonymousAllowed
public class AccountDeletedView extends CardPage implements HasDynamicTitle {

    public AccountDeletedView(Settings settings) {
        super(settings.companyProfile().name());
        show(getTranslation("account.deleted.title"), new Paragraph(getTranslation("account.deleted.text")),
                new Paragraph(getTranslation("account.deleted.documents")),
                new Anchor("login", getTranslation("account.deleted.to-login")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.deleted.title");
    }
}
