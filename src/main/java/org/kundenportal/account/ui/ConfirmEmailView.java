package org.kundenportal.account.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Optional;
import org.kundenportal.account.domain.AccountService;
import org.kundenportal.base.security.CurrentUser;
import org.kundenportal.base.security.PortalUser;
import org.kundenportal.base.settings.Settings;
import org.kundenportal.users.domain.UserRepository;

/**
 * The link from the email change mail: opening it makes the new address the login email, once. Works
 * whether the browser is logged in or not (the mail may be read on another device).
 */
@Route(value = "account/confirm-email", autoLayout = false)
@AnonymousAllowed
public class ConfirmEmailView extends CardPage implements HasUrlParameter<String>, HasDynamicTitle {

    private final AccountService accounts;
    private final CurrentUser currentUser;
    private final UserRepository users;

    public ConfirmEmailView(AccountService accounts, CurrentUser currentUser, UserRepository users, Settings settings) {
        super(settings.companyProfile().name());
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.users = users;
    }

    @Override
    public void setParameter(BeforeEvent event, String token) {
        AccountService.ConfirmedEmail confirmation = accounts.confirmEmailChange(token);
        Optional<PortalUser> user = currentUser.get();
        Anchor onwards = user.isPresent() ? new Anchor("account", getTranslation("account.confirm-email.to-account"))
                : new Anchor("login", getTranslation("account.confirm-email.to-login"));
        switch (confirmation.result()) {
            case CONFIRMED -> {
                if (user.isPresent() && user.get().id() == confirmation.userId()) {
                    SessionPrincipal.refresh(users, confirmation.userId());
                }
                show(getTranslation("account.confirm-email.confirmed.title"),
                        new Paragraph(getTranslation("account.confirm-email.confirmed.text", confirmation.newEmail())),
                        onwards);
            }
            case TAKEN -> show(getTranslation("account.confirm-email.taken.title"),
                    new Paragraph(getTranslation("account.confirm-email.taken.text", confirmation.newEmail())), onwards);
            default -> show(getTranslation("account.confirm-email.invalid.title"),
                    new Paragraph(getTranslation("account.confirm-email.invalid.text")), onwards);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.confirm-email.title");
    }
}
