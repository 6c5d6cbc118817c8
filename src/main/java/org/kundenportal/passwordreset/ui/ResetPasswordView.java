package org.kundenportal.passwordreset.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import org.kundenportal.base.security.CurrentUser;
import org.kundenportal.base.security.PasswordPolicy;
import org.kundenportal.base.ui.LocalizedPasswordField;
import org.kundenportal.base.ui.PasswordRules;
import org.kundenportal.base.security.PortalUser;
import org.kundenportal.base.settings.Settings;
import org.kundenportal.base.ui.LoginView;
import org.kundenportal.passwordreset.domain.PasswordResets;
import org.kundenportal.passwordreset.domain.PasswordResets.ResetLink;
import org.kundenportal.passwordreset.domain.PasswordResets.ResetOutcome;

/** The page behind the reset mail's link: a new password, twice; afterwards every session of the user ends. */
@Route(value = "reset-password", autoLayout = false)
@AnonymousAllowed
public class ResetPasswordView extends Main implements HasUrlParameter<String>, HasDynamicTitle {

    private final PasswordResets resets;
    private final PasswordPolicy policy;
    private final CurrentUser currentUser;
    private final ResetCard card;
    private final PasswordField password = new LocalizedPasswordField();
    private final PasswordField repeat = new LocalizedPasswordField();
    private String token;

    public ResetPasswordView(PasswordResets resets, PasswordPolicy policy, CurrentUser currentUser, Settings settings) {
        this.resets = resets;
        this.policy = policy;
        this.currentUser = currentUser;
        addClassName("login-view");
        card = new ResetCard(settings);
        add(card);
        password.setId("reset-password-new");
        password.setLabel(getTranslation("reset-password.new"));
        PasswordRules.describe(password);
        repeat.setId("reset-password-repeat");
        repeat.setLabel(getTranslation("reset-password.repeat"));
        for (PasswordField field : List.of(password, repeat)) {
            field.setRequiredIndicatorVisible(true);
            field.setManualValidation(true);
            field.setWidthFull();
            field.addValueChangeListener(change -> field.setInvalid(false));
        }
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter String token) {
        this.token = token;
        if (!resets.isEnabled()) {
            card.showUnavailable();
            return;
        }
        resets.link(token).ifPresentOrElse(this::showForm, this::showInvalidLink);
    }

    private void showForm(ResetLink link) {
        password.clear();
        repeat.clear();
        password.setAutofocus(true);
        Button save = new Button(getTranslation("reset-password.save"), click -> save(link));
        save.setId("reset-password-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.setWidthFull();
        card.show(new H2(getTranslation("reset-password.title")),
                new Paragraph(getTranslation("reset-password.intro", link.email())), password, repeat, save);
    }

    private void save(ResetLink link) {
        List<PasswordPolicy.Problem> problems = policy.check(password.getValue(), link.email());
        boolean mismatch = !password.getValue().equals(repeat.getValue());
        PasswordRules.showProblems(password, problems);
        if (mismatch) {
            repeat.setErrorMessage(getTranslation("reset-password.mismatch"));
            repeat.setInvalid(true);
        }
        if (!problems.isEmpty() || mismatch) {
            return;
        }
        // the user's own session ends too when they reset while logged in: then only a full reload gets out
        boolean ownSession = currentUser.get().map(PortalUser::id).filter(id -> id == link.userId()).isPresent();
        ResetOutcome outcome = resets.reset(token, password.getValue());
        switch (outcome.status()) {
            case DONE -> {
                if (ownSession) {
                    UI.getCurrent().getPage().setLocation("login?" + LoginView.PASSWORD_RESET_PARAMETER);
                } else {
                    UI.getCurrent().navigate(LoginView.class, QueryParameters.of(LoginView.PASSWORD_RESET_PARAMETER, ""));
                }
            }
            case WEAK_PASSWORD -> PasswordRules.showProblems(password, outcome.problems());
            case INVALID_LINK -> showInvalidLink();
            case DISABLED -> card.showUnavailable();
        }
    }


    private void showInvalidLink() {
        H2 heading = new H2(getTranslation("reset-password.invalid.title"));
        heading.setId("reset-password-invalid");
        Anchor again = new Anchor("forgot-password", getTranslation("reset-password.invalid.again"));
        again.addClassName("reset-again");
        card.show(heading, new Paragraph(getTranslation("reset-password.invalid.text")), again, card.backToLogin());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reset-password.title");
    }
}
