package org.kundenportal.access.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Locale;
import org.kundenportal.access.domain.SignUpService;
import org.kundenportal.access.domain.SignUpService.Invitation;
import org.kundenportal.access.domain.SignUpService.InvalidLinkException;
import org.kundenportal.access.domain.SignUpService.PasswordRejectedException;
import org.kundenportal.base.i18n.TranslationProvider;
import org.kundenportal.base.security.PasswordPolicy;
import org.kundenportal.base.ui.LocalizedPasswordField;
import org.kundenportal.base.ui.PasswordRules;
import org.kundenportal.base.security.PortalUser;
import org.kundenportal.base.security.SessionLogin;
import org.kundenportal.base.settings.Settings;
import org.kundenportal.base.ui.LoginView;

/**
 * The invitation link's page: shows the invited email, takes a new password twice and logs the user in. A
 * dead link (expired, used, replaced or revoked) gets a page that says so and changes nothing.
 */
@Route(value = "signup", autoLayout = false)
@AnonymousAllowed
public class SignUpView extends Main implements HasUrlParameter<String>, HasDynamicTitle {

    private final SignUpService signUp;
    private final SessionLogin sessionLogin;
    private final TranslationProvider translations;
    private final String companyName;
    private final Div card = new Div();
    private String titleKey = "signup.title";

    public SignUpView(SignUpService signUp, SessionLogin sessionLogin, TranslationProvider translations, Settings settings) {
        this.signUp = signUp;
        this.sessionLogin = sessionLogin;
        this.translations = translations;
        this.companyName = settings.companyProfile().name();
        addClassName("login-view");
        card.addClassName("login-card");
        card.addClassName("signup-card");
        add(card);
    }

    @Override
    public void setParameter(BeforeEvent event, String token) {
        card.removeAll();
        signUp.invitation(token).ifPresentOrElse(invitation -> showForm(token, invitation), this::showInvalidLink);
    }

    private void showForm(String token, Invitation invitation) {
        // the page speaks the invited user's language, whatever the browser says
        Locale language = translations.supported(Locale.forLanguageTag(invitation.language() == null ? "" : invitation.language()));
        UI.getCurrent().setLocale(language);
        titleKey = "signup.title";

        EmailField email = new EmailField(getTranslation("signup.email"));
        email.setValue(invitation.email());
        email.setReadOnly(true);
        PasswordField password = new LocalizedPasswordField(getTranslation("signup.password"));
        PasswordRules.describe(password);
        password.setAutocomplete(Autocomplete.NEW_PASSWORD);
        PasswordField repeat = new LocalizedPasswordField(getTranslation("signup.repeat"));
        repeat.setAutocomplete(Autocomplete.NEW_PASSWORD);
        for (PasswordField field : List.of(password, repeat)) {
            field.setWidthFull();
            field.setRequiredIndicatorVisible(true);
            field.addValueChangeListener(change -> field.setInvalid(false));
        }
        email.setWidthFull();
        Button submit = new Button(getTranslation("signup.submit"), click -> submit(token, invitation, password, repeat));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickShortcut(Key.ENTER);
        submit.setWidthFull();

        card.add(logo(), new H1(companyName), new Paragraph(getTranslation("signup.intro", invitation.displayName())),
                email, password, repeat, submit);
    }

    private void submit(String token, Invitation invitation, PasswordField password, PasswordField repeat) {
        List<PasswordPolicy.Problem> problems = signUp.check(invitation, password.getValue());
        if (!problems.isEmpty()) {
            PasswordRules.showProblems(password, problems);
            return;
        }
        if (!password.getValue().equals(repeat.getValue())) {
            repeat.setErrorMessage(getTranslation("signup.mismatch"));
            repeat.setInvalid(true);
            return;
        }
        PortalUser user;
        try {
            user = signUp.signUp(token, password.getValue());
        } catch (PasswordRejectedException rejected) {
            PasswordRules.showProblems(password, rejected.problems());
            return;
        } catch (InvalidLinkException dead) {
            showInvalidLink();
            return;
        }
        if (signUp.needsSecondFactor(user)) {
            UI.getCurrent().getPage().setLocation("../login");
            return;
        }
        sessionLogin.logIn(user);
        // a fresh page load in the new session builds the shell for the logged-in user
        UI.getCurrent().getPage().setLocation("../");
    }

    private void showInvalidLink() {
        card.removeAll();
        titleKey = "signup.invalid.title";
        var icon = VaadinIcon.UNLINK.create();
        icon.addClassName("signup-invalid-icon");
        RouterLink login = new RouterLink(getTranslation("signup.invalid.login"), LoginView.class);
        card.add(icon, new H1(getTranslation("signup.invalid.title")), new Paragraph(getTranslation("signup.invalid.text")),
                login);
    }

    private static Image logo() {
        Image logo = new Image("icons/icon.png", "");
        logo.addClassName("login-logo");
        return logo;
    }

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey);
    }
}
