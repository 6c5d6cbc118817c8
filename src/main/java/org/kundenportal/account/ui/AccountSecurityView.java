package org.kundenportal.account.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import jakarta.annotation.security.PermitAll;
import org.kundenportal.account.domain.AccountException;
import org.kundenportal.account.domain.AccountService;
import org.kundenportal.account.domain.TwoFactorService;
import org.kundenportal.base.i18n.Formats;
import org.kundenportal.base.security.CurrentUser;
import org.kundenportal.base.ui.LocalizedPasswordField;
import org.kundenportal.base.ui.PasswordRules;
import org.kundenportal.base.settings.Settings;
import org.springframework.security.core.context.SecurityContextHolder;

/** Account security: change the password, two-factor authentication, delete the account. */
@Route("account/security")
@PermitAll
public class AccountSecurityView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final AccountService accounts;
    private final TwoFactorService twoFactor;
    private final CurrentUser currentUser;
    private final Settings settings;

    private final PasswordField currentPassword = new LocalizedPasswordField();
    private final PasswordField newPassword = new LocalizedPasswordField();
    private final PasswordField repeatPassword = new LocalizedPasswordField();
    private final Div twoFactorState = new Div();
    private long userId;

    public AccountSecurityView(AccountService accounts, TwoFactorService twoFactor, CurrentUser currentUser,
                               Settings settings) {
        this.accounts = accounts;
        this.twoFactor = twoFactor;
        this.currentUser = currentUser;
        this.settings = settings;
        addClassName("account-view");
        add(new H1(getTranslation("nav.account")), new AccountNav(), passwordSection(), twoFactorSection(),
                deleteSection());
    }

    private Section passwordSection() {
        currentPassword.setLabel(getTranslation("account.password.current"));
        currentPassword.getElement().setAttribute("autocomplete", "current-password");
        newPassword.setLabel(getTranslation("account.password.new"));
        PasswordRules.describe(newPassword);
        newPassword.getElement().setAttribute("autocomplete", "new-password");
        repeatPassword.setLabel(getTranslation("account.password.repeat"));
        repeatPassword.getElement().setAttribute("autocomplete", "new-password");
        FormLayout form = new FormLayout(currentPassword, newPassword, repeatPassword);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.addClassName("account-narrow-form");
        Button change = new Button(getTranslation("account.password.change"), click -> changePassword());
        change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return new Section(new H3(getTranslation("account.password.title")), form, change);
    }

    private Section twoFactorSection() {
        twoFactorState.addClassName("account-two-factor");
        return new Section(new H3(getTranslation("account.two-factor.title")),
                new Paragraph(getTranslation("account.two-factor.explanation")), twoFactorState);
    }

    private Section deleteSection() {
        Button delete = new Button(getTranslation("account.delete.open"),
                click -> new DeleteAccountDialog(this::deleteAccount).open());
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Section section = new Section(new H3(getTranslation("account.delete.title")),
                new Paragraph(getTranslation("account.delete.summary")), delete);
        section.addClassName("account-danger-zone");
        return section;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        userId = currentUser.require().id();
        showTwoFactor();
    }

    private void showTwoFactor() {
        twoFactorState.removeAll();
        TwoFactorService.Status status = twoFactor.status(userId);
        String companyName = settings.companyProfile().name();
        if (!status.enabled()) {
            Span badge = badge(getTranslation("account.two-factor.off"), "contrast");
            Button enable = new Button(getTranslation("account.two-factor.enable"),
                    click -> new TwoFactorSetupDialog(twoFactor, userId, companyName, this::showTwoFactor).open());
            enable.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            twoFactorState.add(badge, enable);
            return;
        }
        Span badge = badge(getTranslation("account.two-factor.on"), "success");
        Paragraph since = new Paragraph(getTranslation("account.two-factor.since",
                Formats.dateTime(status.enabledAt(), getLocale())));
        Paragraph left = new Paragraph(getTranslation("account.two-factor.recovery-left", status.unusedRecoveryCodes()));
        Button renew = new Button(getTranslation("account.recovery-codes.renew.open"),
                click -> new RecoveryCodesRenewDialog(twoFactor, userId, companyName, this::showTwoFactor).open());
        Button disable = new Button(getTranslation("account.two-factor.disable.open"),
                click -> new TwoFactorDisableDialog(twoFactor, userId, () -> {
                    showTwoFactor();
                    Notices.info(getTranslation("account.two-factor.disabled"));
                }).open());
        disable.addThemeVariants(ButtonVariant.LUMO_ERROR);
        twoFactorState.add(badge, since, left, new Div(renew, disable));
    }

    private static Span badge(String text, String theme) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add("badge");
        badge.getElement().getThemeList().add(theme);
        return badge;
    }

    private void changePassword() {
        currentPassword.setInvalid(false);
        newPassword.setInvalid(false);
        repeatPassword.setInvalid(false);
        if (!newPassword.getValue().equals(repeatPassword.getValue())) {
            invalid(repeatPassword, getTranslation("account.password.mismatch"));
            return;
        }
        try {
            accounts.changePassword(userId, currentPassword.getValue(), newPassword.getValue(), currentSessionId());
        } catch (AccountException refused) {
            String message = getTranslation(refused.messageKey(), refused.arguments());
            invalid(refused.reason() == AccountException.Reason.WRONG_PASSWORD ? currentPassword : newPassword, message);
            return;
        }
        currentPassword.clear();
        newPassword.clear();
        repeatPassword.clear();
        Notices.success(getTranslation("account.password.changed"));
    }

    private static void invalid(PasswordField field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    /** Deletes the account, then ends this session too and shows the confirmation outside the shell. */
    private void deleteAccount(String password) {
        accounts.deleteAccount(userId, password, currentSessionId());
        UI.getCurrent().getPage().setLocation(VaadinRequest.getCurrent().getContextPath() + "/account/deleted");
        SecurityContextHolder.clearContext();
        VaadinSession.getCurrent().getSession().invalidate();
    }

    private static String currentSessionId() {
        return VaadinSession.getCurrent().getSession().getId();
    }


    @Override
    public String getPageTitle() {
        return getTranslation("account.security.tab");
    }
}
